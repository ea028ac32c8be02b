import { Form, type FieldSpec } from '@/components/form';
import { recordTermsDecisionFormAction } from '@/lib/terms/form-actions';
import { approvedNumber, versionLabel } from '@/lib/terms/numbering';

type Props = {
  route: readonly [string, string];
  body: string;
  shown: string;
  keys: FieldSpec[];
  textHash: string;
  number: { major: number; minor: number };
};

/** Where a named body approves the terms (full Council, 002), the administrator records its decision. */
export function DecisionForm({ route, body, shown, keys, textHash, number }: Props) {
  const next = versionLabel(approvedNumber(number));
  return (
    <section aria-labelledby="record-decision" className="mb-12 max-w-3xl border-l-8 border-success bg-panel p-4">
      <h2 id="record-decision">Record the approval by {body}</h2>
      <p className="mb-4">
        This board’s terms are approved by {body}. Once it has decided, record its decision: the text above, exactly as shown, becomes version {next} as of the
        day of the decision, and cannot be changed afterwards.
      </p>
      <Form
        idPrefix="decision-"
        action={recordTermsDecisionFormAction.bind(null, ...route)}
        submitLabel="Record the approval"
        confirm={{
          question: `Record that ${body} approved ${shown}?`,
          confirmLabel: 'Yes, record the approval',
          body: 'The text as shown becomes the board’s terms of reference and cannot be changed afterwards.',
        }}
        fields={[
          ...keys,
          { name: 'textHash', label: '', type: 'hidden', defaultValue: textHash },
          { name: 'decidedOn', label: 'Date of the decision', type: 'date', hint: 'For example, 21 3 2024. Today or earlier.' },
          { name: 'reference', label: 'Reference', hint: 'The minute number or decision reference, for example “Minute 45”', width: 'half' },
          { name: 'note', label: 'Note (optional)', type: 'textarea', rows: 3, hint: 'For example, “Inserted into Part 3 of the Constitution”' },
          {
            name: 'label',
            label: 'The approved version as the board writes it (optional)',
            hint: `For example, “Version ${next}”. Leave empty to show the number.`,
          },
        ]}
      />
    </section>
  );
}

import { Form, type FieldSpec } from '@/components/form';
import { labelOptions } from '@/lib/labels';
import { recordHistoricalTermsFormAction } from '@/lib/terms/form-actions';
import { bodyField, formatField, headingField } from '@/lib/terms/schema';

const SECTION_ROWS = 12;

/**
 * An administrator types in a version the board had before Tabled, from its paper. It
 * goes into the history before every version drafted here, marked as a historical record.
 */
export function HistoryForm({ route }: { route: readonly [string, string] }) {
  const sections = Array.from({ length: SECTION_ROWS }, (_, i) => i + 1).flatMap((p): FieldSpec[] => [
    { name: headingField(p), label: `Section ${p} heading${p > 1 ? ' (optional)' : ''}` },
    {
      name: formatField(p),
      label: `Section ${p} reads as`,
      type: 'radios',
      inline: true,
      options: labelOptions('termsSectionFormat'),
      defaultValue: 'PARAGRAPHS',
    },
    { name: bodyField(p), label: `Section ${p} text`, type: 'textarea', rows: 4 },
  ]);
  return (
    <details className="mb-10 max-w-3xl">
      <summary className="cursor-pointer font-bold text-link underline">Record a past version</summary>
      <div className="mt-4">
        <p className="mb-4">
          For terms the board had before it used Tabled: type them in from the paper, with their own number, dates and who approved them. They are marked as a
          historical record everywhere and cannot be changed. Number them before any version drafted here. Leave unused sections empty.
        </p>
        <Form
          idPrefix="history-"
          action={recordHistoricalTermsFormAction.bind(null, ...route)}
          submitLabel="Record the past version"
          variant="secondary"
          fields={[
            { name: 'number', label: 'Version number', hint: 'For ordering: 1, 2, or 0.2 for a draft', width: 'half', inputMode: 'decimal' },
            { name: 'label', label: 'The version as the paper writes it (optional)', hint: 'For example, “Version 2”' },
            { name: 'agreedOn', label: 'Date the board agreed it (optional)', type: 'date' },
            { name: 'approvedOn', label: 'Date it was approved', type: 'date' },
            { name: 'approvedBy', label: 'Approved by', hint: 'The Chair’s name, or the body, for example “Full Council”' },
            { name: 'reference', label: 'Reference (optional)', hint: 'A minute number or decision reference' },
            ...sections,
          ]}
        />
      </div>
    </details>
  );
}

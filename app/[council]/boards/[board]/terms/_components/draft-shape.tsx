import { Form } from '@/components/form';
import { labelOptions } from '@/lib/labels';
import { addTermsSectionFormAction, moveTermsSectionFormAction, removeTermsSectionFormAction } from '@/lib/terms/form-actions';

type Props = {
  route: readonly [string, string];
  label: string;
  termsId: string;
  version: number;
  sections: { id: string; heading: string; position: number }[];
};

/**
 * The sections the draft has, in order: each can move up or down, or be removed (the
 * board need not have sections it does not use), and the board can add its own.
 */
export function DraftShape({ route, label, termsId, version, sections }: Props) {
  const keys = [
    { name: 'termsId', label: '', type: 'hidden' as const, defaultValue: termsId },
    { name: 'version', label: '', type: 'hidden' as const, defaultValue: String(version) },
  ];
  return (
    <section aria-labelledby="draft-sections" className="mb-12 max-w-3xl">
      <h2 id="draft-sections">Sections</h2>
      <p className="mb-4">Save any changes to the text first: moving, adding or removing a section reloads the draft.</p>
      <ol className="mb-6 divide-y divide-border border-y border-border">
        {sections.map((s, i) => (
          <li key={s.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2">
            <span className="grow font-bold">
              {s.position}. {s.heading}
            </span>
            {i > 0 && (
              <Form
                idPrefix={`up-${s.id}-`}
                action={moveTermsSectionFormAction.bind(null, ...route, label)}
                fields={[
                  ...keys,
                  { name: 'sectionId', label: '', type: 'hidden', defaultValue: s.id },
                  { name: 'direction', label: '', type: 'hidden', defaultValue: 'up' },
                ]}
                submitLabel={`Move “${s.heading}” up`}
                variant="secondary"
                className=""
              />
            )}
            {i < sections.length - 1 && (
              <Form
                idPrefix={`down-${s.id}-`}
                action={moveTermsSectionFormAction.bind(null, ...route, label)}
                fields={[
                  ...keys,
                  { name: 'sectionId', label: '', type: 'hidden', defaultValue: s.id },
                  { name: 'direction', label: '', type: 'hidden', defaultValue: 'down' },
                ]}
                submitLabel={`Move “${s.heading}” down`}
                variant="secondary"
                className=""
              />
            )}
            {sections.length > 1 && (
              <Form
                idPrefix={`remove-${s.id}-`}
                action={removeTermsSectionFormAction.bind(null, ...route, label)}
                fields={[...keys, { name: 'sectionId', label: '', type: 'hidden', defaultValue: s.id }]}
                submitLabel={`Remove “${s.heading}”`}
                variant="warning"
                className=""
                confirm={{
                  question: `Remove the section “${s.heading}”?`,
                  confirmLabel: 'Yes, remove it',
                  body: 'Its heading and text leave this draft. Earlier versions keep theirs.',
                  variant: 'warning',
                }}
              />
            )}
          </li>
        ))}
      </ol>
      <h3>Add a section</h3>
      <Form
        idPrefix="add-section-"
        action={addTermsSectionFormAction.bind(null, ...route, label)}
        submitLabel="Add the section"
        variant="secondary"
        fields={[
          ...keys,
          { name: 'heading', label: 'Heading', hint: 'As the board’s paper has it, for example “Role of attendees”' },
          { name: 'kind', label: 'What the section is about', type: 'select', defaultValue: 'OTHER', options: labelOptions('termsSectionKind') },
          {
            name: 'format',
            label: 'How it reads',
            type: 'radios',
            defaultValue: 'PARAGRAPHS',
            options: labelOptions('termsSectionFormat'),
          },
        ]}
      />
    </section>
  );
}

import type { Metadata } from 'next';
import { resolveCouncilAdmin } from '@/lib/councils/admin';
import { councilLists } from '@/lib/councils/lists-queries';
import { decisionMakerKinds } from '@/lib/councils/lists';
import { addAudienceFormAction, addDecisionMakerFormAction, updateAudienceFormAction, updateDecisionMakerFormAction } from '@/lib/councils/lists-form-actions';
import { label, labelOptions } from '@/lib/labels';
import { Form } from '@/components/form';

export const metadata: Metadata = { title: 'Decision makers and reporting audiences' };

const archivedField = (archived: boolean) => ({
  name: 'archived',
  label: 'Archived',
  type: 'radios' as const,
  inline: true,
  defaultValue: archived ? 'yes' : 'no',
  options: [
    { value: 'no', label: 'In use' },
    { value: 'yes', label: 'Archived' },
  ],
});

export default async function CouncilListsPage({ params }: { params: Promise<{ council: string }> }) {
  const { council } = await params;
  const ctx = await resolveCouncilAdmin(council);
  const { decisionMakers, audiences } = await councilLists(ctx.council.id);
  const slug = ctx.council.slug;
  return (
    <main id="main-content" className="py-8">
      <span className="text-lg text-secondary">{ctx.council.name}</span>
      <h1>Decision makers and reporting audiences</h1>
      <p className="mb-6 max-w-2xl">
        An advisory board’s recommendations name who decides, from the decision makers below. Progress reports can be addressed to any of the reporting
        audiences. Archive an entry rather than removing it: recommendations and reports already made keep its name.
      </p>

      <section aria-labelledby="makers-heading" className="mb-12 max-w-3xl">
        <h2 id="makers-heading">Decision makers</h2>
        {decisionMakers.map((d) => (
          <details key={d.id} className="mb-4 border-l-4 border-border pl-4">
            <summary className="cursor-pointer font-bold">
              {d.name} ({label('decisionMakerKind', d.kind)}){d.archived ? ', archived' : ''}
              {d._count.decisions ? `, named by ${d._count.decisions} recommendation${d._count.decisions === 1 ? '' : 's'}` : ''}
            </summary>
            <Form
              action={updateDecisionMakerFormAction.bind(null, slug)}
              idPrefix={`maker-${d.id}`}
              submitLabel={`Save ${d.name}`}
              fields={[
                { name: 'decisionMakerId', label: '', type: 'hidden', defaultValue: d.id },
                { name: 'name', label: 'Name', defaultValue: d.name },
                { name: 'kind', label: 'Kind', type: 'select', options: labelOptions('decisionMakerKind', decisionMakerKinds), defaultValue: d.kind },
                archivedField(d.archived),
              ]}
            />
          </details>
        ))}
        <h3>Add a decision maker</h3>
        <Form
          action={addDecisionMakerFormAction.bind(null, slug)}
          idPrefix="new-maker"
          submitLabel="Add the decision maker"
          fields={[
            { name: 'name', label: 'Name', hint: 'For example, Cabinet, Executive Director of People, or the Integrated Care Board' },
            { name: 'kind', label: 'Kind', type: 'select', options: labelOptions('decisionMakerKind', decisionMakerKinds), defaultValue: 'OFFICER_ROLE' },
          ]}
        />
      </section>

      <section aria-labelledby="audiences-heading" className="mb-12 max-w-3xl">
        <h2 id="audiences-heading">Reporting audiences</h2>
        {audiences.map((a) => (
          <details key={a.id} className="mb-4 border-l-4 border-border pl-4">
            <summary className="cursor-pointer font-bold">
              {a.name}
              {a.archived ? ', archived' : ''}
            </summary>
            <Form
              action={updateAudienceFormAction.bind(null, slug)}
              idPrefix={`audience-${a.id}`}
              submitLabel={`Save ${a.name}`}
              fields={[
                { name: 'audienceId', label: '', type: 'hidden', defaultValue: a.id },
                { name: 'name', label: 'Name', defaultValue: a.name },
                archivedField(a.archived),
              ]}
            />
          </details>
        ))}
        <h3>Add a reporting audience</h3>
        <Form
          action={addAudienceFormAction.bind(null, slug)}
          idPrefix="new-audience"
          submitLabel="Add the reporting audience"
          fields={[{ name: 'name', label: 'Name', hint: 'For example, People’s Board, Safeguarding Board or Health and Wellbeing Board' }]}
        />
      </section>
    </main>
  );
}

import type { Metadata } from 'next';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { resolvePlan } from '@/lib/plans/resolve';
import { getPlanSettings } from '@/lib/plans/queries';
import { planFormAction } from '@/lib/plans/form-actions';
import { options, partnerKindLabels } from '@/lib/plans/labels';
import { judgements, partnerKinds } from '@/lib/plans/schema';
import { labelOptions } from '@/lib/labels';
import { typedDay } from '@/lib/forms/fields';
import { dayString, formatDay } from '@/lib/format';
import { Form } from '@/components/form';
import { DataTable } from '@/components/data-table';

type Props = { params: Promise<{ council: string; board: string; plan: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, plan } = await params;
  return { title: `Themes and bodies: ${(await resolvePlan(await resolveBoard(council, board), plan)).title}` };
}

/** The plan's details and themes, and the council's partner agencies and scrutiny bodies. */
export default async function PlanSettingsPage({ params }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  await resolvePlan(ctx, planId);
  if (!can(ctx.roles, 'plan', 'update')) {
    return (
      <main id="main-content">
        <h1>Themes and bodies</h1>
        <p>Only the board’s administrators change the plan’s themes and lists.</p>
      </main>
    );
  }
  const s = await getPlanSettings(ctx, planId);
  const route = [ctx.council.slug, ctx.board.slug] as const;
  const planKey = { name: 'planId', label: '', type: 'hidden' as const, defaultValue: s.plan.id };
  return (
    <main id="main-content" className="max-w-4xl">
      <h1>Themes and bodies</h1>

      <section aria-labelledby="details" className="mb-12">
        <h2 id="details">Plan details</h2>
        <Form
          idPrefix="details-"
          action={planFormAction.bind(null, 'update', ...route)}
          submitLabel="Save details"
          variant="secondary"
          fields={[
            planKey,
            { name: 'version', label: '', type: 'hidden', defaultValue: String(s.plan.version) },
            { name: 'title', label: 'Title', defaultValue: s.plan.title },
            {
              name: 'submissionDeadline',
              type: 'date',
              label: 'Submission deadline (optional)',
              hint: 'For example, 15 12 2026',
              defaultValue: s.plan.submissionDeadline ? typedDay(dayString(s.plan.submissionDeadline)) : '',
            },
            {
              name: 'submittedOn',
              type: 'date',
              label: 'Date submitted (optional)',
              defaultValue: s.plan.submittedAt ? typedDay(dayString(s.plan.submittedAt)) : '',
            },
          ]}
        />
      </section>

      <section aria-labelledby="outcome" className="mb-12">
        <h2 id="outcome">Ofsted’s response</h2>
        {s.plan.submittedAt ? (
          <Form
            idPrefix="outcome-"
            action={planFormAction.bind(null, 'recordOutcome', ...route)}
            submitLabel={s.plan.outcomeOn ? 'Update Ofsted’s response' : 'Record Ofsted’s response'}
            variant="secondary"
            fields={[
              planKey,
              { name: 'version', label: '', type: 'hidden', defaultValue: String(s.plan.version) },
              {
                name: 'outcomeOn',
                type: 'date',
                label: 'Date the response came',
                hint: 'For example, 3 3 2027',
                defaultValue: s.plan.outcomeOn ? typedDay(dayString(s.plan.outcomeOn)) : '',
              },
              {
                name: 'outcomeJudgement',
                type: 'radios',
                label: 'Judgement',
                options: labelOptions('judgement', judgements),
                defaultValue: s.plan.outcomeJudgement ?? undefined,
              },
              {
                name: 'outcomeLetterPaperId',
                type: 'select',
                label: 'Ofsted’s letter (optional)',
                hint: 'Add the letter as a paper to a meeting of the board first, then choose it here',
                options: [
                  { value: '', label: 'No letter chosen' },
                  ...s.papers.map((p) => ({ value: p.id, label: `${p.title} (${p.meeting.title}, ${formatDay(p.meeting.startsAt)})` })),
                ],
                defaultValue: s.plan.outcomeLetterPaperId ?? '',
              },
              { name: 'outcomeNote', type: 'textarea', rows: 3, label: 'Note (optional)', defaultValue: s.plan.outcomeNote ?? '' },
            ]}
          />
        ) : (
          <p>Record the date the plan was submitted above; Ofsted’s response is recorded here once it comes.</p>
        )}
      </section>

      <section aria-labelledby="themes" className="mb-12">
        <h2 id="themes">Themes</h2>
        <p className="mb-4">Every action sits under one theme. Plans start with Blackpool’s six; rename, reorder or add to them.</p>
        <DataTable caption="Themes in order" captionClass="sr-only" className="mb-6">
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Actions</th>
              <th scope="col">Rename</th>
              <th scope="col">Order</th>
            </tr>
          </thead>
          <tbody>
            {s.themes.map((t, i) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                <td>{t._count.actions}</td>
                <td>
                  <Form
                    idPrefix={`theme-${i}-`}
                    action={planFormAction.bind(null, 'renameTheme', ...route)}
                    submitLabel="Rename"
                    variant="secondary"
                    fields={[
                      planKey,
                      { name: 'themeId', label: '', type: 'hidden', defaultValue: t.id },
                      { name: 'name', label: `New name for ${t.name}`, defaultValue: t.name },
                    ]}
                  />
                </td>
                <td>
                  <div className="flex flex-col gap-2">
                    {i > 0 && (
                      <Form
                        idPrefix={`up-${i}-`}
                        action={planFormAction.bind(null, 'moveTheme', ...route)}
                        submitLabel={`Move ${t.name} up`}
                        variant="secondary"
                        fields={[
                          planKey,
                          { name: 'themeId', label: '', type: 'hidden', defaultValue: t.id },
                          { name: 'direction', label: '', type: 'hidden', defaultValue: 'up' },
                        ]}
                      />
                    )}
                    {i < s.themes.length - 1 && (
                      <Form
                        idPrefix={`down-${i}-`}
                        action={planFormAction.bind(null, 'moveTheme', ...route)}
                        submitLabel={`Move ${t.name} down`}
                        variant="secondary"
                        fields={[
                          planKey,
                          { name: 'themeId', label: '', type: 'hidden', defaultValue: t.id },
                          { name: 'direction', label: '', type: 'hidden', defaultValue: 'down' },
                        ]}
                      />
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <Form
          idPrefix="theme-new-"
          action={planFormAction.bind(null, 'addTheme', ...route)}
          submitLabel="Add theme"
          variant="secondary"
          fields={[planKey, { name: 'name', label: 'New theme' }]}
        />
      </section>

      <section aria-labelledby="bodies" className="mb-12">
        <h2 id="bodies">Boards, panels and partnerships</h2>
        <p className="mb-4">The bodies that deliver and monitor actions and scrutinise them. The list is shared by every board of {ctx.council.name}.</p>
        {s.bodies.length === 0 ? (
          <p className="mb-4">None yet.</p>
        ) : (
          <ul className="mb-6 list-disc pl-5">
            {s.bodies.map((b) => (
              <li key={b.id}>{b.name}</li>
            ))}
          </ul>
        )}
        <Form
          idPrefix="body-"
          action={planFormAction.bind(null, 'addScrutinyBody', ...route)}
          submitLabel="Add body"
          variant="secondary"
          fields={[
            planKey,
            { name: 'name', label: 'Name of the board, panel or partnership', hint: 'For example, Children and Young People Scrutiny Committee' },
          ]}
        />
      </section>

      <section aria-labelledby="agencies" className="mb-12">
        <h2 id="agencies">Partner agencies</h2>
        <p className="mb-4">The agencies responsible for delivering actions. The list is shared by every board of {ctx.council.name}.</p>
        {s.agencies.length === 0 ? (
          <p className="mb-4">None yet.</p>
        ) : (
          <ul className="mb-6 list-disc pl-5">
            {s.agencies.map((a) => (
              <li key={a.id}>
                {a.name} ({partnerKindLabels[a.kind]})
              </li>
            ))}
          </ul>
        )}
        <Form
          idPrefix="agency-"
          action={planFormAction.bind(null, 'addAgency', ...route)}
          submitLabel="Add agency"
          variant="secondary"
          fields={[
            planKey,
            { name: 'name', label: 'Agency name' },
            { name: 'kind', label: 'Kind', type: 'select', options: options(partnerKindLabels, partnerKinds) },
          ]}
        />
      </section>
    </main>
  );
}

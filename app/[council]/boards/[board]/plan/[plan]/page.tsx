import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { resolvePlan } from '@/lib/plans/resolve';
import { newPlanActionPath, planActionPath, planPath, planSectionPath } from '@/lib/routes';
import { getPlanOverview, listHeldMeetings } from '@/lib/plans/queries';
import { currentTime } from '@/lib/clock';
import { planFormAction } from '@/lib/plans/form-actions';
import { inspectionKindLabels, judgementLabels, planStatusLabels } from '@/lib/plans/labels';
import { allowedNextStatuses } from '@/lib/rules/plans';
import { formatDateTime, formatDay } from '@/lib/format';
import { label } from '@/lib/labels';
import { RagTag, StatusTag } from '@/components/tag';
import { Pagination } from '@/components/pagination';
import { Form } from '@/components/form';
import { Banner } from '@/components/banner';
import { planDoneMessages } from '@/lib/plans/done-messages';
import { Warning } from '../_components/warning';
import { DataTable } from '@/components/data-table';

type Props = {
  params: Promise<{ council: string; board: string; plan: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, plan } = await params;
  return { title: (await resolvePlan(await resolveBoard(council, board), plan)).title };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function PlanOverviewPage({ params, searchParams }: Props) {
  const { council, board, plan: planId } = await params;
  const query = await searchParams;
  const ctx = await resolveBoard(council, board);
  await resolvePlan(ctx, planId);
  const page = Number(one(query.page) ?? '1');
  const o = await getPlanOverview(ctx, planId, { themeId: one(query.theme), page: Number.isInteger(page) ? page : 1 });
  const { plan } = o;
  const base = planPath(ctx.council.slug, ctx.board.slug, plan.id);
  const route = [ctx.council.slug, ctx.board.slug] as const;
  const keys = [
    { name: 'planId', label: '', type: 'hidden' as const, defaultValue: plan.id },
    { name: 'version', label: '', type: 'hidden' as const, defaultValue: String(plan.version) },
  ];
  const nextStatuses = allowedNextStatuses(plan.status).filter((s) => s !== 'APPROVED');
  const editing = can(ctx.roles, 'plan', 'update');
  const heldMeetings = can(ctx.roles, 'plan', 'approve') && plan.status === 'DRAFT' ? await listHeldMeetings(ctx, currentTime()) : [];
  return (
    <main id="main-content">
      <Banner done={query.done} messages={planDoneMessages} />
      <h1>{plan.title}</h1>
      <dl className="mb-8 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Status</dt>
        <dd>
          <StatusTag status={plan.status} kind="planStatus" />
        </dd>
        <dt className="font-bold">Answers</dt>
        <dd>
          {plan.inspection
            ? `${plan.inspection.title}: ${inspectionKindLabels[plan.inspection.kind]}, ${formatDay(plan.inspection.visitedOn)}, judged ${judgementLabels[plan.inspection.judgement]?.toLowerCase()}`
            : 'No inspection recorded'}
        </dd>
        <dt className="font-bold">Approved</dt>
        <dd>
          {plan.approvedAt
            ? `By ${o.approvedBy ?? 'the Chair'}, ${formatDateTime(plan.approvedAt)}${plan.approvedAtMeeting ? `, as agreed at ${plan.approvedAtMeeting.title} on ${formatDay(plan.approvedAtMeeting.startsAt)}` : ''}`
            : 'Not yet approved by the Chair'}
        </dd>
        <dt className="font-bold">Submission deadline</dt>
        <dd>
          {plan.submissionDeadline ? formatDay(plan.submissionDeadline) : 'None'}
          {plan.submittedAt && `; submitted ${formatDay(plan.submittedAt)}`}
        </dd>
        {plan.outcomeOn && plan.outcomeJudgement && (
          <>
            <dt className="font-bold">Ofsted’s response</dt>
            <dd>
              {label('judgement', plan.outcomeJudgement)}, {formatDay(plan.outcomeOn)}
              {plan.outcomeLetter && `; letter: ${plan.outcomeLetter.title}`}
              {plan.outcomeNote && `. ${plan.outcomeNote}`}
            </dd>
          </>
        )}
        {plan.previousPlan && (
          <>
            <dt className="font-bold">Follows</dt>
            <dd>
              <Link href={planPath(...route, plan.previousPlan.id)}>{plan.previousPlan.title}</Link>
            </dd>
          </>
        )}
        {plan.nextPlans.length > 0 && (
          <>
            <dt className="font-bold">Followed by</dt>
            <dd>
              {plan.nextPlans.map((n, i) => (
                <span key={n.id}>
                  {i > 0 && ', '}
                  <Link href={planPath(...route, n.id)}>{n.title}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt className="font-bold">Progress</dt>
        <dd>
          {o.total === 0 ? 'No actions yet' : `${o.signedOff} of ${o.total} actions signed off`}
          {o.finished > o.signedOff && `; ${o.finished - o.signedOff} closed or carried over`}
        </dd>
      </dl>

      {o.uncovered > 0 && (
        <Warning>
          <p className="font-bold">
            {o.uncovered} of {o.findings} {o.findings === 1 ? 'finding' : 'findings'} {o.uncovered === 1 ? 'has' : 'have'} no action answering{' '}
            {o.uncovered === 1 ? 'it' : 'them'}.
          </p>
          <p>
            <Link href={planSectionPath(...route, plan.id, 'findings')}>See which findings need an action</Link>
          </p>
        </Warning>
      )}
      {o.lost.length > 0 && (
        <Warning>
          <p className="font-bold">
            {o.lost.length} outstanding {o.lost.length === 1 ? 'action' : 'actions'} of the previous plan {o.lost.length === 1 ? 'is' : 'are'} neither carried
            into this plan nor closed.
          </p>
          <p>
            <Link href={planSectionPath(...route, plan.id, 'carry-over')}>Map the previous plan’s actions</Link>
          </p>
        </Warning>
      )}

      {(can(ctx.roles, 'plan', 'approve') && plan.status === 'DRAFT') || (editing && nextStatuses.length > 0) ? (
        <section aria-labelledby="plan-status" className="mb-10 max-w-3xl">
          <h2 id="plan-status">Status</h2>
          {can(ctx.roles, 'plan', 'approve') && plan.status === 'DRAFT' && (
            <div className="mb-6">
              <p className="mb-2">As Chair, approve the plan once the board has agreed it at a meeting. Your name, the time and the meeting are recorded.</p>
              {heldMeetings.length === 0 ? (
                <p>No meeting of this board has taken place yet: the board agrees the plan at a meeting, then you approve it.</p>
              ) : (
                <Form
                  idPrefix="approve-"
                  action={planFormAction.bind(null, 'approve', ...route)}
                  submitLabel="Approve the plan"
                  fields={[
                    ...keys,
                    {
                      name: 'meetingId',
                      label: 'Meeting at which the board agreed the plan',
                      type: 'select',
                      hint: 'A meeting of this board that has taken place',
                      options: [
                        { value: '', label: 'Choose a meeting' },
                        ...heldMeetings.map((m) => ({ value: m.id, label: `${m.title}, ${formatDay(m.startsAt)}` })),
                      ],
                    },
                  ]}
                  confirm={{
                    question: 'Approve the plan?',
                    confirmLabel: 'Yes, approve the plan',
                    body: 'Your name, the time and the meeting are recorded as the Chair’s approval.',
                  }}
                />
              )}
            </div>
          )}
          {editing && nextStatuses.length > 0 && (
            <Form
              idPrefix="status-"
              action={planFormAction.bind(null, 'status', ...route)}
              submitLabel="Change status"
              variant="secondary"
              confirm={{
                question: 'Change the plan’s status?',
                confirmLabel: 'Yes, change the status',
                body: 'The change is recorded with your name and the time.',
              }}
              fields={[
                ...keys,
                {
                  name: 'status',
                  label: 'Move the plan to',
                  type: 'radios',
                  hint: 'Transition needs every action signed off, closed or carried over. The Chair approves a draft.',
                  options: nextStatuses.map((s) => ({ value: s, label: planStatusLabels[s] ?? s })),
                },
              ]}
            />
          )}
        </section>
      ) : null}

      <section aria-labelledby="by-theme">
        <h2 id="by-theme">Actions by theme</h2>
        <nav aria-label="Themes" className="mb-6">
          <ul className="flex flex-wrap gap-x-2 gap-y-2">
            {o.themes.map((t) => {
              const current = t.id === o.theme?.id;
              return (
                <li key={t.id}>
                  <Link
                    href={planPath(...route, plan.id, { theme: t.id })}
                    aria-current={current ? 'page' : undefined}
                    className={`inline-block border-2 px-3 py-1 ${current ? 'border-ink bg-ink text-white no-underline visited:text-white hover:text-white' : 'border-border'}`}
                  >
                    {t.name}{' '}
                    <span className="text-sm">
                      ({t.finished} of {t.total} done)
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {o.theme && (
          <section aria-labelledby="theme-actions">
            <h3 id="theme-actions" className="text-xl">
              {o.theme.name}
            </h3>
            {editing && plan.status !== 'CLOSED' && (
              <p className="mb-4">
                <Link href={newPlanActionPath(...route, plan.id, { theme: o.theme.id })}>Add an action to {o.theme.name}</Link>
              </p>
            )}
            {o.actions.length === 0 ? (
              <p>No actions under this theme yet.</p>
            ) : (
              <DataTable caption={<>Actions under {o.theme.name}</>} captionClass="sr-only" className="mb-8">
                <thead>
                  <tr>
                    <th scope="col">Ref</th>
                    <th scope="col">Action</th>
                    <th scope="col">Lead and partners</th>
                    <th scope="col">Scrutiny</th>
                    <th scope="col">Due</th>
                    <th scope="col">Progress</th>
                  </tr>
                </thead>
                <tbody>
                  {o.actions.map((a) => (
                    <tr key={a.id}>
                      <td className="font-bold">
                        <Link href={planActionPath(...route, plan.id, a.id)}>{a.reference}</Link>
                      </td>
                      <td>
                        {a.description}
                        <div className="text-sm text-secondary">
                          {a.findings.length > 0 ? `Answers ${a.findings.map((f) => f.finding.reference).join(', ')}` : 'Answers no finding'}
                        </div>
                      </td>
                      <td>
                        {a.leadOfficer}
                        {a.agencies.length > 0 && <div className="text-sm text-secondary">{a.agencies.map((x) => x.agency.name).join(', ')}</div>}
                      </td>
                      <td className="text-sm">
                        {a.deliveryBody && <div>Delivered and monitored by {a.deliveryBody.name}</div>}
                        <div>Scrutiny: {a.scrutinyBody?.name ?? 'not set'}</div>
                        {a.secondScrutinyBody && <div>Second scrutiny: {a.secondScrutinyBody.name}</div>}
                      </td>
                      <td className="whitespace-nowrap">
                        {formatDay(a.agreedDueOn ?? a.dueOn)}
                        {a.agreedDueOn && <div className="text-sm font-bold">Revised; was {formatDay(a.dueOn)}</div>}
                        {a.revisions.length > 0 && <div className="text-sm">New date awaiting agreement</div>}
                      </td>
                      <td>
                        <StatusTag status={a.status} kind="planActionStatus" /> <RagTag rag={a.rag} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}
            <Pagination page={o.page} pages={o.pages} basePath={base} params={{ theme: o.theme.id }} />
          </section>
        )}
      </section>
    </main>
  );
}

// Over 300 lines on purpose: one plan action's whole record (its details, milestones, revised
// dates, progress, scrutiny and sign-off) on one page, each part a small section below.
import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { resolvePlan } from '@/lib/plans/resolve';
import { planActionPath, planPath } from '@/lib/routes';
import { endedSince, getActionFormOptions, getPlanAction, listHeldMeetings } from '@/lib/plans/queries';
import { planFormAction } from '@/lib/plans/form-actions';
import { proposalToken } from '@/lib/due-date-revisions/schema';
import { actionStatusLabels, findingKindLabels } from '@/lib/plans/labels';
import { EDITABLE_ACTION_STATUSES, isFinished } from '@/lib/rules/plans';
import { typedDay } from '@/lib/forms/fields';
import { formatDateTime, formatDay } from '@/lib/format';
import { londonDay } from '@/lib/rules/london-calendar';
import { RagTag, StatusTag, Tag } from '@/components/tag';
import { Form, type FieldSpec as PlanField } from '@/components/form';
import { actionFields } from '../../../_components/action-fields';
import { Banner } from '@/components/banner';
import { planDoneMessages } from '@/lib/plans/done-messages';
import { DataTable } from '@/components/data-table';
import { currentTime } from '@/lib/clock';

type Props = {
  params: Promise<{ council: string; board: string; plan: string; action: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, plan, action } = await params;
  const ctx = await resolveBoard(council, board);
  const a = await getPlanAction(ctx, (await resolvePlan(ctx, plan)).id, action);
  return { title: `Plan action ${a.reference}` };
}

export default async function PlanActionPage({ params, searchParams }: Props) {
  const { council, board, plan: planId, action: actionId } = await params;
  const query = await searchParams;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  const a = await getPlanAction(ctx, plan.id, actionId);
  const route = [ctx.council.slug, ctx.board.slug] as const;
  const finished = isFinished(a.status);
  const planOpen = plan.status !== 'CLOSED';
  const editing = can(ctx.roles, 'plan', 'update') && planOpen && !finished;
  const signing = can(ctx.roles, 'plan', 'sign-off') && planOpen;
  const meetings = editing || signing ? await listHeldMeetings(ctx) : [];
  const options = editing ? await getActionFormOptions(ctx, plan.id) : null;
  const keys: PlanField[] = [
    { name: 'planId', label: '', type: 'hidden', defaultValue: plan.id },
    { name: 'actionId', label: '', type: 'hidden', defaultValue: a.id },
  ];
  const versioned: PlanField[] = [...keys, { name: 'version', label: '', type: 'hidden', defaultValue: String(a.version) }];
  const meetingField = (label: string, hint: string, offered: typeof meetings): PlanField => ({
    name: 'meetingId',
    label,
    type: 'select',
    hint,
    options: [{ value: '', label: 'Choose a meeting' }, ...offered.map((m) => ({ value: m.id, label: `${m.title}, ${formatDay(m.startsAt)}` }))],
  });
  const current = a.signOffs.find((s) => !s.reopenedAt);
  // each decision can only have been taken at a meeting ending after there was something to decide
  const agreeMeetings = endedSince(meetings, a.pendingRevision?.proposedAt);
  const signOffMeetings = endedSince(meetings, a.createdAt);
  const reopenMeetings = endedSince(meetings, current?.meeting.startsAt);
  return (
    <main id="main-content">
      <Banner done={query.done} messages={{ ...planDoneMessages, created: `Action ${a.reference} added.` }} />
      <p className="mb-1 text-secondary">{a.theme.name}</p>
      <h1>Action {a.reference}</h1>
      <p className="mb-4 max-w-3xl text-lg">{a.description}</p>
      <p className="mb-6">
        <StatusTag status={a.status} kind="planActionStatus" /> <RagTag rag={a.rag} />
      </p>
      {a.status === 'SIGNED_OFF' && current && (
        <p className="mb-6 max-w-3xl border-l-8 border-success bg-panel p-4">
          <strong>Signed off by the board</strong> at {current.meeting.title}, {formatDay(current.meeting.startsAt)}. It cannot be changed unless the board
          reopens it at a meeting.
        </p>
      )}
      <dl className="mb-8 grid max-w-4xl gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">
        <dt className="font-bold">Lead officer</dt>
        <dd>{a.leadOfficer}</dd>
        <dt className="font-bold">Partner agencies</dt>
        <dd>{a.agencies.length ? a.agencies.map((x) => x.agency.name).join(', ') : 'None named'}</dd>
        <dt className="font-bold">Answers</dt>
        <dd>
          {a.findings.length === 0 ? (
            'No finding'
          ) : (
            <ul>
              {a.findings.map(({ finding: f }) => (
                <li key={f.id}>
                  <strong>{f.reference}</strong> ({findingKindLabels[f.kind]}): {f.text}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-bold">Delivery and monitoring</dt>
        <dd>{a.deliveryBody?.name ?? 'Not set'}</dd>
        <dt className="font-bold">Scrutiny</dt>
        <dd>{a.scrutinyBody?.name ?? 'Not set'}</dd>
        <dt className="font-bold">Second scrutiny</dt>
        <dd>{a.secondScrutinyBody ? `${a.secondScrutinyBody.name}, which scrutinises ${a.scrutinyBody?.name ?? 'the scrutiny body'}` : 'None'}</dd>
        <dt className="font-bold">Due</dt>
        <dd>
          {a.agreedDueOn ? (
            <>
              <strong>{formatDay(a.agreedDueOn)}</strong> <Tag tone="amber">Revised date</Tag>{' '}
              <span className="block text-sm">Originally due {formatDay(a.dueOn)}</span>
            </>
          ) : (
            formatDay(a.dueOn)
          )}
          {a.pendingRevision && (
            <span className="block text-sm font-bold">A new date of {formatDay(a.pendingRevision.proposedDueOn)} is awaiting the board’s agreement</span>
          )}
        </dd>
        {a.carriedFrom.length > 0 && (
          <>
            <dt className="font-bold">Carried over from</dt>
            <dd>
              {a.carriedFrom.map((c) => (
                <span key={c.from.id} className="block">
                  <Link href={planActionPath(...route, c.from.plan.id, c.from.id)}>{c.from.reference}</Link> of {c.from.plan.title}
                </span>
              ))}
            </dd>
          </>
        )}
        {a.carriedTo.map((c) => (
          <div key="to" className="contents">
            <dt className="font-bold">{c.to ? 'Carried into' : 'Closed at carry-over'}</dt>
            <dd>
              {c.to ? (
                <>
                  <Link href={planActionPath(...route, c.to.plan.id, c.to.id)}>{c.to.reference}</Link> of {c.to.plan.title}
                </>
              ) : (
                c.closedReason
              )}
            </dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="milestones" className="mb-10 max-w-4xl">
        <h2 id="milestones">Milestones</h2>
        {a.milestones.length === 0 ? (
          <p className="mb-4">No milestones yet.</p>
        ) : (
          <DataTable caption={<>Milestones of {a.reference}</>} captionClass="sr-only" className="mb-6">
            <thead>
              <tr>
                <th scope="col">Milestone</th>
                <th scope="col">Due</th>
                <th scope="col">Completed</th>
              </tr>
            </thead>
            <tbody>
              {a.milestones.map((m, i) => (
                <tr key={m.id}>
                  <td>{m.title}</td>
                  <td>{formatDay(m.dueOn)}</td>
                  <td>
                    {m.completedOn ? (
                      formatDay(m.completedOn)
                    ) : editing ? (
                      <Form
                        idPrefix={`milestone-${i}-`}
                        action={planFormAction.bind(null, 'completeMilestone', ...route)}
                        submitLabel="Mark complete"
                        variant="secondary"
                        fields={[
                          ...keys,
                          { name: 'milestoneId', label: '', type: 'hidden', defaultValue: m.id },
                          {
                            name: 'completedOn',
                            type: 'date',
                            label: `Date “${m.title}” was completed`,
                            width: 'half',
                            defaultValue: typedDay(londonDay(currentTime())),
                          },
                        ]}
                      />
                    ) : (
                      'Not yet'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        {editing && (
          <details className="mb-4">
            <summary className="cursor-pointer font-bold text-link">Add a milestone</summary>
            <div className="mt-4">
              <Form
                idPrefix="milestone-new-"
                action={planFormAction.bind(null, 'addMilestone', ...route)}
                submitLabel="Add milestone"
                variant="secondary"
                fields={[...keys, { name: 'title', label: 'Milestone' }, { name: 'dueOn', type: 'date', label: 'Due date', hint: 'For example, 30 6 2026' }]}
              />
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="due-dates" className="mb-10 max-w-4xl">
        <h2 id="due-dates">Revised due dates</h2>
        <p className="mb-4">A new date is proposed with a reason and counts only once the board agrees it at a meeting. Every revision stays on the record.</p>
        {a.revisions.length > 0 && (
          <DataTable caption={<>Revised due dates of {a.reference}</>} captionClass="sr-only" className="mb-6">
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Reason</th>
                <th scope="col">Agreed</th>
              </tr>
            </thead>
            <tbody>
              {a.revisions.map((r) => (
                <tr key={r.id} className="bg-[#fff7bf]">
                  <td>{formatDay(r.previousDueOn)}</td>
                  <td className="font-bold">{formatDay(r.proposedDueOn)}</td>
                  <td>
                    {r.reason}
                    <span className="block text-sm text-secondary">
                      Proposed {r.proposedBy ? `by ${r.proposedBy}, ` : ''}
                      {formatDateTime(r.proposedAt)}
                    </span>
                  </td>
                  <td>
                    {r.agreedAt ? (
                      r.meeting ? (
                        `At ${r.meeting.title}, ${formatDay(r.meeting.startsAt)}`
                      ) : (
                        `On ${formatDay(r.agreedAt)}`
                      )
                    ) : (
                      <Tag tone="amber">Not yet agreed</Tag>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        {editing && a.pendingRevision && (
          <Form
            idPrefix="agree-"
            action={planFormAction.bind(null, 'agreeDueDate', ...route)}
            submitLabel="Record the board’s agreement"
            variant="secondary"
            fields={[
              ...keys,
              { name: 'revisionId', label: '', type: 'hidden', defaultValue: a.pendingRevision.id },
              meetingField(
                `Meeting that agreed the new date of ${formatDay(a.pendingRevision.proposedDueOn)}`,
                'A meeting of this board held since the new date was proposed',
                agreeMeetings,
              ),
            ]}
          />
        )}
        {editing && (
          <details>
            <summary className="cursor-pointer font-bold text-link">{a.pendingRevision ? 'Propose a different new date' : 'Propose a new due date'}</summary>
            <div className="mt-4">
              {a.pendingRevision && <p>A new proposal replaces the one waiting for agreement.</p>}
              <Form
                idPrefix="propose-"
                action={planFormAction.bind(null, 'proposeDueDate', ...route)}
                submitLabel="Propose the new date"
                variant="secondary"
                fields={[
                  ...keys,
                  { name: 'seenProposal', label: '', type: 'hidden', defaultValue: proposalToken(a.pendingRevision) },
                  { name: 'proposedDueOn', type: 'date', label: 'New due date', hint: 'For example, 30 9 2026' },
                  { name: 'reason', label: 'Reason', type: 'textarea', rows: 3 },
                ]}
              />
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="sign-off" className="mb-10 max-w-4xl">
        <h2 id="sign-off">Sign-off</h2>
        {a.signOffs.length === 0 && (
          <p className="mb-4">Not signed off. The board agrees an action complete and signs it off at one of its meetings, on the evidence it has seen.</p>
        )}
        {a.signOffs.map((s) => (
          <div key={s.id} className="mb-6 border-l-4 border-border pl-4">
            <h3>
              Signed off at {s.meeting.title}, {formatDay(s.meeting.startsAt)}
            </h3>
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              <dt className="font-bold">Proposed by</dt>
              <dd>{s.proposedBy}</dd>
              <dt className="font-bold">Recorded</dt>
              <dd>
                {s.recordedBy ? `By ${s.recordedBy}, ` : ''}
                {formatDateTime(s.signedOffAt)}
              </dd>
              {s.evidence.documents.length > 0 && (
                <>
                  <dt className="font-bold">Documents seen</dt>
                  <dd>
                    <ul className="list-disc pl-5">
                      {s.evidence.documents.map((d) => (
                        <li key={d}>{d}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
              {s.evidence.links.length > 0 && (
                <>
                  <dt className="font-bold">Links</dt>
                  <dd>
                    <ul className="list-disc pl-5">
                      {s.evidence.links.map((l) => (
                        <li key={l}>
                          <a href={l} rel="noopener noreferrer">
                            {l}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
              {s.evidence.measures.length > 0 && (
                <>
                  <dt className="font-bold">Measures</dt>
                  <dd>
                    <ul className="list-disc pl-5">
                      {s.evidence.measures.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
              {s.evidence.summary && (
                <>
                  <dt className="font-bold">Summary</dt>
                  <dd>{s.evidence.summary}</dd>
                </>
              )}
              {s.reopenedAt && (
                <>
                  <dt className="font-bold">Reopened</dt>
                  <dd>
                    By the board{s.reopenedAtMeeting ? ` at ${s.reopenedAtMeeting.title}, ${formatDay(s.reopenedAtMeeting.startsAt)}` : ''}
                    {s.reopenedBy ? `, recorded by ${s.reopenedBy}` : ''} ({formatDateTime(s.reopenedAt)}): {s.reopenReason}
                  </dd>
                </>
              )}
            </dl>
          </div>
        ))}
        {signing && !finished && (
          <>
            <h3>Record the board’s sign-off</h3>
            {signOffMeetings.length === 0 ? (
              <p>No meeting of this board has taken place since this action was added: an action is signed off at a meeting.</p>
            ) : (
              <Form
                idPrefix="signoff-"
                action={planFormAction.bind(null, 'signOff', ...route)}
                submitLabel="Sign off as complete"
                confirm={{
                  question: 'Sign off this action as complete?',
                  confirmLabel: 'Yes, sign it off',
                  body: 'Once signed off the action cannot be changed unless the board reopens it at a meeting.',
                }}
                fields={[
                  ...versioned,
                  meetingField(
                    'Meeting at which the board signed it off',
                    'A meeting of this board that has taken place since the action was added',
                    signOffMeetings,
                  ),
                  { name: 'proposedBy', label: 'Proposed by', hint: 'Who proposed the sign-off, for example the Director of Children’s Services' },
                  {
                    name: 'documents',
                    label: 'Documents seen',
                    type: 'textarea',
                    rows: 3,
                    hint: 'One a line, for example a completion report or a paper to the meeting',
                  },
                  { name: 'links', label: 'Links (optional)', type: 'textarea', rows: 2, hint: 'One web address a line, starting https://' },
                  {
                    name: 'measures',
                    label: 'Measures (optional)',
                    type: 'textarea',
                    rows: 2,
                    hint: 'One a line: the performance measures the board looked at',
                  },
                  { name: 'summary', label: 'Summary (optional)', type: 'textarea', rows: 3 },
                ]}
              />
            )}
          </>
        )}
        {signing && a.status === 'SIGNED_OFF' && reopenMeetings.length > 0 && (
          <details>
            <summary className="cursor-pointer font-bold text-link">Reopen this action (the board’s decision)</summary>
            <div className="mt-4">
              <Form
                idPrefix="reopen-"
                action={planFormAction.bind(null, 'reopen', ...route)}
                submitLabel="Reopen the action"
                variant="warning"
                confirm={{
                  question: 'Reopen this action?',
                  confirmLabel: 'Yes, reopen it',
                  body: 'The sign-off stays on the record beside the board’s reason.',
                  variant: 'warning',
                }}
                fields={[
                  ...versioned,
                  meetingField('Meeting at which the board reopened it', 'The sign-off stays on the record beside the reason', reopenMeetings),
                  { name: 'reason', label: 'Why the board reopened it', type: 'textarea', rows: 3 },
                ]}
              />
            </div>
          </details>
        )}
      </section>

      {editing && options && (
        <section aria-labelledby="edit" className="mb-10 max-w-3xl">
          <h2 id="edit">Edit the action</h2>
          <Form
            idPrefix="edit-"
            action={planFormAction.bind(null, 'updateAction', ...route)}
            submitLabel="Save the action"
            variant="secondary"
            fields={[
              ...versioned,
              ...actionFields(
                options,
                {
                  themeId: a.themeId,
                  reference: a.reference,
                  description: a.description,
                  leadOfficer: a.leadOfficer,
                  deliveryBodyId: a.deliveryBodyId ?? '',
                  scrutinyBodyId: a.scrutinyBodyId ?? '',
                  secondScrutinyBodyId: a.secondScrutinyBodyId ?? '',
                  findingIds: a.findings.map((f) => f.finding.id),
                  agencyIds: a.agencies.map((x) => x.agency.id),
                },
                { creating: false },
              ),
              {
                name: 'status',
                label: 'Status',
                type: 'select',
                defaultValue: a.status,
                hint: 'Signed off is recorded above, at a meeting',
                options: EDITABLE_ACTION_STATUSES.map((s) => ({ value: s, label: actionStatusLabels[s] ?? s })),
              },
            ]}
          />
        </section>
      )}
      <p>
        <Link href={planPath(...route, plan.id, { theme: a.theme.id })}>Back to {a.theme.name}</Link>
      </p>
    </main>
  );
}

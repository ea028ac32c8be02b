import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { getAction, listDecisionMeetings } from '@/lib/action-log/queries';
import { proposalToken } from '@/lib/due-date-revisions/schema';
import { agreeDateFormAction, progressFormAction, proposeDateFormAction, signOffFormAction } from '@/lib/action-log/form-actions';
import { agreeFields, progressFields, proposeFields, signOffFields } from '@/lib/action-log/form-specs';
import { finalReason, isFinal, signOffRefusal } from '@/lib/rules/action-log';
import { formatDateTime, formatDay } from '@/lib/format';
import { Form } from '@/components/form';
import { RagTag, StatusTag, Tag } from '@/components/tag';
import { HISTORICAL_LABEL } from '@/lib/rules/board-history';
import { DueDates } from '../due-dates';
import { ActionReferrals } from './referrals';
import { ProgressUpdates } from './progress-updates';
import { getActionReferrals } from '@/lib/action-log/referral-queries';
import { DataTable } from '@/components/data-table';
import { actionStepPath, boardSectionPath, meetingPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Action ${decodeURIComponent(reference)}` };
}

const banners: Record<string, string> = {
  added: 'The action has been added to the log.',
  saved: 'The details have been saved.',
  dropped: 'The action has been dropped. It stays in the log with the reason.',
  agreed: 'The new due date has been recorded as agreed by the board. It is now the date that counts.',
  signed: 'The action has been signed off as complete and closed.',
};

export default async function ActionPage({ params, searchParams }: Props) {
  const { council, board, reference } = await params;
  const ctx = await resolveBoard(council, board);
  const action = await getAction(ctx, reference);
  const referrals = await getActionReferrals(ctx, action.id);
  const search = await searchParams;
  const banner = Object.keys(banners).find((k) => search[k]);
  const final = isFinal(action.status);
  const mayUpdate = !final && can(ctx.roles, 'action', 'update');
  const maySignOff = !final && can(ctx.roles, 'action', 'sign-off');
  const mayKeep = !final && can(ctx.roles, 'action', 'create');
  // only meetings that ended after what they decide: the proposal, or the action itself
  const agreeMeetings = maySignOff && action.pendingRevision ? await listDecisionMeetings(ctx, action.pendingRevision.proposedAt) : [];
  const signOffMeetings = maySignOff && !signOffRefusal(action.status) ? await listDecisionMeetings(ctx, action.createdAt) : [];
  // one green button per page: the sign-off once the action waits for it, else the progress update
  const signOffIsTheTask = signOffMeetings.length > 0 && action.status === 'AWAITING_SIGN_OFF';
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const route = [...at, action.reference] as const;
  const meetingLink = (m: { id: string; title: string; startsAt: Date; historical: boolean }) => (
    <>
      <Link href={meetingPath(...at, m.id)}>{`${m.title}, ${formatDay(m.startsAt)}`}</Link>
      {m.historical && (
        <>
          {' '}
          <Tag tone="purple">{HISTORICAL_LABEL}</Tag>
        </>
      )}
    </>
  );
  const minutesMeeting = action.sourceMinutesItem?.minutesVersion.meeting;
  return (
    <main id="main-content" className="max-w-4xl">
      <p className="mb-2">
        <Link href={boardSectionPath(...at, 'actions')}>Back to the action log</Link>
      </p>
      <h1>Action {action.reference}</h1>
      {banner && (
        <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4 font-bold">
          {banners[banner]}
        </div>
      )}
      <dl className="mb-8 grid grid-cols-1 gap-x-6 gap-y-3 border-t border-border pt-4 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Action</dt>
        <dd className="whitespace-pre-wrap">{action.description}</dd>
        <dt className="font-bold">Owner</dt>
        <dd>{action.owner}</dd>
        <dt className="font-bold">Status</dt>
        <dd>
          <StatusTag status={action.status} kind="actionStatus" /> <span className="sr-only">RAG rating:</span> <RagTag rag={action.rag} />
        </dd>
        {action.importedAt && (
          <>
            <dt className="font-bold">Imported</dt>
            <dd>
              <Tag tone="purple">Imported</Tag> from {action.importedFrom ?? 'an earlier action log'} on {formatDay(action.importedAt)}, with its history
            </dd>
          </>
        )}
        <dt className="font-bold">Due date</dt>
        <dd>
          <DueDates dueOn={action.dueOn} agreedDueOn={action.agreedDueOn} proposed={action.pendingRevision?.proposedDueOn ?? null} />
        </dd>
        <dt className="font-bold">Source</dt>
        <dd>
          <ul className="list-none space-y-1 p-0">
            {action.sourceMeeting && <li>Raised at {meetingLink(action.sourceMeeting)}</li>}
            {action.sourceMinutesItem && (
              <li>
                Minutes item “{action.sourceMinutesItem.heading}”{minutesMeeting && <> of {meetingLink(minutesMeeting)}</>}
              </li>
            )}
            {action.sourcePlanAction && (
              <li>
                Improvement plan action <Link href={boardSectionPath(...at, 'plan')}>{action.sourcePlanAction.reference}</Link>:{' '}
                {action.sourcePlanAction.description}
              </li>
            )}
            {!action.sourceMeeting && !action.sourceMinutesItem && !action.sourcePlanAction && (
              <li>
                {action.importedAt ? 'Raised' : 'Added to the log'} on {formatDay(action.createdAt)}
              </li>
            )}
          </ul>
        </dd>
        {action.status === 'DROPPED' && (
          <>
            <dt className="font-bold">Dropped because</dt>
            <dd className="whitespace-pre-wrap">{action.droppedReason}</dd>
          </>
        )}
        {action.status === 'CLOSED' && (
          <>
            <dt className="font-bold">Signed off</dt>
            <dd>
              {action.signedOffAtMeeting ? <>At {meetingLink(action.signedOffAtMeeting)}</> : 'At a meeting'}
              {action.signedOffBy && <>, recorded by {action.signedOffBy}</>}
              {action.signedOffAt && <> on {action.importedAt ? formatDay(action.signedOffAt) : formatDateTime(action.signedOffAt)}</>}
              {action.importedAt && (
                <>
                  {' '}
                  <Tag tone="purple">{HISTORICAL_LABEL}: imported</Tag>
                </>
              )}
            </dd>
          </>
        )}
      </dl>

      {final && <p className="mb-8 border-l-8 border-border bg-panel p-4">{finalReason(action.status, action.reference)}.</p>}

      {action.pendingRevision && (
        <section aria-labelledby="proposed-date" className="mb-8 border-l-8 border-warning bg-panel p-4">
          <h2 id="proposed-date">Proposed new due date: not yet agreed</h2>
          <p>
            <strong>{formatDay(action.pendingRevision.proposedDueOn)}</strong>, instead of {formatDay(action.pendingRevision.previousDueOn)}
            {action.pendingRevision.proposedBy && <>, proposed by {action.pendingRevision.proposedBy.name}</>} on{' '}
            {formatDateTime(action.pendingRevision.proposedAt)}.
          </p>
          <p className="whitespace-pre-wrap">Reason: {action.pendingRevision.reason}</p>
          <p className="mb-0">
            Until the board agrees it at a meeting, {formatDay(action.agreedDueOn ?? action.dueOn)} is the date that counts for overdue and RAG.
          </p>
          {maySignOff && (
            <div className="mt-6">
              <h3>Record the board’s agreement</h3>
              {agreeMeetings.length === 0 ? (
                <p className="mb-0">
                  No meeting of this board has taken place since this date was proposed. Once a meeting has agreed it, record the agreement here, choosing that
                  meeting.
                </p>
              ) : (
                <Form
                  action={agreeDateFormAction.bind(null, ...route)}
                  submitLabel="Record the new date as agreed"
                  variant="secondary"
                  fields={agreeFields(action.id, action.version, action.pendingRevision.id, agreeMeetings)}
                />
              )}
            </div>
          )}
        </section>
      )}

      <h2>Revised dates agreed</h2>
      {action.agreedRevisions.length === 0 ? (
        <p className="mb-8">The board has not agreed a revised date for this action.</p>
      ) : (
        <DataTable caption="Revised due dates the board has agreed, oldest first" captionClass="sr-only" className="mb-8">
          <thead>
            <tr>
              <th scope="col">Previous date</th>
              <th scope="col">New date</th>
              <th scope="col">Reason</th>
              <th scope="col">Proposed</th>
              <th scope="col">Agreed at</th>
            </tr>
          </thead>
          <tbody>
            {action.agreedRevisions.map((r) => (
              <tr key={r.id}>
                <td>{formatDay(r.previousDueOn)}</td>
                <td className="font-bold">{formatDay(r.proposedDueOn)}</td>
                <td className="whitespace-pre-wrap">{r.reason}</td>
                <td className="text-sm">
                  {formatDay(r.proposedAt)}
                  {r.proposedBy && <div className="text-secondary">by {r.proposedBy.name}</div>}
                </td>
                <td>
                  {r.agreedAtMeeting
                    ? meetingLink(r.agreedAtMeeting)
                    : r.agreedAt && action.importedAt
                      ? `On ${formatDay(r.agreedAt)} (imported)`
                      : 'A meeting'}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      {mayUpdate && (
        <div className="mb-10 grid gap-10 lg:grid-cols-2">
          <section aria-labelledby="add-update">
            <h2 id="add-update">Add a progress update</h2>
            <Form
              action={progressFormAction.bind(null, ...route)}
              submitLabel="Add the update"
              variant={signOffIsTheTask ? 'secondary' : 'primary'}
              fields={progressFields(action.id, action.status)}
            />
          </section>
          <section aria-labelledby="propose-date">
            <h2 id="propose-date">Propose a new due date</h2>
            {action.pendingRevision && <p>A new proposal replaces the one waiting for agreement.</p>}
            <Form
              action={proposeDateFormAction.bind(null, ...route)}
              submitLabel="Propose the new date"
              variant="secondary"
              fields={proposeFields(action.id, proposalToken(action.pendingRevision))}
            />
          </section>
        </div>
      )}

      {maySignOff && (
        <section aria-labelledby="sign-off" className="mb-10">
          <h2 id="sign-off">Sign off as complete</h2>
          {signOffRefusal(action.status) ? (
            <p>{signOffRefusal(action.status)}.</p>
          ) : signOffMeetings.length === 0 ? (
            <p>
              No meeting of this board has taken place since this action was raised. Once a meeting has signed it off, record the sign-off here, choosing that
              meeting.
            </p>
          ) : (
            <Form
              action={signOffFormAction.bind(null, ...route)}
              submitLabel="Record the sign-off"
              variant={mayUpdate && !signOffIsTheTask ? 'secondary' : 'primary'}
              fields={signOffFields(action.id, action.version, signOffMeetings)}
              confirm={{
                question: `Record the sign-off of ${action.reference}?`,
                confirmLabel: 'Yes, record the sign-off',
                body: 'The action is closed as complete and can no longer be changed.',
              }}
            />
          )}
        </section>
      )}

      {mayKeep && (
        <ul className="mb-10 list-disc space-y-1 pl-6">
          <li>
            <Link href={actionStepPath(...route, 'edit')}>Change the wording, owner or source</Link>
          </li>
          <li>
            <Link href={actionStepPath(...route, 'drop')}>Drop this action</Link>
          </li>
        </ul>
      )}

      <ActionReferrals
        council={ctx.council.slug}
        board={ctx.board.slug}
        action={{ id: action.id, reference: action.reference, owner: action.owner, final }}
        referrals={referrals}
      />

      <ProgressUpdates updates={action.updates} />
    </main>
  );
}

// Over 300 lines on purpose: the minutes page shows each state of the workflow (not begun,
// draft, with the Chair, returned, approved, distributed, confirmed) with what each role may do.
import type { Metadata } from 'next';
import { titleFrom } from '@/lib/page-title';
import { meetingTitle } from '@/lib/labels';
import { getMeetingNaming } from '@/lib/meetings/queries';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { getMinutesView, listConfirmingMeetings, listDecisionMakerNames, listOwnerSeats } from '@/lib/minutes/queries';
import { storedDraft } from '@/lib/minutes/actions';
import { statusLabel } from '@/lib/minutes/labels';
import { canCorrectMinutes, isEditableMinutes } from '@/lib/rules/minutes';
import {
  approveMinutesFormAction,
  confirmMinutesFormAction,
  correctMinutesFormAction,
  distributeMinutesFormAction,
  returnMinutesFormAction,
  saveMinutesFallbackFormAction,
  saveMinutesFormAction,
  sendMinutesFormAction,
  startMinutesFormAction,
} from '@/lib/minutes/form-actions';
import { formatApproval, formatDateTime, formatDayLong, formatLongDate, formatShortDate } from '@/lib/format';
import { Form, type FieldSpec } from '@/components/form';
import { Tag } from '@/components/tag';
import { DataTable } from '@/components/data-table';
import { MinutesDocument } from '@/components/minutes-document';
import { MinutesEditor } from './minutes-editor';
import { Banner } from '@/components/banner';
import { minutesDoneMessages, raisedActions } from '@/lib/minutes/done-messages';
import { hasBegun } from '@/lib/rules/meetings';
import { currentTime } from '@/lib/clock';
import { meetingPath, meetingSectionPath, minutesPath, minutesPdfPath } from '@/lib/routes';

type Props = {
  params: Promise<{ council: string; board: string; meeting: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return titleFrom(async () => {
    const { council, board, meeting } = await params;
    const version = (await searchParams).version;
    const ctx = await resolveBoard(council, board);
    return {
      title: `Minutes: ${meetingTitle(await getMeetingNaming(ctx, meeting), ctx.board.name)}${typeof version === 'string' ? `, version ${version}` : ''}`,
    };
  });
}

const statusTone = {
  DRAFT: 'grey',
  SENT_TO_CHAIR: 'purple',
  RETURNED: 'amber',
  APPROVED: 'green',
  DISTRIBUTED: 'green',
  CONFIRMED: 'green',
  SUPERSEDED: 'grey',
} as const;

const day = (d: string) => formatDayLong(new Date(`${d}T00:00:00Z`));

export default async function MinutesPage({ params, searchParams }: Props) {
  const { council, board, meeting } = await params;
  const query = await searchParams;
  const ctx = await resolveBoard(council, board);
  const now = currentTime();
  const view = await getMinutesView(ctx, meeting, typeof query.version === 'string' ? query.version : undefined, now);
  const { meeting: m, version: v, distribution } = view;
  const route = [ctx.council.slug, ctx.board.slug, m.id] as const;
  const at = [ctx.council.slug, ctx.board.slug, m.id] as const;
  const meetingHref = meetingPath(...at);
  const officer = can(ctx.roles, 'minutes', 'update');
  const chair = can(ctx.roles, 'minutes', 'approve');
  const taken = hasBegun(m, now);
  const editing = !!v && v.isLatest && officer && isEditableMinutes(v.status);
  const [owners, makers, confirming] = await Promise.all([
    editing ? listOwnerSeats(ctx) : Promise.resolve([]),
    editing ? listDecisionMakerNames(ctx) : Promise.resolve([]),
    v && v.isLatest && officer && v.status === 'DISTRIBUTED' ? listConfirmingMeetings(ctx, m.startsAt, now) : Promise.resolve([]),
  ]);
  const keys: FieldSpec[] = v
    ? [
        { name: 'minutesId', label: '', type: 'hidden', defaultValue: v.id },
        { name: 'version', label: '', type: 'hidden', defaultValue: String(v.version) },
      ]
    : [];

  return (
    <main id="main-content">
      <Banner done={query.done} messages={minutesDoneMessages} extra={raisedActions(query.done, query.actions)} />
      <p className="mb-4">
        <Link href={meetingHref}>Back to the meeting</Link>
      </p>
      <h1>Minutes: {meetingTitle(await getMeetingNaming(ctx, m.id), ctx.board.name)}</h1>

      {!v ? (
        officer && !view.latest && taken ? (
          <section aria-labelledby="start-minutes" className="max-w-3xl">
            <h2 id="start-minutes">Start the minutes</h2>
            <p className="mb-4">The minutes get a section for each item on the meeting’s agenda. Attendance comes from the meeting’s record.</p>
            <Form
              action={startMinutesFormAction.bind(null, ...route)}
              submitLabel="Start the minutes"
              fields={[{ name: 'meetingId', label: '', type: 'hidden', defaultValue: m.id }]}
            />
          </section>
        ) : (
          <p>
            {!taken
              ? m.status === 'CANCELLED'
                ? 'This meeting was cancelled, so it has no minutes.'
                : 'This meeting has not taken place yet.'
              : 'The minutes of this meeting have not been distributed yet.'}
          </p>
        )
      ) : (
        <>
          <dl className="mb-6 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">
            <dt className="font-bold">Version</dt>
            <dd>
              {v.versionNo}
              {!v.isLatest && view.laterVersionNo && (
                <>
                  {' '}
                  (replaced by <Link href={minutesPath(...at, { version: view.laterVersionNo })}>version {view.laterVersionNo}</Link>)
                </>
              )}
            </dd>
            <dt className="font-bold">Status</dt>
            <dd>
              <Tag tone={statusTone[v.status]}>{statusLabel(v.status)}</Tag>
            </dd>
            {view.previousVersionNo && (
              <>
                <dt className="font-bold">Corrects</dt>
                <dd>
                  <Link href={minutesPath(...at, { version: view.previousVersionNo })}>Version {view.previousVersionNo}</Link>
                </dd>
              </>
            )}
            {v.sentToChairAt && (
              <>
                <dt className="font-bold">Sent to the Chair</dt>
                <dd>{formatDateTime(v.sentToChairAt)}</dd>
              </>
            )}
            <dt className="font-bold">Approved by the Chair</dt>
            <dd>{v.approvedAt ? formatApproval(v.approvedBy?.name, v.approvedAt) : 'Not yet approved'}</dd>
            {v.approvedHash && (
              <>
                <dt className="font-bold">Fingerprint of the approved text</dt>
                <dd>
                  <code className="text-sm break-all">{v.approvedHash}</code>
                  <span className="block text-sm text-secondary">
                    SHA-256 of the minutes as approved.{' '}
                    {v.textHash === v.approvedHash ? 'The text below matches it.' : 'The text below does not match it: tell the administrator.'}
                  </span>
                  <details className="mt-1 text-sm">
                    <summary className="cursor-pointer text-link underline">What is the fingerprint?</summary>
                    <p className="mt-1 max-w-xl">
                      A short code worked out from every word of the minutes the Chair approved. Any change to the text, however small, would give a different
                      code, so anyone can check that what they read is exactly what was approved. You do not need to do anything with it.
                    </p>
                  </details>
                </dd>
              </>
            )}
            <dt className="font-bold">Distribution</dt>
            <dd>
              {distribution.kind === 'distributed' ? (
                <>
                  Distributed on {day(distribution.on)}
                  {distribution.late && (
                    <>
                      {' '}
                      <Tag tone="amber">Late</Tag> (due by {day(distribution.dueOn)})
                    </>
                  )}
                </>
              ) : distribution.kind === 'overdue' ? (
                <>
                  <Tag tone="red">Overdue</Tag> Due by {day(distribution.dueOn)}, {distribution.daysOverdue} {distribution.daysOverdue === 1 ? 'day' : 'days'}{' '}
                  ago
                </>
              ) : (
                <>
                  Due by {day(distribution.dueOn)}, {view.distributionDays} days after the meeting
                </>
              )}
            </dd>
            {v.confirmedAtMeeting && (
              <>
                <dt className="font-bold">Confirmed as an accurate record</dt>
                <dd>
                  <Link href={meetingPath(ctx.council.slug, ctx.board.slug, v.confirmedAtMeeting.id)}>
                    {v.confirmedAtMeeting.title}, {formatLongDate(v.confirmedAtMeeting.startsAt)}
                  </Link>
                </dd>
              </>
            )}
          </dl>
          <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
            <li>
              {/* a file download, not a page: a plain link, so the router does not prefetch it */}
              <a href={minutesPdfPath(...at, { version: v.versionNo })}>Download version {v.versionNo} as PDF</a>
            </li>
          </ul>

          {v.chairComments && (v.status === 'RETURNED' || v.status === 'SENT_TO_CHAIR' || v.status === 'DRAFT') && (
            <section aria-labelledby="chair-comments" className="mb-8 max-w-3xl border-l-8 border-warning bg-panel p-4">
              <h2 id="chair-comments" className="text-xl">
                The Chair’s comments
              </h2>
              <p className="whitespace-pre-line">{v.chairComments}</p>
            </section>
          )}

          {editing ? (
            <>
              <div className="mb-8 max-w-3xl">
                <MinutesDocument attendance={v.text.attendance} quorum={v.text.quorum} declarations={v.text.declarations} items={[]} />
                <p className="text-sm text-secondary">
                  From the meeting’s <Link href={meetingSectionPath(...at, 'attendance')}>attendance record</Link>. It is fixed in the minutes when the Chair
                  approves them.
                </p>
              </div>
              <h2>Edit the minutes</h2>
              <p className="mb-6 max-w-3xl">
                Your changes save as you type. If someone else saves while you are editing, you will see both versions and lose neither.
              </p>
              <MinutesEditor
                minutesId={v.id}
                version={v.version}
                headings={v.items.map((i) => ({ position: i.position, heading: i.heading }))}
                initial={storedDraft(v)}
                owners={owners.map((s) => ({
                  value: s.id,
                  label: `${s.position} (${s.person?.name ?? 'to be appointed'})${s.endsOn && s.endsOn < now ? ', seat ended' : ''}`,
                }))}
                advisory={ctx.board.advisory ?? false}
                decisionMakers={makers}
                save={saveMinutesFormAction.bind(null, ...route)}
                fallbackSave={saveMinutesFallbackFormAction.bind(null, ...route)}
                send={sendMinutesFormAction.bind(null, ...route)}
              />
            </>
          ) : (
            <MinutesDocument attendance={v.text.attendance} quorum={v.text.quorum} declarations={v.text.declarations} items={v.items} />
          )}

          {v.isLatest && chair && v.status === 'SENT_TO_CHAIR' && (
            <>
              <section aria-labelledby="approve" className="mb-8 max-w-3xl border-l-8 border-success bg-panel p-4">
                <h2 id="approve">Approve as the Chair</h2>
                <p className="mb-4">
                  You are approving the minutes above exactly as shown. They then cannot be changed, and the actions arising go into the board’s action log. A
                  correction would be a new version for you to approve.
                </p>
                <Form
                  action={approveMinutesFormAction.bind(null, ...route)}
                  submitLabel={`Approve version ${v.versionNo}`}
                  confirm={{
                    question: `Approve version ${v.versionNo} of these minutes?`,
                    confirmLabel: `Yes, approve version ${v.versionNo}`,
                    body: 'Once approved they are the record of the meeting and cannot be changed. Your name, the time and a fingerprint of the text are recorded, and the actions arising go into the action log.',
                  }}
                  fields={[...keys, { name: 'textHash', label: '', type: 'hidden', defaultValue: v.textHash }]}
                />
              </section>
              <section aria-labelledby="return" className="mb-8 max-w-3xl">
                <h2 id="return">Return with comments</h2>
                <Form
                  action={returnMinutesFormAction.bind(null, ...route)}
                  submitLabel="Return to the administrator"
                  variant="secondary"
                  fields={[
                    ...keys,
                    { name: 'comments', label: 'What needs changing', type: 'textarea', hint: 'The administrator sees your comments with the draft.' },
                  ]}
                />
              </section>
            </>
          )}
          {v.isLatest && officer && !chair && v.status === 'SENT_TO_CHAIR' && <p className="mb-8 font-bold">With the Chair for approval.</p>}

          {v.isLatest && officer && v.status === 'APPROVED' && (
            <section aria-labelledby="distribute" className="mb-8 max-w-3xl border-l-8 border-success bg-panel p-4">
              <h2 id="distribute">Distribute to the members</h2>
              <p className="mb-4">
                Each member of the board is sent a link to these minutes by email.{' '}
                {distribution.kind === 'overdue'
                  ? `They were due by ${day(distribution.dueOn)}: distributing now records them as late.`
                  : `They are due by ${day(distribution.dueOn)}.`}
              </p>
              <Form action={distributeMinutesFormAction.bind(null, ...route)} submitLabel="Distribute the minutes" fields={keys} />
            </section>
          )}

          {v.isLatest && officer && v.status === 'DISTRIBUTED' && (
            <section aria-labelledby="confirm" className="mb-8 max-w-3xl">
              <h2 id="confirm">Record confirmation at a later meeting</h2>
              {confirming.length === 0 ? (
                <p>Once the board has met again and confirmed these minutes as an accurate record, record it here.</p>
              ) : (
                <Form
                  action={confirmMinutesFormAction.bind(null, ...route)}
                  submitLabel="Record confirmation"
                  variant="secondary"
                  fields={[
                    ...keys,
                    {
                      name: 'meetingId',
                      label: 'Meeting at which the board confirmed the minutes as an accurate record',
                      type: 'select',
                      options: [
                        { value: '', label: 'Choose a meeting' },
                        ...confirming.map((c) => ({ value: c.id, label: `${c.title}, ${formatLongDate(c.startsAt)}` })),
                      ],
                    },
                  ]}
                />
              )}
            </section>
          )}

          {v.isLatest && can(ctx.roles, 'minutes', 'create') && canCorrectMinutes(v.status) && (
            <section aria-labelledby="correct" className="mb-8 max-w-3xl">
              <h2 id="correct">Correct these minutes</h2>
              <p className="mb-4">
                A correction is a new version, copied from this one, that the Chair approves. This version stays the record, unchanged, until then.
              </p>
              <Form action={correctMinutesFormAction.bind(null, ...route)} submitLabel="Start a correction" variant="secondary" fields={keys} />
            </section>
          )}

          {view.versions.length > 1 && (
            <DataTable
              caption="Versions of these minutes"
              columns={[{ label: 'Version' }, { label: 'Status' }, { label: 'Approved' }, { label: 'Distributed' }]}
              rows={view.versions.map((row) => ({
                key: row.id,
                cells: [
                  row.versionNo === v.versionNo ? (
                    `Version ${row.versionNo} (shown)`
                  ) : (
                    <Link href={minutesPath(...at, { version: row.versionNo })}>Version {row.versionNo}</Link>
                  ),
                  statusLabel(row.status),
                  row.approvedAt ? `${row.approvedBy?.name ?? ''}, ${formatShortDate(row.approvedAt)}` : 'Not approved',
                  row.distributedAt ? formatShortDate(row.distributedAt) : 'Not distributed',
                ],
              }))}
            />
          )}
        </>
      )}
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { getCommission } from '@/lib/papers/commissions/queries';
import {
  changeCommissionDueFormAction,
  circulateCommissionFormAction,
  reviewCommissionFormAction,
  withdrawCommissionFormAction,
} from '@/lib/papers/commissions/form-actions';
import { markingLabels } from '@/lib/papers/schema';
import { currentTime } from '@/lib/clock';
import { dayString, formatBytes, formatDateTime, formatDay } from '@/lib/format';
import { commissionDoneMessages, commissionEventLabels } from '@/lib/papers/commissions/schema';
import { Banner } from '@/components/banner';
import { Form } from '@/components/form';
import { SummaryList } from '@/components/summary-list';
import { StatusTag, Tag } from '@/components/tag';
import { boardSectionPath, commissionSubmittedFilePath, meetingSectionPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Commissioned paper' };

type Props = { params: Promise<{ council: string; board: string; commission: string }>; searchParams: Promise<{ done?: string | string[] }> };

export default async function CommissionPage({ params, searchParams }: Props) {
  const { done } = await searchParams;
  const { council, board, commission } = await params;
  const ctx = await resolveBoard(council, board);
  const c = await getCommission(ctx, commission, currentTime());
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const route = { council: ctx.council.slug, board: ctx.board.slug };
  const ids = [
    { name: 'commissionId', label: '', type: 'hidden' as const, defaultValue: c.id },
    { name: 'version', label: '', type: 'hidden' as const, defaultValue: String(c.version) },
  ];
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={boardSectionPath(...at, 'commissioned-papers')}>Back to commissioned papers</Link>
      </p>
      <Banner done={done} messages={commissionDoneMessages} />
      <h1>{c.title}</h1>
      <p className="mb-6 flex flex-wrap gap-2">
        <StatusTag status={c.status} kind="commissionStatus" />
        {c.overdue && <Tag tone="red">Overdue</Tag>}
      </p>
      <SummaryList
        className="mb-8 max-w-3xl"
        rows={[
          { key: 'Author', value: `${c.authorName} (${c.authorEmail})` },
          { key: 'Due', value: <span className={c.overdue ? 'font-bold text-error' : undefined}>{formatDay(c.dueOn)}</span> },
          { key: 'Reviewer', value: c.reviewerName ?? 'None: it can be circulated once submitted' },
          {
            key: 'Meeting',
            value: c.meeting ? (
              <>
                {c.meeting.title}, {formatDateTime(c.meeting.startsAt)}
                {c.paperDeadline && <> (paper deadline {formatDateTime(c.paperDeadline)})</>}
              </>
            ) : (
              'Not yet scheduled'
            ),
          },
          {
            key: 'For',
            value: c.agendaItem ? `Agenda item ${c.agendaItem.position}: ${c.agendaItem.title}` : `Forward plan: ${c.forwardPlanItem?.title ?? ''}`,
          },
          { key: 'Protective marking', value: markingLabels[c.marking] },
          { key: 'Note to the author', value: c.note ?? 'None', hidden: !c.note },
          {
            key: 'File',
            value: c.fileName ? (
              c.may.readFile ? (
                <a href={commissionSubmittedFilePath(...at, c.id)}>
                  {c.fileName} ({formatBytes(c.sizeBytes ?? 0)})
                </a>
              ) : (
                `${c.fileName} (${formatBytes(c.sizeBytes ?? 0)})`
              )
            ) : (
              'Not submitted yet'
            ),
          },
          c.status === 'CIRCULATED' && c.meeting
            ? { key: 'Paper', value: <Link href={meetingSectionPath(...at, c.meeting.id, 'papers')}>On the meeting’s papers page</Link> }
            : null,
        ]}
      />

      {c.may.review && (
        <section aria-labelledby="review" className="mb-10 max-w-2xl">
          <h2 id="review">Your review</h2>
          <p className="mb-4">Read the paper, then approve it for circulation or send it back to {c.authorName} with what needs changing.</p>
          <Form
            action={reviewCommissionFormAction.bind(null, route)}
            submitLabel="Record my review"
            fields={[
              ...ids,
              {
                name: 'decision',
                label: 'Your decision',
                type: 'radios',
                options: [
                  { value: 'approve', label: 'Approve it for circulation' },
                  { value: 'send-back', label: 'Ask the author for changes' },
                ],
              },
              { name: 'note', label: 'What needs changing', type: 'textarea', rows: 4, hint: 'Needed if you ask for changes: it is emailed to the author' },
            ]}
          />
        </section>
      )}

      {c.may.circulate && (
        <section aria-labelledby="circulate" className="mb-10 max-w-2xl">
          <h2 id="circulate">Circulate</h2>
          <p className="mb-4">The paper goes on its agenda item and to everyone due the meeting’s papers, as any paper does.</p>
          <Form action={circulateCommissionFormAction.bind(null, route)} submitLabel="Circulate the paper" fields={ids} />
        </section>
      )}
      {c.may.administer && c.status === 'SUBMITTED' && c.reviewerId && (
        <p className="mb-10 max-w-2xl">Waiting for {c.reviewerName ?? 'the reviewer'} to approve it: it cannot be circulated before then.</p>
      )}

      {c.may.changeDue && (
        <section aria-labelledby="due" className="mb-10 max-w-2xl">
          <h2 id="due">Change the due date</h2>
          <Form
            action={changeCommissionDueFormAction.bind(null, route)}
            submitLabel="Save the due date"
            variant="secondary"
            fields={[
              ...ids,
              {
                name: 'dueOn',
                label: 'New due date',
                type: 'date',
                defaultValue: dayString(c.dueOn),
                hint: c.paperDeadline
                  ? `No later than the paper deadline, ${formatDateTime(c.paperDeadline)}. For example, 27 3 2027`
                  : 'For example, 27 3 2027',
              },
            ]}
          />
        </section>
      )}

      {c.may.withdraw && (
        <section aria-labelledby="withdraw" className="mb-10 max-w-2xl">
          <h2 id="withdraw">Withdraw</h2>
          <Form
            action={withdrawCommissionFormAction.bind(null, route)}
            submitLabel="Withdraw this commission"
            variant="warning"
            fields={[...ids, { name: 'reason', label: 'Reason, for the author (optional)', type: 'textarea', rows: 3 }]}
          />
        </section>
      )}

      <section aria-labelledby="history" className="max-w-3xl">
        <h2 id="history">History</h2>
        <ol className="space-y-3">
          {c.events.map((e) => (
            <li key={e.id} className="border-l-4 border-border pl-3">
              <p className="font-bold">
                {commissionEventLabels[e.kind] ?? e.kind}: {e.actorName}, {formatDateTime(e.at)}
              </p>
              {e.note && <p className="whitespace-pre-line">{e.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { commissionFormOptions } from '@/lib/papers/commissions/queries';
import { requestCommissionFormAction } from '@/lib/papers/commissions/form-actions';
import { markings, markingLabels } from '@/lib/papers/schema';
import { currentTime } from '@/lib/clock';
import { dbDay } from '@/lib/forms/fields';
import { formatDateTime, formatDayLong } from '@/lib/format';
import { Form } from '@/components/form';
import { forwardPlanItemPath, meetingPath, boardSectionPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Commission a paper' };

type Props = {
  params: Promise<{ council: string; board: string }>;
  searchParams: Promise<{ agendaItem?: string | string[]; forwardPlanItem?: string | string[] }>;
};

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function CommissionPaperPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const query = await searchParams;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'paper', 'create');
  const o = await commissionFormOptions(ctx, { agendaItem: one(query.agendaItem), forwardPlanItem: one(query.forwardPlanItem) }, currentTime());
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const back =
    o.from.kind === 'agenda' && o.meeting
      ? { href: meetingPath(...at, o.meeting.id), text: 'Back to the meeting' }
      : o.from.kind === 'forward-plan'
        ? { href: forwardPlanItemPath(...at, o.from.id), text: 'Back to the forward plan item' }
        : { href: boardSectionPath(...at, 'commissioned-papers'), text: 'Back to commissioned papers' };
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={back.href}>{back.text}</Link>
      </p>
      <h1>Commission a paper</h1>
      <dl className="mb-8 grid max-w-2xl gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">{o.from.kind === 'agenda' ? 'Agenda item' : 'Forward plan item'}</dt>
        <dd>{o.from.kind === 'agenda' ? `${o.from.position}. ${o.from.title}` : o.from.title}</dd>
        <dt className="font-bold">Meeting</dt>
        <dd>{o.meeting ? `${o.meeting.title}, ${formatDateTime(o.meeting.startsAt)}` : 'Not yet scheduled'}</dd>
        {o.paperDeadline && (
          <>
            <dt className="font-bold">Paper deadline</dt>
            <dd>{formatDateTime(o.paperDeadline)}</dd>
          </>
        )}
      </dl>
      <div className="max-w-2xl">
        <Form
          action={requestCommissionFormAction.bind(null, { council: ctx.council.slug, board: ctx.board.slug })}
          submitLabel="Commission the paper"
          fields={[
            { name: o.from.kind === 'agenda' ? 'agendaItemId' : 'forwardPlanItemId', label: '', type: 'hidden', defaultValue: o.from.id },
            { name: 'title', label: 'Title of the paper', defaultValue: o.from.title },
            {
              name: 'note',
              label: 'Note to the author (optional)',
              type: 'textarea',
              rows: 4,
              hint: 'What the paper should cover, and anything the author needs to know. It goes in the email.',
            },
            {
              name: 'marking',
              label: 'Protective marking',
              type: 'select',
              defaultValue: 'OFFICIAL',
              hint: 'OFFICIAL-SENSITIVE papers go only to members, the Chair and substitutes standing in',
              options: markings.map((m) => ({ value: m, label: markingLabels[m] })),
            },
            {
              name: 'authorPersonId',
              label: 'Author',
              type: 'select',
              hint: 'Choose a seat holder of this board, or choose “Someone else” and enter their name and email address below',
              options: [
                { value: '', label: 'Someone else' },
                ...o.authors.map((a) => ({ value: a.id, label: `${a.name}${a.position ? `, ${a.position}` : ''}${a.email ? '' : ' (no email on record)'}` })),
              ],
            },
            { name: 'authorName', label: 'Author’s name (if someone else)', autoComplete: 'off' },
            { name: 'authorEmail', label: 'Author’s email address (if someone else)', type: 'email', autoComplete: 'off' },
            {
              name: 'reviewerId',
              label: 'Reviewer (optional)',
              type: 'select',
              hint: 'A member or administrator of this board who must approve the paper before it is circulated',
              options: [{ value: '', label: 'No reviewer' }, ...o.reviewers.map((r) => ({ value: r.id, label: r.name }))],
            },
            {
              name: 'dueOn',
              label: 'Due date',
              type: 'date',
              defaultValue: o.defaultDue ?? undefined,
              hint: o.defaultDue
                ? `${o.commissionDueWorkingDays} working days before the paper deadline: ${formatDayLong(dbDay(o.defaultDue))}. You may choose another day, no later than the paper deadline. For example, 27 3 2027`
                : 'This item has no meeting date yet, so enter the day the paper is due. For example, 27 3 2027',
            },
          ]}
        />
      </div>
    </main>
  );
}

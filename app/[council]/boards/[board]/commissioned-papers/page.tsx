import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { listCommissions } from '@/lib/papers/commissions/queries';
import { currentTime } from '@/lib/clock';
import { formatDay } from '@/lib/format';
import { DataTable } from '@/components/data-table';
import { StatusTag, Tag } from '@/components/tag';
import { boardSectionPath, commissionPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Commissioned papers' };

type Props = { params: Promise<{ council: string; board: string }> };

export default async function CommissionedPapersPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const { rows, counts } = await listCommissions(ctx, currentTime());
  const at = [ctx.council.slug, ctx.board.slug] as const;
  return (
    <main id="main-content">
      <h1>Commissioned papers</h1>
      <p className="mb-4 max-w-2xl">
        Papers asked of their authors, with a due date and, where one is named, a reviewer who approves them before they are circulated. Commission a paper from
        an item on a meeting’s agenda or on the <Link href={boardSectionPath(...at, 'forward-plan')}>forward plan</Link>.
      </p>
      <ul className="mb-8 flex flex-wrap gap-6" aria-label="Summary">
        <li>
          <strong className="text-2xl">{counts.open}</strong> open
        </li>
        <li>
          <strong className="text-2xl">{counts.overdue}</strong> overdue
        </li>
        <li>
          <strong className="text-2xl">{counts.awaitingReview}</strong> awaiting review
        </li>
        <li>
          <strong className="text-2xl">{counts.readyToCirculate}</strong> ready to circulate
        </li>
      </ul>
      <DataTable
        caption="Commissioned papers"
        captionClass="sr-only"
        columns={[{ label: 'Paper' }, { label: 'Status' }, { label: 'Author' }, { label: 'Due' }, { label: 'Reviewer' }, { label: 'Meeting' }]}
        empty={<p>No papers have been commissioned for this board.</p>}
        rows={rows.map((r) => ({
          key: r.id,
          cells: [
            <Link key="t" href={commissionPath(...at, r.id)}>
              {r.title}
            </Link>,
            <span key="s" className="flex flex-wrap gap-1">
              <StatusTag status={r.status} kind="commissionStatus" />
              {r.overdue && <Tag tone="red">Overdue</Tag>}
            </span>,
            r.authorName,
            <span key="d" className={r.overdue ? 'font-bold text-error' : undefined}>
              {formatDay(r.dueOn)}
            </span>,
            r.reviewerName ?? 'None',
            r.meeting ? `${r.meeting.title}, ${formatDay(r.meeting.startsAt)}` : 'Not yet scheduled',
          ],
        }))}
      />
    </main>
  );
}

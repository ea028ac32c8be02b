import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { recordHistoricalMeetingFormAction } from '@/lib/meetings/form-actions';
import { historicalMeetingFields } from '@/lib/meetings/form-specs';
import { Form } from '@/components/form';
import { boardSectionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Record a past meeting' };

export default async function HistoricalMeetingPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'meeting', 'create');
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={boardSectionPath(ctx.council.slug, ctx.board.slug, 'meetings')}>Back to meetings</Link>
      </p>
      <h1>Record a past meeting</h1>
      <p className="mb-6 max-w-2xl">
        For a meeting the board held before it used Tabled. It is kept as a historical record: it is marked as such everywhere, no one is sent anything, and it
        has no deadlines. Actions can then be signed off, and revised dates agreed, at it.
      </p>
      <div className="max-w-2xl">
        <Form
          action={recordHistoricalMeetingFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
          fields={historicalMeetingFields(ctx.board.id, { title: ctx.board.name })}
          submitLabel="Record the past meeting"
        />
      </div>
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { getSchedule } from '@/lib/meetings/schedule-queries';
import { scheduleMeetingFormAction } from '@/lib/meetings/form-actions';
import { singleMeetingFields } from '@/lib/meetings/form-specs';
import { Form } from '@/components/form';
import { boardSectionPath, newMeetingPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Schedule a meeting' };

export default async function NewMeetingPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  // like the council admin pages: anyone who may not schedule is answered as if the page were not there
  requirePermission(ctx, 'meeting', 'create');
  const { defaultVenue } = await getSchedule(ctx);
  const base = boardSectionPath(ctx.council.slug, ctx.board.slug, 'meetings');
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={base}>Back to meetings</Link>
      </p>
      <h1>Schedule a meeting</h1>
      <p className="mb-6 max-w-2xl">
        One meeting on one date. For a meeting that repeats, such as monthly on the first Tuesday,{' '}
        <Link href={newMeetingPath(ctx.council.slug, ctx.board.slug, 'series')}>schedule a recurring series</Link>.
      </p>
      <div className="max-w-2xl">
        <Form
          action={scheduleMeetingFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
          fields={singleMeetingFields(ctx.board.id, { title: ctx.board.name, venue: defaultVenue })}
          submitLabel="Schedule the meeting"
        />
      </div>
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { getSchedule } from '@/lib/meetings/schedule-queries';
import { scheduleSeriesFormAction } from '@/lib/meetings/form-actions';
import { seriesFields } from '@/lib/meetings/form-specs';
import { Form } from '@/components/form';
import { boardSectionPath, newMeetingPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Schedule a recurring series' };

export default async function NewSeriesPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'meeting', 'create');
  const { defaultVenue } = await getSchedule(ctx);
  const base = boardSectionPath(ctx.council.slug, ctx.board.slug, 'meetings');
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={base}>Back to meetings</Link>
      </p>
      <h1>Schedule a recurring series</h1>
      <div className="mb-6 max-w-2xl space-y-2">
        <p>
          For example, monthly on the first Tuesday, 10:00 to 12:00. Each meeting in the period is created now, so each can have its own agenda, and can be
          moved or cancelled on its own.
        </p>
        <p>
          Times are London time, summer and winter. A monthly meeting whose day is a bank holiday moves a week on; a weekly meeting on a bank holiday is left
          out. You will be told which.
        </p>
      </div>
      <div className="max-w-2xl">
        <Form
          action={scheduleSeriesFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
          fields={seriesFields(ctx.board.id, { title: ctx.board.name, venue: defaultVenue })}
          submitLabel="Schedule the series"
        />
      </div>
      <p className="mt-8">
        <Link href={newMeetingPath(ctx.council.slug, ctx.board.slug)}>Schedule a single meeting instead</Link>
      </p>
    </main>
  );
}

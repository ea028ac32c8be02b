import type { Metadata } from 'next';
import { titleFrom } from '@/lib/page-title';
import { meetingName, meetingTitle } from '@/lib/labels';
import { getMeetingNaming } from '@/lib/meetings/queries';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { getAttendanceView } from '@/lib/attendance/queries';
import { formatDateTime, formatTime } from '@/lib/format';
import { StatusTag } from '@/components/tag';
import { MyApologies } from './my-apologies';
import { WhoIsComing } from './who-is-coming';
import { RecordAttendance } from './record-attendance';
import { QuorumPanel } from './quorum-panel';
import { PublishPanel } from './publish-panel';
import { meetingCalendarPath, meetingPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; meeting: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return titleFrom(async () => {
    const { council, board, meeting } = await params;
    const ctx = await resolveBoard(council, board);
    return { title: `Apologies and attendance: ${meetingTitle(await getMeetingNaming(ctx, meeting), ctx.board.name)}` };
  });
}

export default async function AttendancePage({ params }: Props) {
  const { council, board, meeting } = await params;
  const ctx = await resolveBoard(council, board);
  // observers and attendees have no part in apologies or the record of attendance: getAttendanceView reads only for attendance's `read`
  const view = await getAttendanceView(ctx, meeting);
  const route = { council: ctx.council.slug, board: ctx.board.slug, meeting: view.meeting.id };
  const base = meetingPath(ctx.council.slug, ctx.board.slug, view.meeting.id);
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={base}>Back to the meeting</Link>
      </p>
      <p className="text-lg text-secondary">{meetingName(await getMeetingNaming(ctx, view.meeting.id), ctx.board.name)}</p>
      <h1>Apologies and attendance</h1>
      <p className="mb-2">
        {formatDateTime(view.meeting.startsAt)} to {formatTime(view.meeting.endsAt)}
        {view.meeting.venue && `, ${view.meeting.venue}`}
        {view.meeting.status !== 'SCHEDULED' && (
          <>
            {' '}
            <StatusTag status={view.meeting.status} kind="meetingStatus" />
          </>
        )}
      </p>
      <p className="mb-8">
        <a href={meetingCalendarPath(ctx.council.slug, ctx.board.slug, view.meeting.id)}>Add this meeting to your calendar</a>
      </p>

      {view.may.reply && <MyApologies view={view} route={route} />}
      {view.may.seeWhoIsComing && <WhoIsComing view={view} route={route} />}
      {view.may.record && <RecordAttendance view={view} route={route} />}
      <QuorumPanel view={view} route={route} />
      {view.may.publish && view.publication && <PublishPanel publication={view.publication} route={route} />}
    </main>
  );
}

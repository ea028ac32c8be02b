import type { Metadata } from 'next';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { listMyMeetings, type MyMeeting } from '@/lib/attendance/my-meetings';
import { chairTasks } from '@/lib/for-you/queries';
import { TaskList } from '../for-you';
import { formatDateTime, formatTime } from '@/lib/format';
import { StatusTag, Tag } from '@/components/tag';
import { accountPath, meetingPath, meetingSectionPath, myMeetingsPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'My meetings' };
export const dynamic = 'force-dynamic';

function MeetingCard({ item }: { item: MyMeeting }) {
  const at = [item.council.slug, item.board.slug, item.meeting.id] as const;
  const cancelled = item.meeting.status === 'CANCELLED';
  return (
    <li className="border-l-4 border-border pl-4">
      <h2 className="mb-1 text-xl">
        <Link href={meetingPath(...at)}>{item.meeting.title}</Link>
      </h2>
      <p className="mb-2 text-secondary">
        {item.board.name}, {item.council.name}
      </p>
      <p className="mb-3">
        {formatDateTime(item.meeting.startsAt)} to {formatTime(item.meeting.endsAt)}
        {item.meeting.venue && `, ${item.meeting.venue}`}
        {cancelled && (
          <>
            {' '}
            <StatusTag status="CANCELLED" kind="meetingStatus" />
            {item.meeting.cancelledReason && ` ${item.meeting.cancelledReason}`}
          </>
        )}
      </p>
      {!cancelled && (
        <>
          <h3 className="text-base">What is due from you</h3>
          <ul className="mb-2 list-disc space-y-1 pl-6">
            {item.standingInFor.map((s) => (
              <li key={s.position}>
                You are attending as substitute for {s.name}, {s.position}.
              </li>
            ))}
            {item.seats.map((seat) =>
              seat.replied ? (
                <li key={seat.position}>
                  {item.seats.length > 1 && `${seat.position}: `}
                  You sent apologies{seat.apologySentAt && ` on ${formatDateTime(seat.apologySentAt)}`}.{' '}
                  {seat.substituteConfirmed
                    ? `Your substitute, ${seat.substituteName ?? 'named'}, is confirmed to attend in your place.`
                    : 'No substitute will attend.'}
                  {seat.apologyLate && (
                    <>
                      {' '}
                      <Tag tone="amber">Late notice</Tag>
                    </>
                  )}{' '}
                  <Link href={meetingSectionPath(...at, 'attendance')}>Change or withdraw your apologies</Link>
                </li>
              ) : (
                <li key={seat.position}>
                  {item.seats.length > 1 && `${seat.position}: `}
                  {item.apologyDeadlinePassed
                    ? `The apologies deadline (${formatDateTime(item.apologyDeadline)}) has passed. If you cannot attend, send apologies anyway: they will be marked as late notice.`
                    : `If you cannot attend, send apologies by ${formatDateTime(item.apologyDeadline)}${seat.substituteName ? ` and say whether your substitute, ${seat.substituteName}, attends` : ''}.`}{' '}
                  <Link href={meetingSectionPath(...at, 'attendance')}>
                    Send apologies
                    <span className="sr-only">
                      {' '}
                      for {item.meeting.title} on {formatDateTime(item.meeting.startsAt)}
                    </span>
                  </Link>
                </li>
              ),
            )}
            <li>
              {item.papers.circulated === 0 ? (
                `Papers have not been circulated yet; they are due by ${formatDateTime(item.paperDeadline)}.`
              ) : (
                <>
                  {item.papers.circulated} {item.papers.circulated === 1 ? 'paper' : 'papers'} to read
                  {item.papers.unopened > 0 ? `, ${item.papers.unopened} not yet opened by you` : ', all opened'}.{' '}
                  <Link href={meetingSectionPath(...at, 'papers')}>
                    Read the papers
                    <span className="sr-only">
                      {' '}
                      for {item.meeting.title} on {formatDateTime(item.meeting.startsAt)}
                    </span>
                  </Link>
                </>
              )}
            </li>
          </ul>
        </>
      )}
    </li>
  );
}

export default async function MyMeetingsPage() {
  const actor = await requireActor(myMeetingsPath());
  const [meetings, forChair] = await Promise.all([listMyMeetings(actor.id), chairTasks(actor)]);
  return (
    <main id="main-content" className="py-8">
      <h1>My meetings</h1>
      <p className="mb-6 max-w-2xl">
        Coming meetings of the boards where you hold a seat, in every council you belong to, and meetings where you attend in a member&apos;s place as their
        substitute.
      </p>
      <p className="mb-8">
        <Link href={accountPath('calendar')}>Get these meetings in your own calendar</Link>
      </p>
      {/* minutes and agendas waiting for the Chair: the Chair's part of the meetings, past and coming */}
      {forChair.length > 0 && <TaskList tasks={forChair} />}
      {meetings.length === 0 ? (
        <p>You have no coming meetings.</p>
      ) : (
        <ul className="space-y-8">
          {meetings.map((item) => (
            <MeetingCard key={item.meeting.id} item={item} />
          ))}
        </ul>
      )}
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { z } from 'zod';
import { listMeetings, UPCOMING_SHOWN } from '@/lib/meetings/queries';
import { getSchedule } from '@/lib/meetings/schedule-queries';
import { recordScheduleReviewFormAction } from '@/lib/meetings/form-actions';
import { formatClock, formatDateTime, formatDay, formatDayLong } from '@/lib/format';
import { label } from '@/lib/labels';
import { Form } from '@/components/form';
import { StatusTag, Tag } from '@/components/tag';
import { HISTORICAL_LABEL } from '@/lib/rules/board-history';
import { DataTable } from '@/components/data-table';
import { agendasToAgreePath, boardPath, meetingPath, meetingsPath, newMeetingPath, withHash } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Meetings' };

const dayLong = (day: string) => formatDayLong(new Date(`${day}T00:00:00Z`));

function MeetingTable({
  caption,
  meetings,
  at,
}: {
  caption: string;
  meetings: Awaited<ReturnType<typeof listMeetings>>['past'];
  at: readonly [string, string];
}) {
  if (meetings.length === 0) return <p className="mb-8">None.</p>;
  return (
    <DataTable caption={caption} captionClass="sr-only" className="mb-10">
      <thead>
        <tr>
          <th scope="col">Meeting</th>
          <th scope="col">Date and time</th>
          <th scope="col">Kind</th>
          <th scope="col">Papers</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <td>
              <Link href={meetingPath(...at, m.id)} className="font-bold">
                {m.title}
              </Link>
              {m.theme && <div className="text-sm text-secondary">Theme: {m.theme}</div>}
            </td>
            <td>{formatDateTime(m.startsAt)}</td>
            <td>{label('meetingKind', m.kind)}</td>
            <td>{m._count.papers}</td>
            <td>
              <StatusTag status={m.status} kind="meetingStatus" />
              {m.historical && (
                <>
                  {' '}
                  <Tag tone="purple">{HISTORICAL_LABEL}</Tag>
                </>
              )}
              {m.minutes[0] && <div className="mt-1 text-sm">Minutes: {label('minutesStatus', m.minutes[0].status)}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

const pastPageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function MeetingsPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const pastPage = pastPageSchema.parse((await searchParams).past ?? 1);
  const [{ upcoming, moreUpcoming, past, morePast }, schedule] = await Promise.all([listMeetings(ctx, { pastPage }), getSchedule(ctx)]);
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const isAdministrator = can(ctx.roles, 'meeting', 'create');
  const { review } = schedule;
  const since =
    review.since &&
    (review.since.kind === 'reviewed' ? `the last review, on ${dayLong(review.since.on)}` : `the start of the current series, on ${dayLong(review.since.on)}`);
  return (
    <main id="main-content">
      <h1>Meetings</h1>
      {isAdministrator && (
        <p className="mb-8">
          <Link
            href={newMeetingPath(...at)}
            className="inline-block bg-success px-4 py-2 font-bold text-white no-underline shadow-[0_2px_0_#002d18] visited:text-white hover:text-white"
          >
            Schedule a meeting
          </Link>{' '}
          <Link href={newMeetingPath(...at, 'historical')} className="ml-4">
            Record a past meeting (historical record)
          </Link>
        </p>
      )}

      {schedule.agendasAgreedFor.length > 0 && (
        <p className="mb-8">
          This board agrees the agendas of {schedule.agendasAgreedFor.join(', ')}: <Link href={agendasToAgreePath(...at)}>agendas to agree</Link>.
        </p>
      )}
      {schedule.agendaAgreedBy && (
        <p className="mb-8">
          This board’s agendas are agreed by <Link href={boardPath(ctx.council.slug, schedule.agendaAgreedBy.slug)}>{schedule.agendaAgreedBy.name}</Link>.
        </p>
      )}

      {review.due && (
        <section aria-labelledby="schedule-review-due" className="mb-8 border-l-8 border-warning bg-panel p-4">
          <h2 id="schedule-review-due" className="text-xl">
            Schedule review due
          </h2>
          <p className="mb-2">
            The board reviews its meeting schedule every {review.months} months. The review was due on {dayLong(review.dueOn!)}, {review.months} months after{' '}
            {since}.
          </p>
          {isAdministrator && (
            <Form
              action={recordScheduleReviewFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
              fields={[{ name: 'boardId', label: '', type: 'hidden', defaultValue: ctx.board.id }]}
              submitLabel="Record schedule reviewed"
            />
          )}
        </section>
      )}

      <h2>Coming up</h2>
      <MeetingTable caption="Meetings coming up" meetings={upcoming} at={at} />
      {moreUpcoming && <p className="-mt-6 mb-10 text-secondary">The next {UPCOMING_SHOWN} meetings are shown; later ones follow as these are held.</p>}
      <h2 id="past-meetings">Past meetings{pastPage > 1 ? `, page ${pastPage}` : ''}</h2>
      <MeetingTable caption={pastPage > 1 ? `Past meetings, page ${pastPage}` : 'Past meetings'} meetings={past} at={at} />
      {(pastPage > 1 || morePast) && (
        <nav aria-label="Past meetings pages" className="-mt-6 mb-10 flex gap-6">
          {pastPage > 1 && (
            <Link href={withHash(meetingsPath(...at, { past: pastPage === 2 ? undefined : pastPage - 1 }), 'past-meetings')} rel="prev">
              Newer past meetings
            </Link>
          )}
          {morePast && (
            <Link href={withHash(meetingsPath(...at, { past: pastPage + 1 }), 'past-meetings')} rel="next">
              Older past meetings
            </Link>
          )}
        </nav>
      )}

      <h2>Meeting schedule</h2>
      {schedule.series.length === 0 ? (
        <p className="mb-4">No recurring series has been set up.</p>
      ) : (
        <DataTable caption="Recurring series of meetings" captionClass="sr-only" className="mb-4">
          <thead>
            <tr>
              <th scope="col">Pattern</th>
              <th scope="col">Time</th>
              <th scope="col">From</th>
              <th scope="col">Until</th>
              <th scope="col">Meetings</th>
            </tr>
          </thead>
          <tbody>
            {schedule.series.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.description}
                  {s.kind !== 'ORDINARY' && <div className="text-sm text-secondary">{label('meetingKind', s.kind)}</div>}
                </td>
                <td>
                  {formatClock(s.startTime)} to {formatClock(s.endTime)}
                </td>
                <td>{formatDay(s.startsOn)}</td>
                <td>{s.untilOn ? formatDay(s.untilOn) : 'No end set'}</td>
                <td>{s.meetings}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {!review.due && (
        <p className="mb-4">
          {review.dueOn
            ? `The schedule is next due its review on ${dayLong(review.dueOn)}, ${review.months} months after ${since}.`
            : `The schedule is reviewed every ${review.months} months once a recurring series is set up.`}
          {review.reviewedOn && review.since?.kind !== 'reviewed' && ` It was last reviewed on ${formatDayLong(review.reviewedOn)}.`}
        </p>
      )}
      {!review.due && isAdministrator && review.dueOn && (
        <Form
          action={recordScheduleReviewFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
          fields={[{ name: 'boardId', label: '', type: 'hidden', defaultValue: ctx.board.id }]}
          submitLabel="Record schedule reviewed"
          variant="secondary"
        />
      )}
    </main>
  );
}

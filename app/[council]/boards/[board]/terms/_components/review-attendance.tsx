import type { Route } from 'next';
import Link from 'next/link';
import type { AttendanceRecord } from '@/lib/attendance/record';
import { formatDayLong } from '@/lib/format';

const day = (d: string) => formatDayLong(new Date(`${d}T00:00:00Z`));
const percent = (p: number | null) => (p === null ? 'no meetings expected' : `${p}% attended`);

/** What a terms-of-reference review asks about attendance: the last twelve months, per agency, with the full record a link away. */
export function ReviewAttendance({ record, href }: { record: AttendanceRecord; href: Route }) {
  return (
    <section aria-labelledby="review-attendance" className="mb-10 max-w-3xl">
      <h2 id="review-attendance">Attendance, for the review</h2>
      <p className="mb-2">
        From {day(record.period.from)} to {day(record.period.to)}: {record.meetingsTakenPlace} {record.meetingsTakenPlace === 1 ? 'meeting' : 'meetings'} took
        place
        {record.meetingsCancelled ? ` (${record.meetingsCancelled} cancelled, left out)` : ''}; the board’s seats were {percent(record.total.percent)}.
      </p>
      {record.agencies.length > 0 && (
        <ul className="mb-2">
          {record.agencies.map((a) => (
            <li key={a.agency}>
              {a.agency}: {percent(a.percent)} ({a.tally.expected} expected)
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={href}>See each seat’s attendance record</Link>
      </p>
    </section>
  );
}

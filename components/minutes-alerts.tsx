import Link from 'next/link';
import { formatDayLong, formatLongDate } from '@/lib/format';
import type { MinutesAlert } from '@/lib/minutes/queries';
import { Tag } from './tag';
import type { Route } from 'next';

const day = (d: string) => formatDayLong(new Date(`${d}T00:00:00Z`));

/**
 * Minutes waiting for the Chair and minutes whose distribution is overdue, for the board
 * and council dashboards. Each is said in words as well as tagged, so it reads without colour.
 */
export function MinutesAlerts({
  alerts,
  hrefFor,
  boardName,
}: {
  alerts: MinutesAlert[];
  hrefFor: (a: MinutesAlert) => Route;
  boardName?: (a: MinutesAlert) => string;
}) {
  const awaiting = alerts.filter((a) => a.kind === 'awaiting-chair');
  const overdue = alerts.filter((a) => a.kind === 'overdue');
  if (alerts.length === 0) return <p>No minutes are waiting for the Chair, and none are overdue for distribution.</p>;
  // The link names the minutes by the meeting's date only: meeting titles often repeat the
  // board's name, and a second link called after the board would be ambiguous.
  const row = (a: MinutesAlert) => (
    <li key={`${a.kind}-${a.meetingId}`}>
      <Link href={hrefFor(a)}>Minutes of {formatLongDate(a.startsAt)}</Link>
      <div className="text-sm text-secondary">
        {boardName ? `${boardName(a)}: ` : ''}
        {a.title}.{' '}
        {a.kind === 'overdue'
          ? `Distribution was due by ${day(a.dueOn)}, ${a.daysOverdue} ${a.daysOverdue === 1 ? 'day' : 'days'} ago`
          : `Version ${a.versionNo}; distribution due by ${day(a.dueOn)}`}
      </div>
    </li>
  );
  return (
    <>
      {awaiting.length > 0 && (
        <>
          <p className="mb-1">
            <Tag tone="purple">Awaiting the Chair</Tag> {awaiting.length} {awaiting.length === 1 ? 'set of minutes is' : 'sets of minutes are'} waiting for the
            Chair’s approval
          </p>
          <ul className="mb-4 space-y-2">{awaiting.map(row)}</ul>
        </>
      )}
      {overdue.length > 0 && (
        <>
          <p className="mb-1">
            <Tag tone="red">Distribution overdue</Tag> {overdue.length} {overdue.length === 1 ? 'set of minutes was' : 'sets of minutes were'} not distributed
            in time
          </p>
          <ul className="space-y-2">{overdue.map(row)}</ul>
        </>
      )}
    </>
  );
}

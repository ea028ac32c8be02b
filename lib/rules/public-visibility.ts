import { publicationDeadline } from './deadlines';
import { assertValidInstant, londonDay, startOfLondonDay } from './london-calendar';
import { reachesAgenda, type PaperState } from './paper-access';

/**
 * When a public board's meeting agenda and public papers go on its public page.
 *
 * The board must publish at least N calendar days before the meeting (default 7, source
 * 003). An administrator may publish earlier, once the Chair has agreed the agenda
 * ("publish now" sets publishedAt); otherwise it goes up by itself at the start of the
 * last day that is still on time (00:00 London time on the deadline's day), so that a
 * forgotten click never makes the board late. The schedule itself (date, time, place)
 * is public as soon as a meeting is scheduled: councils publish their meeting calendars.
 */
export function agendaPublicFrom(meetingStartsAt: Date, publishedAt: Date | null, noticeDays: number): Date {
  const deadline = publicationDeadline(meetingStartsAt, noticeDays);
  // the deadline is never after the meeting starts, so neither is the start of its day
  const automatic = startOfLondonDay(londonDay(deadline));
  if (publishedAt && publishedAt.getTime() < automatic.getTime()) return publishedAt;
  return automatic;
}

export function isAgendaPublic(meetingStartsAt: Date, publishedAt: Date | null, noticeDays: number, now: Date): boolean {
  assertValidInstant(now, 'now');
  return now.getTime() >= agendaPublicFrom(meetingStartsAt, publishedAt, noticeDays).getTime();
}

export type PaperForPublic = PaperState;

/**
 * Only a paper marked PUBLIC, circulated, and (if late) accepted by the Chair goes on a
 * public page. OFFICIAL and OFFICIAL-SENSITIVE never do, whatever else is true, and a
 * late paper waiting for the Chair's consent has not reached the agenda yet.
 */
export function isPublicPaper(paper: PaperForPublic): boolean {
  return paper.marking === 'PUBLIC' && reachesAgenda(paper);
}

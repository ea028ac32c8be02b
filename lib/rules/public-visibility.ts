import { publicationDeadline } from './deadlines';
import { assertValidInstant, londonDay, startOfLondonDay } from './london-calendar';
import { reachesAgenda, type PaperState } from './paper-access';

/**
 * When a public board's meeting agenda and public papers go on its public page.
 *
 * The board must publish at least N calendar days before the meeting (default 7, source
 * 003). An agenda the Chair has agreed goes up by itself at the start of the last day that
 * is still on time (00:00 London time on the deadline's day), or when the Chair agrees it
 * if that is later, so that a forgotten click never makes the board late. A draft the
 * Chair has not agreed never goes up by itself: only the administrator's explicit "publish
 * now" (publishedAt, kept on the record) puts it there, which can also bring an agreed
 * agenda forward. The schedule itself (date, time, place) is public as soon as a meeting
 * is scheduled: councils publish their meeting calendars.
 */
export type AgendaPublication = { startsAt: Date; publishedAt: Date | null; agendaAgreedAt: Date | null };

/** 00:00 London time on the publication deadline's day: when an agreed agenda is due on the public page. */
export function publicationDueFrom(meetingStartsAt: Date, noticeDays: number): Date {
  // the deadline is never after the meeting starts, so neither is the start of its day
  return startOfLondonDay(londonDay(publicationDeadline(meetingStartsAt, noticeDays)));
}

/** When the agenda is or will be public; null while it is an unagreed draft nobody has published. */
export function agendaPublicFrom(meeting: AgendaPublication, noticeDays: number): Date | null {
  const due = publicationDueFrom(meeting.startsAt, noticeDays);
  const byItself = meeting.agendaAgreedAt ? new Date(Math.max(due.getTime(), meeting.agendaAgreedAt.getTime())) : null;
  const times = [meeting.publishedAt, byItself].filter((t): t is Date => t !== null);
  return times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : null;
}

export function isAgendaPublic(meeting: AgendaPublication, noticeDays: number, now: Date): boolean {
  assertValidInstant(now, 'now');
  const from = agendaPublicFrom(meeting, noticeDays);
  return from !== null && now.getTime() >= from.getTime();
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

import type { Region } from './bank-holidays';
import { paperDeadline } from './deadlines';
import { addCalendarDays, calendarDaysBetween, endOfLondonDay, londonDay, type LondonDay } from './london-calendar';
import { nthWorkingDayBefore } from './working-days';
import { CATCH_UP_DAYS, currentStep, morningOf } from './reminders';

/**
 * Commissioned papers (issue 19.5): when a paper asked of an author is due, whether it is
 * overdue, and which step may follow which. Pure: no I/O.
 */

export type CommissionStatus = 'REQUESTED' | 'SUBMITTED' | 'APPROVED' | 'CIRCULATED' | 'WITHDRAWN';

/**
 * The day a commissioned paper is due by default: the meeting's paper deadline less the
 * board's working days for commissions, bank holidays skipped. The paper deadline's own
 * day counts as day 0.
 */
export function defaultCommissionDueDay(meetingStartsAt: Date, paperNoticeWorkingDays: number, commissionWorkingDays: number, region: Region): LondonDay {
  const deadlineDay = londonDay(paperDeadline(meetingStartsAt, paperNoticeWorkingDays, region));
  return nthWorkingDayBefore(deadlineDay, commissionWorkingDays, region);
}

/**
 * Why a due day cannot be chosen, or null: not before today (the council's clock), and
 * not after the paper deadline when the commission is for a meeting.
 */
export function dueDayProblem(dueOn: LondonDay, today: LondonDay, paperDeadlineAt: Date | null): string | null {
  if (calendarDaysBetween(today, dueOn) < 0) return 'The due date must be today or in the future';
  if (paperDeadlineAt && calendarDaysBetween(londonDay(paperDeadlineAt), dueOn) > 0) {
    return 'The due date must be on or before the paper deadline of the meeting';
  }
  return null;
}

/** Still waiting for the author: asked for, or sent back for changes. */
export const awaitingAuthor = (status: CommissionStatus) => status === 'REQUESTED';

/** Not yet submitted (or sent back) after its due day, by the council's (London) calendar. */
export function isCommissionOverdue(c: { status: CommissionStatus; dueOn: LondonDay }, now: Date): boolean {
  return awaitingAuthor(c.status) && calendarDaysBetween(c.dueOn, londonDay(now)) > 0;
}

/** Waiting for the reviewer's decision. */
export const awaitingReview = (c: { status: CommissionStatus; hasReviewer: boolean }) => c.status === 'SUBMITTED' && c.hasReviewer;

/**
 * Whether the paper may be circulated: approved by the reviewer, or, when no reviewer is
 * named, as soon as it is submitted. Otherwise, the reason why not.
 */
export function circulationRefusal(c: { status: CommissionStatus; hasReviewer: boolean }): string | null {
  switch (c.status) {
    case 'APPROVED':
      return null;
    case 'SUBMITTED':
      return c.hasReviewer ? 'The reviewer must approve this paper before it can be circulated' : null;
    case 'REQUESTED':
      return 'The author has not submitted this paper yet';
    case 'CIRCULATED':
      return 'This paper has already been circulated';
    case 'WITHDRAWN':
      return 'This commission was withdrawn';
  }
}

/** A commission still open: not circulated, not withdrawn. */
export const isOpenCommission = (status: CommissionStatus) => status !== 'CIRCULATED' && status !== 'WITHDRAWN';

/**
 * When the single-use upload link stops working: the end of the meeting's day, or for a
 * commission with no meeting yet, four weeks after its due day.
 */
export function uploadLinkExpiry(meetingStartsAt: Date | null, dueOn: LondonDay): Date {
  return meetingStartsAt ? endOfLondonDay(londonDay(meetingStartsAt)) : endOfLondonDay(addCalendarDays(dueOn, 28));
}

/**
 * The author's reminder due at `now`, while the paper is still asked of them: at 07:00 on
 * the day it is due (by default the board's working days before the paper deadline) and
 * on the paper deadline's day; a reminder missed while the servers were down is sent once
 * when they are back, the latest only. None once the paper deadline has passed (the
 * administrator is told of missing papers then).
 */
export function commissionAuthorReminder(
  c: { id: string; status: CommissionStatus; dueOn: LondonDay; paperDeadlineAt: Date | null },
  now: Date,
): { key: string; firesAt: Date } | null {
  if (!awaitingAuthor(c.status)) return null;
  const steps = [{ key: `commission-due:${c.id}:${c.dueOn}`, firesAt: morningOf(c.dueOn) }];
  const deadlineDay = c.paperDeadlineAt ? londonDay(c.paperDeadlineAt) : null;
  if (deadlineDay && deadlineDay !== c.dueOn) steps.push({ key: `commission-deadline:${c.id}:${deadlineDay}`, firesAt: morningOf(deadlineDay) });
  return currentStep(steps, now, c.paperDeadlineAt ?? endOfLondonDay(addCalendarDays(c.dueOn, CATCH_UP_DAYS)));
}

import { addCalendarMonths, calendarDaysBetween, londonDay, type LondonDay } from './london-calendar';

/** A register of interests is reviewed by its member every year (the usual code of conduct). */
export const INTEREST_REVIEW_MONTHS = 12;

export type InterestReviewState = { kind: 'never' } | { kind: 'due'; dueOn: LondonDay; overdue: boolean } | { kind: 'current'; dueOn: LondonDay };

/**
 * Where a person's yearly review stands: never reviewed, current until the London day twelve
 * months after the last review, and due from that day (overdue after it).
 */
export function interestReviewState(lastReviewedAt: Date | null, now: Date): InterestReviewState {
  if (!lastReviewedAt) return { kind: 'never' };
  const dueOn = addCalendarMonths(londonDay(lastReviewedAt), INTEREST_REVIEW_MONTHS);
  const gap = calendarDaysBetween(dueOn, londonDay(now));
  return gap >= 0 ? { kind: 'due', dueOn, overdue: gap > 0 } : { kind: 'current', dueOn };
}

import { nextReviewDate } from '../rules/deadlines';
import { londonDay, type LondonDay } from '../rules/london-calendar';

export type TermsReview = { reviewOn: LondonDay; due: boolean; overdue: boolean };

/**
 * When the approved terms are next reviewed (approval plus the board's interval, default
 * six months, source 001), whether that day has come, and whether it has passed.
 */
export function termsReview(approvedAt: Date, months: number, now: Date): TermsReview {
  const reviewOn = nextReviewDate(approvedAt, months);
  const today = londonDay(now);
  // LondonDay strings are YYYY-MM-DD, so they compare as dates
  return { reviewOn, due: today >= reviewOn, overdue: today > reviewOn };
}

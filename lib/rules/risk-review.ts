import { calendarDaysBetween, type LondonDay } from './london-calendar';
import { riskRating, riskScore, riskTrend, type RiskRating, type RiskTrend } from './risk-score';

/** A review falling due within this many days is listed as due on the board's dashboard. */
export const REVIEW_DUE_SOON_DAYS = 14;

export type ReviewState = 'overdue' | 'due-soon' | 'not-due' | 'closed';

/**
 * Where a risk's review stands on a London day. A closed risk is no longer reviewed; a
 * review is overdue from the day after its due day, and due soon up to 14 days ahead.
 */
export function reviewState(reviewDueOn: LondonDay, today: LondonDay, closed: boolean): ReviewState {
  if (closed) return 'closed';
  const days = calendarDaysBetween(today, reviewDueOn);
  if (days < 0) return 'overdue';
  if (days <= REVIEW_DUE_SOON_DAYS) return 'due-soon';
  return 'not-due';
}

/** A risk above the board's appetite is one whose current score exceeds it (the appetite itself is tolerated). */
export function isAboveAppetite(score: number, appetite: number): boolean {
  return score > appetite;
}

export type ScorePoint = { reviewedOn: LondonDay; likelihood: number; impact: number; score: number; rating: RiskRating; change: RiskTrend | null };

/**
 * The score over time, oldest first: each review's score, its rating, and whether it
 * rose, fell or held since the review before. Reviews on one day keep their given order.
 */
export function scoreHistory(reviews: readonly { reviewedOn: LondonDay; likelihood: number; impact: number }[]): ScorePoint[] {
  const ordered = reviews.map((r, i) => ({ r, i })).sort((a, b) => a.r.reviewedOn.localeCompare(b.r.reviewedOn) || a.i - b.i);
  const points: ScorePoint[] = [];
  for (const { r } of ordered) {
    const score = riskScore(r.likelihood, r.impact);
    const previous = points.at(-1);
    points.push({
      reviewedOn: r.reviewedOn,
      likelihood: r.likelihood,
      impact: r.impact,
      score,
      rating: riskRating(score),
      change: previous ? riskTrend(previous.score, score) : null,
    });
  }
  return points;
}

/** The trend of a risk: the change at its latest review, or null before a second review. */
export function latestTrend(history: readonly ScorePoint[]): RiskTrend | null {
  return history.at(-1)?.change ?? null;
}

/**
 * The target is where the controls should bring the risk, so it cannot be worse than the
 * risk with no controls at all. Returns the problem in words, or null.
 */
export function targetProblem(inherent: { likelihood: number; impact: number }, target: { likelihood: number; impact: number }): string | null {
  const i = riskScore(inherent.likelihood, inherent.impact);
  const t = riskScore(target.likelihood, target.impact);
  if (t > i) return `The target score (${t}) cannot be higher than the inherent score (${i}): the target is where the controls should bring the risk`;
  return null;
}

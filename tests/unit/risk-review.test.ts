import { describe, expect, it } from 'vitest';
import { isAboveAppetite, latestTrend, REVIEW_DUE_SOON_DAYS, reviewState, scoreHistory, targetProblem } from '../../lib/rules/risk-review';
import { nextRiskReference } from '../../lib/risk-log/reference';

describe('reviewState', () => {
  it('is overdue from the day after the due day', () => {
    expect(reviewState('2026-03-20', '2026-03-20', false)).toBe('due-soon');
    expect(reviewState('2026-03-19', '2026-03-20', false)).toBe('overdue');
  });
  it('is due soon up to 14 days ahead, then not due', () => {
    expect(REVIEW_DUE_SOON_DAYS).toBe(14);
    expect(reviewState('2026-04-03', '2026-03-20', false)).toBe('due-soon');
    expect(reviewState('2026-04-04', '2026-03-20', false)).toBe('not-due');
  });
  it('counts calendar days across the clock change', () => {
    expect(reviewState('2026-04-12', '2026-03-29', false)).toBe('due-soon');
    expect(reviewState('2026-04-13', '2026-03-29', false)).toBe('not-due');
  });
  it('never flags a closed risk', () => {
    expect(reviewState('2020-01-01', '2026-03-20', true)).toBe('closed');
  });
});

describe('isAboveAppetite', () => {
  it('tolerates the appetite itself and flags anything above it', () => {
    expect(isAboveAppetite(12, 12)).toBe(false);
    expect(isAboveAppetite(13, 12)).toBe(true);
  });
});

describe('scoreHistory and latestTrend', () => {
  it('orders reviews by day, scores and rates each, and says how each moved', () => {
    const history = scoreHistory([
      { reviewedOn: '2026-03-01', likelihood: 3, impact: 4 },
      { reviewedOn: '2026-01-01', likelihood: 4, impact: 4 },
      { reviewedOn: '2026-02-01', likelihood: 5, impact: 4 },
      { reviewedOn: '2026-03-01', likelihood: 4, impact: 3 },
    ]);
    expect(history.map((p) => [p.reviewedOn, p.score, p.rating, p.change])).toEqual([
      ['2026-01-01', 16, 'very-high', null],
      ['2026-02-01', 20, 'very-high', 'rising'],
      ['2026-03-01', 12, 'high', 'falling'],
      ['2026-03-01', 12, 'high', 'steady'],
    ]);
    expect(latestTrend(history)).toBe('steady');
  });
  it('has no trend before a second review', () => {
    expect(latestTrend(scoreHistory([]))).toBeNull();
    expect(latestTrend(scoreHistory([{ reviewedOn: '2026-01-01', likelihood: 1, impact: 1 }]))).toBeNull();
  });
  it('refuses a level off the matrix', () => {
    expect(() => scoreHistory([{ reviewedOn: '2026-01-01', likelihood: 6, impact: 1 }])).toThrow(RangeError);
  });
});

describe('targetProblem', () => {
  it('allows a target at or below the inherent score', () => {
    expect(targetProblem({ likelihood: 4, impact: 4 }, { likelihood: 4, impact: 4 })).toBeNull();
    expect(targetProblem({ likelihood: 4, impact: 4 }, { likelihood: 2, impact: 3 })).toBeNull();
  });
  it('refuses a target worse than the inherent risk, with both scores', () => {
    expect(targetProblem({ likelihood: 2, impact: 2 }, { likelihood: 1, impact: 5 })).toMatch(
      /target score \(5\) cannot be higher than the inherent score \(4\)/,
    );
  });
});

describe('nextRiskReference', () => {
  it('starts at R-01 and follows the style in use', () => {
    expect(nextRiskReference([])).toBe('R-01');
    expect(nextRiskReference(['R-01', 'R-09', 'R-02'])).toBe('R-10');
    expect(nextRiskReference(['R011', 'R012'])).toBe('R013');
    expect(nextRiskReference(['R-99'])).toBe('R-100');
    expect(nextRiskReference(['Legacy risk', 'R-03'])).toBe('R-04');
  });
});

import { assertInteger } from './london-calendar';

/** 1 (rare / negligible) to 5 (almost certain / severe): the 5x5 matrix councils use. */
export type RiskLevel = 1 | 2 | 3 | 4 | 5;
export type RiskRating = 'low' | 'medium' | 'high' | 'very-high';
export type RiskTrend = 'rising' | 'falling' | 'steady';

export interface RiskAssessment {
  likelihood: number;
  impact: number;
}

function assertRiskLevel(value: number, name: string): asserts value is RiskLevel {
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new RangeError(`${name} must be a whole number from 1 to 5, got ${value}`);
  }
}

function assertRiskScore(value: number, name: string): void {
  assertInteger(value, name);
  if (value < 1 || value > 25) {
    throw new RangeError(`${name} must be from 1 to 25, got ${value}`);
  }
}

export function riskScore(likelihood: number, impact: number): number {
  assertRiskLevel(likelihood, 'likelihood');
  assertRiskLevel(impact, 'impact');
  return likelihood * impact;
}

// Bands are contiguous over 1..25 so that any stored score rates, even one no
// likelihood x impact pair produces (7, 11, ...), e.g. after a manual correction.
export function riskRating(score: number): RiskRating {
  assertRiskScore(score, 'score');
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 15) return 'high';
  return 'very-high';
}

/** counts[likelihood - 1][impact - 1]: how many risks sit in each cell of the heat map. */
export function heatMapCounts(risks: readonly RiskAssessment[]): number[][] {
  const counts = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 0));
  for (const [index, risk] of risks.entries()) {
    assertRiskLevel(risk.likelihood, `risks[${index}].likelihood`);
    assertRiskLevel(risk.impact, `risks[${index}].impact`);
    const row = counts[risk.likelihood - 1];
    // Unreachable after the assertions; satisfies noUncheckedIndexedAccess without a cast.
    if (row === undefined) continue;
    row[risk.impact - 1] = (row[risk.impact - 1] ?? 0) + 1;
  }
  return counts;
}

/** Compares scores between two reviews; a higher score is a worsening risk. */
export function riskTrend(previousScore: number, currentScore: number): RiskTrend {
  assertRiskScore(previousScore, 'previousScore');
  assertRiskScore(currentScore, 'currentScore');
  if (currentScore > previousScore) return 'rising';
  if (currentScore < previousScore) return 'falling';
  return 'steady';
}

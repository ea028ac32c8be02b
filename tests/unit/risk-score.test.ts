import { describe, it, expect } from 'vitest';
import { heatMapCounts, riskRating, riskScore, riskTrend } from '../../lib/rules/risk-score';

const levels = [1, 2, 3, 4, 5];

describe('riskScore', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(4, 3)).toBe(12);
    expect(riskScore(2, 5)).toBe(10);
    expect(riskScore(5, 5)).toBe(25);
  });

  it.each([0, 6, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s as likelihood or impact', (bad) => {
    expect(() => riskScore(bad, 3)).toThrow(RangeError);
    expect(() => riskScore(3, bad)).toThrow(RangeError);
  });
});

describe('riskRating', () => {
  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [15, 'high'],
    [16, 'very-high'],
    [25, 'very-high'],
  ] as const)('score %i is %s', (score, rating) => {
    expect(riskRating(score)).toBe(rating);
  });

  it('rates scores no pair produces, since the bands are contiguous', () => {
    expect(riskRating(7)).toBe('medium');
    expect(riskRating(13)).toBe('high');
    expect(riskRating(21)).toBe('very-high');
  });

  it('splits the 5x5 matrix into 8 low, 7 medium, 6 high and 4 very-high cells', () => {
    const tally: Record<string, number> = {};
    for (const likelihood of levels) {
      for (const impact of levels) {
        const rating = riskRating(riskScore(likelihood, impact));
        tally[rating] = (tally[rating] ?? 0) + 1;
      }
    }
    expect(tally).toEqual({ low: 8, medium: 7, high: 6, 'very-high': 4 });
  });

  it.each([0, 26, 4.5, -3, Number.NaN])('refuses score %s', (bad) => {
    expect(() => riskRating(bad)).toThrow(RangeError);
  });
});

describe('heatMapCounts', () => {
  it('is a 5x5 matrix of zeros for no risks', () => {
    expect(heatMapCounts([])).toEqual(Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]));
  });

  it('indexes [likelihood - 1][impact - 1], not the other way round', () => {
    const counts = heatMapCounts([{ likelihood: 5, impact: 1 }]);
    expect(counts[4]?.[0]).toBe(1);
    expect(counts[0]?.[4]).toBe(0);
  });

  it('counts several risks in the same and different cells', () => {
    const counts = heatMapCounts([
      { likelihood: 3, impact: 4 },
      { likelihood: 3, impact: 4 },
      { likelihood: 1, impact: 1 },
      { likelihood: 5, impact: 5 },
      { likelihood: 2, impact: 5 },
    ]);
    expect(counts).toEqual([
      [1, 0, 0, 0, 0],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 2, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 1],
    ]);
  });

  it('puts one risk in each cell when given every combination', () => {
    const all = levels.flatMap((likelihood) => levels.map((impact) => ({ likelihood, impact })));
    expect(heatMapCounts(all)).toEqual(Array.from({ length: 5 }, () => [1, 1, 1, 1, 1]));
  });

  it('rows are separate arrays', () => {
    const counts = heatMapCounts([]);
    const first = counts[0];
    if (first) first[0] = 99;
    expect(counts[1]?.[0]).toBe(0);
  });

  it('refuses a risk outside the matrix', () => {
    expect(() => heatMapCounts([{ likelihood: 0, impact: 3 }])).toThrow(RangeError);
    expect(() => heatMapCounts([{ likelihood: 3, impact: 6 }])).toThrow(RangeError);
  });
});

describe('riskTrend', () => {
  it('rising when the score goes up', () => {
    expect(riskTrend(6, 12)).toBe('rising');
    expect(riskTrend(1, 2)).toBe('rising');
  });

  it('falling when the score goes down', () => {
    expect(riskTrend(12, 6)).toBe('falling');
    expect(riskTrend(25, 24)).toBe('falling');
  });

  it('steady when unchanged', () => {
    expect(riskTrend(9, 9)).toBe('steady');
  });

  it('refuses scores outside 1..25', () => {
    expect(() => riskTrend(0, 5)).toThrow(RangeError);
    expect(() => riskTrend(5, 30)).toThrow(RangeError);
  });
});

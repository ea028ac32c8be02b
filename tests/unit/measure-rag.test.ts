import { describe, expect, it } from 'vitest';
import { measureRag, measureTrend } from '../../lib/rules/measure-rag';

describe('a measure against its target', () => {
  describe('higher is better (children seen within timescale, target 90%, amber within 5)', () => {
    const rag = (value: number, tolerance: number | null = 5) => measureRag({ value, target: 90, direction: 'HIGHER_IS_BETTER', tolerance });
    it('is green above the target and exactly on it', () => {
      expect(rag(95)).toBe('GREEN');
      expect(rag(90)).toBe('GREEN');
    });
    it('is amber just below the target and at the edge of the tolerance', () => {
      expect(rag(89.99)).toBe('AMBER');
      expect(rag(85)).toBe('AMBER');
    });
    it('is red beyond the tolerance', () => {
      expect(rag(84.99)).toBe('RED');
      expect(rag(40)).toBe('RED');
    });
    it('is red for any miss when there is no tolerance', () => {
      expect(rag(89.99, null)).toBe('RED');
      expect(rag(89.99, 0)).toBe('RED');
      expect(rag(90, null)).toBe('GREEN');
    });
  });

  describe('lower is better (re-referrals within 12 months, target 20%, amber within 3)', () => {
    const rag = (value: number) => measureRag({ value, target: 20, direction: 'LOWER_IS_BETTER', tolerance: 3 });
    it('is green below the target and exactly on it', () => {
      expect(rag(12)).toBe('GREEN');
      expect(rag(20)).toBe('GREEN');
    });
    it('is amber just above the target and at the edge of the tolerance', () => {
      expect(rag(20.01)).toBe('AMBER');
      expect(rag(23)).toBe('AMBER');
    });
    it('is red beyond the tolerance', () => {
      expect(rag(23.01)).toBe('RED');
    });
    it('reads the same value the other way round for the opposite direction', () => {
      expect(measureRag({ value: 12, target: 20, direction: 'HIGHER_IS_BETTER', tolerance: 3 })).toBe('RED');
    });
  });

  it('decides the boundary by the typed numbers, not floating-point noise', () => {
    expect(measureRag({ value: 0.1 + 0.2, target: 0.3, direction: 'LOWER_IS_BETTER', tolerance: null })).toBe('GREEN');
    expect(measureRag({ value: 0.3, target: 0.1 + 0.2, direction: 'HIGHER_IS_BETTER', tolerance: null })).toBe('GREEN');
  });

  it('refuses a negative tolerance or a value that is not a number', () => {
    expect(() => measureRag({ value: 1, target: 2, direction: 'HIGHER_IS_BETTER', tolerance: -1 })).toThrow(RangeError);
    expect(() => measureRag({ value: Number.NaN, target: 2, direction: 'HIGHER_IS_BETTER', tolerance: null })).toThrow(RangeError);
  });
});

describe('a measure over time', () => {
  it('is improving when it moves the right way for its direction', () => {
    expect(measureTrend(22.1, 21, 'LOWER_IS_BETTER')).toBe('improving');
    expect(measureTrend(86, 88, 'HIGHER_IS_BETTER')).toBe('improving');
    expect(measureTrend(86, 84, 'HIGHER_IS_BETTER')).toBe('worsening');
    expect(measureTrend(20, 21, 'LOWER_IS_BETTER')).toBe('worsening');
    expect(measureTrend(20, 20, 'LOWER_IS_BETTER')).toBe('unchanged');
  });
});

import { describe, expect, it } from 'vitest';
import { formatActionReference, nextActionNumber } from '../../lib/rules/action-reference';

describe('action references', () => {
  it('pads the number to three digits and keeps longer ones whole', () => {
    expect(formatActionReference('IB', 2024, 17)).toBe('IB-2024-017');
    expect(formatActionReference('CT', 2026, 1234)).toBe('CT-2026-1234');
  });

  it('refuses a prefix, year or number that would make an unreadable reference', () => {
    expect(() => formatActionReference('ib', 2024, 1)).toThrow(RangeError);
    expect(() => formatActionReference('IB', 2024, 0)).toThrow(RangeError);
    expect(() => formatActionReference('IB', 24, 1)).toThrow(RangeError);
  });

  it('follows the highest number of the same prefix and year, never filling gaps', () => {
    const existing = ['IB-2024-001', 'IB-2024-007', 'IB-2023-099', 'CT-2024-050', 'IB-2024-x'];
    expect(nextActionNumber(existing, 'IB', 2024)).toBe(8);
    expect(nextActionNumber(existing, 'IB', 2025)).toBe(1);
    expect(nextActionNumber([], 'IB', 2024)).toBe(1);
  });
});

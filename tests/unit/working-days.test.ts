import { describe, it, expect } from 'vitest';
import type { Region } from '../../lib/rules/bank-holidays';
import { addCalendarDays, addWorkingDays, endOfLondonDay, isWorkingDay, londonDay, nthWorkingDayBefore } from '../../lib/rules/working-days';

const EW: Region = 'england-and-wales';
const SCT: Region = 'scotland';
const NI: Region = 'northern-ireland';

describe('isWorkingDay', () => {
  it('Monday to Friday are working days', () => {
    for (const day of ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11', '2024-01-12']) {
      expect(isWorkingDay(day, EW)).toBe(true);
    }
  });

  it('weekends are not', () => {
    expect(isWorkingDay('2024-01-06', EW)).toBe(false);
    expect(isWorkingDay('2024-01-07', EW)).toBe(false);
  });

  it('bank holidays are not, by region', () => {
    expect(isWorkingDay('2024-01-01', EW)).toBe(false);
    expect(isWorkingDay('2024-01-02', EW)).toBe(true);
    expect(isWorkingDay('2024-01-02', SCT)).toBe(false);
    expect(isWorkingDay('2022-12-27', EW)).toBe(false);
    expect(isWorkingDay('2024-03-18', NI)).toBe(false);
    expect(isWorkingDay('2024-03-18', EW)).toBe(true);
  });
});

describe('nthWorkingDayBefore: DOMAIN.md worked examples', () => {
  it('meeting Tuesday 2 January 2024: papers (5) Thursday 21 December 2023, apologies (2) Thursday 28 December 2023', () => {
    expect(nthWorkingDayBefore('2024-01-02', 5, EW)).toBe('2023-12-21');
    expect(nthWorkingDayBefore('2024-01-02', 2, EW)).toBe('2023-12-28');
  });

  it('meeting Thursday 9 April 2026: papers (5) Tuesday 31 March 2026, apologies (2) Tuesday 7 April 2026', () => {
    expect(nthWorkingDayBefore('2026-04-09', 5, EW)).toBe('2026-03-31');
    expect(nthWorkingDayBefore('2026-04-09', 2, EW)).toBe('2026-04-07');
  });
});

describe('nthWorkingDayBefore', () => {
  it('does not count the meeting day', () => {
    expect(nthWorkingDayBefore('2024-01-10', 1, EW)).toBe('2024-01-09');
  });

  it('Monday meeting reaches back over the weekend', () => {
    expect(nthWorkingDayBefore('2024-01-15', 1, EW)).toBe('2024-01-12');
    expect(nthWorkingDayBefore('2024-01-15', 2, EW)).toBe('2024-01-11');
    expect(nthWorkingDayBefore('2024-01-15', 5, EW)).toBe('2024-01-08');
  });

  it('Tuesday after a bank holiday Monday', () => {
    expect(nthWorkingDayBefore('2024-05-28', 1, EW)).toBe('2024-05-24');
  });

  it('n = 0 is the meeting day itself, even at a weekend', () => {
    expect(nthWorkingDayBefore('2024-01-15', 0, EW)).toBe('2024-01-15');
    expect(nthWorkingDayBefore('2024-01-13', 0, EW)).toBe('2024-01-13');
  });

  it('a meeting on a weekend or holiday still counts from the day before', () => {
    expect(nthWorkingDayBefore('2024-01-13', 1, EW)).toBe('2024-01-12');
    expect(nthWorkingDayBefore('2024-01-01', 1, EW)).toBe('2023-12-29');
  });

  it('Scotland loses 1 and 2 January', () => {
    expect(nthWorkingDayBefore('2024-01-03', 2, EW)).toBe('2023-12-29');
    expect(nthWorkingDayBefore('2024-01-03', 2, SCT)).toBe('2023-12-28');
  });

  it("Scotland loses St Andrew's Day and its substitute", () => {
    expect(nthWorkingDayBefore('2023-12-01', 1, EW)).toBe('2023-11-30');
    expect(nthWorkingDayBefore('2023-12-01', 1, SCT)).toBe('2023-11-29');
    expect(nthWorkingDayBefore('2024-12-03', 1, EW)).toBe('2024-12-02');
    expect(nthWorkingDayBefore('2024-12-03', 1, SCT)).toBe('2024-11-29');
  });

  it("Northern Ireland loses St Patrick's Day and 12 July", () => {
    expect(nthWorkingDayBefore('2025-03-18', 1, EW)).toBe('2025-03-17');
    expect(nthWorkingDayBefore('2025-03-18', 1, NI)).toBe('2025-03-14');
    expect(nthWorkingDayBefore('2024-07-17', 5, EW)).toBe('2024-07-10');
    expect(nthWorkingDayBefore('2024-07-17', 5, NI)).toBe('2024-07-09');
  });

  it('Christmas 2022 substitute day is skipped', () => {
    // Wed 28 Dec: Tue 27 (substitute) and Mon 26 are holidays, so the 1st is Fri 23.
    expect(nthWorkingDayBefore('2022-12-28', 1, EW)).toBe('2022-12-23');
    expect(nthWorkingDayBefore('2021-12-29', 1, EW)).toBe('2021-12-24');
  });

  it('refuses negative or fractional counts', () => {
    expect(() => nthWorkingDayBefore('2024-01-15', -1, EW)).toThrow(RangeError);
    expect(() => nthWorkingDayBefore('2024-01-15', 1.5, EW)).toThrow(RangeError);
    expect(() => nthWorkingDayBefore('2024-02-30', 1, EW)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('Friday + 1 is Monday', () => {
    expect(addWorkingDays('2024-01-05', 1, EW)).toBe('2024-01-08');
  });

  it('from a weekend, +1 is Monday and -1 is Friday', () => {
    expect(addWorkingDays('2024-01-06', 1, EW)).toBe('2024-01-08');
    expect(addWorkingDays('2024-01-06', -1, EW)).toBe('2024-01-05');
  });

  it('skips Christmas and Easter', () => {
    expect(addWorkingDays('2023-12-22', 1, EW)).toBe('2023-12-27');
    expect(addWorkingDays('2023-12-29', 1, EW)).toBe('2024-01-02');
    expect(addWorkingDays('2023-12-29', 1, SCT)).toBe('2024-01-03');
    expect(addWorkingDays('2026-04-02', 1, EW)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-02', 1, SCT)).toBe('2026-04-06');
  });

  it('n = 0 returns the same day', () => {
    expect(addWorkingDays('2024-01-06', 0, EW)).toBe('2024-01-06');
  });

  it('a whole year of working days: 254 (E&W), 253 (Scotland), 252 (NI) in 2024', () => {
    // 2024 has 262 weekdays; 8, 9 and 10 bank holidays fall on them.
    expect(addWorkingDays('2023-12-31', 254, EW)).toBe('2024-12-31');
    expect(addWorkingDays('2023-12-31', 253, SCT)).toBe('2024-12-31');
    expect(addWorkingDays('2023-12-31', 252, NI)).toBe('2024-12-31');
    expect(addWorkingDays('2023-12-31', 255, EW)).toBe('2025-01-02');
  });

  it('going back then forward returns to any working day (2023–2026)', () => {
    let checked = 0;
    for (let day = '2023-01-01'; day <= '2026-12-31'; day = addCalendarDays(day, 1)) {
      if (!isWorkingDay(day, EW)) continue;
      for (const n of [1, 2, 5, 10]) {
        expect(addWorkingDays(addWorkingDays(day, -n, EW), n, EW)).toBe(day);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('every step lands on a working day', () => {
    for (let day = '2024-12-01'; day <= '2025-01-31'; day = addCalendarDays(day, 1)) {
      for (const region of [EW, SCT, NI]) {
        expect(isWorkingDay(addWorkingDays(day, 3, region), region)).toBe(true);
        expect(isWorkingDay(addWorkingDays(day, -3, region), region)).toBe(true);
      }
    }
  });
});

describe('re-exported London day helpers', () => {
  it('londonDay and endOfLondonDay agree across a clock change', () => {
    expect(londonDay(new Date('2025-03-30T00:30:00Z'))).toBe('2025-03-30');
    expect(endOfLondonDay('2025-03-30').toISOString()).toBe('2025-03-30T22:59:59.999Z');
    expect(endOfLondonDay('2025-10-26').toISOString()).toBe('2025-10-26T23:59:59.999Z');
  });
});

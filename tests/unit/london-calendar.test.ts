import { describe, it, expect } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  dayOfWeek,
  endOfLondonDay,
  formatCalendarDate,
  isWeekend,
  londonDay,
  parseLondonDay,
  startOfLondonDay,
} from '../../lib/rules/london-calendar';

describe('parseLondonDay / formatCalendarDate', () => {
  it('reads the parts with months counted from 1', () => {
    expect(parseLondonDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatCalendarDate({ year: 2024, month: 2, day: 9 })).toBe('2024-02-09');
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-4-01', '24-04-01', '2024-04-01 ', 'yesterday'])('rejects %j', (value) => {
    expect(() => parseLondonDay(value)).toThrow(RangeError);
  });
});

describe('calendar arithmetic ignores clock changes', () => {
  it('steps across the March and October changes one day at a time', () => {
    expect(addCalendarDays('2024-03-30', 1)).toBe('2024-03-31');
    expect(addCalendarDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addCalendarDays('2024-10-26', 1)).toBe('2024-10-27');
    expect(addCalendarDays('2024-10-26', 2)).toBe('2024-10-28');
    expect(addCalendarDays('2024-10-28', -2)).toBe('2024-10-26');
  });

  it('handles leap years and year ends', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addCalendarDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addCalendarDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addCalendarDays('2024-01-01', 0)).toBe('2024-01-01');
  });

  it('counts days between, signed', () => {
    expect(calendarDaysBetween('2024-03-25', '2024-04-01')).toBe(7);
    expect(calendarDaysBetween('2024-10-21', '2024-10-28')).toBe(7);
    expect(calendarDaysBetween('2024-04-01', '2024-03-25')).toBe(-7);
    expect(calendarDaysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(calendarDaysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('refuses fractional days', () => {
    expect(() => addCalendarDays('2024-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('addCalendarMonths', () => {
  it('keeps the day of month when it exists', () => {
    expect(addCalendarMonths('2024-03-15', 6)).toBe('2024-09-15');
    expect(addCalendarMonths('2024-11-15', 6)).toBe('2025-05-15');
    expect(addCalendarMonths('2024-09-15', -6)).toBe('2024-03-15');
  });

  it('clamps to the end of a shorter month', () => {
    expect(addCalendarMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addCalendarMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-03-31', 6)).toBe('2024-09-30');
    expect(addCalendarMonths('2024-01-31', -2)).toBe('2023-11-30');
  });
});

describe('day of week', () => {
  it('knows the weekdays of the worked examples', () => {
    expect(dayOfWeek('2024-01-02')).toBe(2); // Tuesday
    expect(dayOfWeek('2023-12-21')).toBe(4); // Thursday
    expect(dayOfWeek('2026-04-09')).toBe(4); // Thursday
    expect(dayOfWeek('2026-03-31')).toBe(2); // Tuesday
  });

  it('flags Saturday and Sunday only', () => {
    expect(isWeekend('2024-01-06')).toBe(true);
    expect(isWeekend('2024-01-07')).toBe(true);
    expect(isWeekend('2024-01-05')).toBe(false);
    expect(isWeekend('2024-01-08')).toBe(false);
  });
});

describe('London days and instants', () => {
  it('a BST day runs 23:00Z to 22:59:59.999Z', () => {
    expect(startOfLondonDay('2024-07-01').toISOString()).toBe('2024-06-30T23:00:00.000Z');
    expect(endOfLondonDay('2024-07-01').toISOString()).toBe('2024-07-01T22:59:59.999Z');
  });

  it('a GMT day runs 00:00Z to 23:59:59.999Z', () => {
    expect(startOfLondonDay('2024-01-15').toISOString()).toBe('2024-01-15T00:00:00.000Z');
    expect(endOfLondonDay('2024-01-15').toISOString()).toBe('2024-01-15T23:59:59.999Z');
  });

  it('the day the clocks go forward is 23 hours long', () => {
    const start = startOfLondonDay('2024-03-31');
    const end = endOfLondonDay('2024-03-31');
    expect(start.toISOString()).toBe('2024-03-31T00:00:00.000Z');
    expect(end.toISOString()).toBe('2024-03-31T22:59:59.999Z');
    expect(end.getTime() + 1 - start.getTime()).toBe(23 * 3_600_000);
  });

  it('the day the clocks go back is 25 hours long', () => {
    const start = startOfLondonDay('2024-10-27');
    const end = endOfLondonDay('2024-10-27');
    expect(start.toISOString()).toBe('2024-10-26T23:00:00.000Z');
    expect(end.toISOString()).toBe('2024-10-27T23:59:59.999Z');
    expect(end.getTime() + 1 - start.getTime()).toBe(25 * 3_600_000);
  });

  it('londonDay reads the wall calendar, not the UTC date', () => {
    expect(londonDay(new Date('2024-06-30T23:30:00Z'))).toBe('2024-07-01');
    expect(londonDay(new Date('2024-06-30T22:59:59.999Z'))).toBe('2024-06-30');
    expect(londonDay(new Date('2024-01-31T23:30:00Z'))).toBe('2024-01-31');
    expect(londonDay(new Date('2024-10-26T23:00:00Z'))).toBe('2024-10-27');
    expect(londonDay(new Date('2024-10-27T23:30:00Z'))).toBe('2024-10-27');
  });

  it('every day 2023–2026 ends exactly where the next begins', () => {
    let day = '2023-01-01';
    let checked = 0;
    while (day <= '2026-12-31') {
      const end = endOfLondonDay(day);
      const next = addCalendarDays(day, 1);
      expect(londonDay(end)).toBe(day);
      expect(londonDay(new Date(end.getTime() + 1))).toBe(next);
      expect(startOfLondonDay(next).getTime()).toBe(end.getTime() + 1);
      day = next;
      checked += 1;
    }
    expect(checked).toBe(365 * 3 + 366);
  });

  it('refuses an invalid instant', () => {
    expect(() => londonDay(new Date('not a date'))).toThrow(RangeError);
  });
});

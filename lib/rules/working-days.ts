import { isBankHoliday, type Region } from './bank-holidays';
import { addCalendarDays, assertInteger, isWeekend, parseLondonDay, type LondonDay } from './london-calendar';

export { addCalendarDays, calendarDaysBetween, endOfLondonDay, londonDay, startOfLondonDay, type LondonDay } from './london-calendar';

/** Monday to Friday, less the region's bank holidays (the terms of reference's "working days"). */
export function isWorkingDay(day: LondonDay, region: Region): boolean {
  return !isWeekend(day) && !isBankHoliday(day, region);
}

/**
 * Moves n working days forward (n > 0) or back (n < 0). The starting day is never
 * counted, so it may itself be a weekend or holiday. n = 0 returns the starting day
 * unchanged rather than snapping to a working day, so that "no notice" means "the day
 * itself" and never an earlier day.
 */
export function addWorkingDays(day: LondonDay, n: number, region: Region): LondonDay {
  assertInteger(n, 'n');
  parseLondonDay(day);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = day;
  while (remaining > 0) {
    current = addCalendarDays(current, step);
    if (isWorkingDay(current, region)) remaining -= 1;
  }
  return current;
}

/**
 * The N-th working day before `day`, the day itself not counted (DOMAIN.md): for a
 * Tuesday meeting the 1st is Monday and the 2nd the Friday before, bank holidays skipped.
 */
export function nthWorkingDayBefore(day: LondonDay, n: number, region: Region): LondonDay {
  assertInteger(n, 'n');
  if (n < 0) {
    throw new RangeError(`nthWorkingDayBefore counts backwards; n must not be negative, got ${n}`);
  }
  return addWorkingDays(day, -n, region);
}

import { TZDate } from '@date-fns/tz';

/**
 * A calendar day as people in England read it off a wall calendar, written YYYY-MM-DD.
 * Deadlines in the terms of reference are stated in days, not instants, so rules count
 * days first and only turn the answer into an instant at the very end.
 */
export type LondonDay = string;

export const LONDON_TIME_ZONE = 'Europe/London';

export interface CalendarDate {
  year: number;
  /** 1 = January, unlike Date#getMonth, because that is how people write dates. */
  month: number;
  day: number;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

// Day arithmetic runs on UTC midnights because UTC has no clock changes: every day is
// exactly 24 hours long there, so "add 7 days" can never land on the wrong date the way
// it can across a BST change. UTC here is a calendar, never a time zone for an instant.
function toEpochDay({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromEpochDay(epochDay: number): LondonDay {
  const date = new Date(epochDay * MS_PER_DAY);
  return formatCalendarDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatCalendarDate({ year, month, day }: CalendarDate): LondonDay {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Rejects impossible days such as 2023-02-29 rather than letting Date roll them over. */
export function parseLondonDay(value: LondonDay): CalendarDate {
  const match = DAY_PATTERN.exec(value);
  if (match === null) {
    throw new RangeError(`Expected a calendar day as YYYY-MM-DD, got "${value}"`);
  }
  const parsed: CalendarDate = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
  };
  const roundTrip = new Date(toEpochDay(parsed) * MS_PER_DAY);
  if (roundTrip.getUTCFullYear() !== parsed.year || roundTrip.getUTCMonth() + 1 !== parsed.month || roundTrip.getUTCDate() !== parsed.day) {
    throw new RangeError(`"${value}" is not a day on the calendar`);
  }
  return parsed;
}

export function assertInteger(value: number, name: string): void {
  if (!Number.isInteger(value)) {
    throw new RangeError(`${name} must be a whole number, got ${value}`);
  }
}

// An Invalid Date compares false against everything, which would silently make a late
// paper look on time; fail loudly instead.
export function assertValidInstant(instant: Date, name: string): void {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`${name} is not a valid date`);
  }
}

export function addCalendarDays(day: LondonDay, days: number): LondonDay {
  assertInteger(days, 'days');
  return fromEpochDay(toEpochDay(parseLondonDay(day)) + days);
}

/** Positive when `to` is later than `from`. */
export function calendarDaysBetween(from: LondonDay, to: LondonDay): number {
  return toEpochDay(parseLondonDay(to)) - toEpochDay(parseLondonDay(from));
}

/**
 * Clamps to the last day of a shorter month (31 August + 6 months is 28 or 29 February),
 * because a review "every six months" should never slip into the month after.
 */
export function addCalendarMonths(day: LondonDay, months: number): LondonDay {
  assertInteger(months, 'months');
  const { year, month, day: dayOfMonth } = parseLondonDay(day);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const lastDayOfTarget = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return formatCalendarDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(dayOfMonth, lastDayOfTarget),
  });
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function dayOfWeek(day: LondonDay): number {
  return new Date(toEpochDay(parseLondonDay(day)) * MS_PER_DAY).getUTCDay();
}

export function isWeekend(day: LondonDay): boolean {
  const weekday = dayOfWeek(day);
  return weekday === 0 || weekday === 6;
}

/**
 * The day an instant falls on in England. A meeting stored as 23:30Z in summer is
 * already the next morning in London, and that next day is the one notice counts from.
 */
export function londonDay(instant: Date): LondonDay {
  assertValidInstant(instant, 'instant');
  const local = new TZDate(instant.getTime(), LONDON_TIME_ZONE);
  return formatCalendarDate({
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
  });
}

// Returned as a plain Date so callers never carry a TZDate (whose getters silently use
// London) into code that expects the system zone.
function londonWallClock(day: LondonDay, hours: number, minutes: number, seconds: number, ms: number): Date {
  const { year, month, day: dayOfMonth } = parseLondonDay(day);
  const local = new TZDate(year, month - 1, dayOfMonth, hours, minutes, seconds, ms, LONDON_TIME_ZONE);
  return new Date(local.getTime());
}

/** 00:00 London time; on a clock-change Sunday the day is 23 or 25 hours long. */
export function startOfLondonDay(day: LondonDay): Date {
  return londonWallClock(day, 0, 0, 0, 0);
}

/**
 * 23:59:59.999 London time: 22:59:59.999Z in BST, 23:59:59.999Z in GMT. UK clocks
 * change at 01:00 UTC, so the last millisecond of a day always exists exactly once.
 */
export function endOfLondonDay(day: LondonDay): Date {
  return londonWallClock(day, 23, 59, 59, 999);
}

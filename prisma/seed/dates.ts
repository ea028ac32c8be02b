// Calendar helpers for the demo seed. Days are London calendar days written YYYY-MM-DD
// (the rules' LondonDay); instants are plain Dates. Meeting times are London wall-clock
// times, so a 10:00 meeting is 09:00Z in summer and 10:00Z in winter.
import { TZDate } from '@date-fns/tz';
import { paperDeadline, apologyDeadline } from '../../lib/rules/deadlines';
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  dayOfWeek,
  formatCalendarDate,
  londonDay,
  parseLondonDay,
  type LondonDay,
} from '../../lib/rules/london-calendar';
import { isWorkingDay } from '../../lib/rules/working-days';

export { addCalendarDays, addCalendarMonths, calendarDaysBetween, londonDay, type LondonDay };

export const REGION = 'england-and-wales' as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A @db.Date column value: the calendar day at UTC midnight. */
export function dbDate(day: LondonDay): Date {
  const { year, month, day: d } = parseLondonDay(day);
  return new Date(Date.UTC(year, month - 1, d));
}

/** The instant of a London wall-clock time on a day, right across BST and GMT. */
export function at(day: LondonDay, hours: number, minutes = 0): Date {
  const { year, month, day: d } = parseLondonDay(day);
  return new Date(new TZDate(year, month - 1, d, hours, minutes, 0, 0, 'Europe/London').getTime());
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * HOUR);
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY);
}

export function earliest(...instants: Date[]): Date {
  return new Date(Math.min(...instants.map((d) => d.getTime())));
}

export function latest(...instants: Date[]): Date {
  return new Date(Math.max(...instants.map((d) => d.getTime())));
}

/** A point a fraction of the way from a to b. */
export function between(a: Date, b: Date, fraction: number): Date {
  return new Date(a.getTime() + (b.getTime() - a.getTime()) * fraction);
}

/** Never later than a minute before now: seeded history must not lie in the future. */
export function notAfter(instant: Date, now: Date): Date {
  return earliest(instant, new Date(now.getTime() - 60_000));
}

/** "3 November 2026" */
export function longDate(day: LondonDay): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dbDate(day));
}

/** "2026-11" */
export function monthKey(day: LondonDay): string {
  return day.slice(0, 7);
}

/**
 * The n-th given weekday (0 = Sunday) of a month; if that day is a bank holiday (a first
 * Tuesday can be New Year's Day) the meeting moves a week on.
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): LondonDay {
  const first = formatCalendarDate({ year, month, day: 1 });
  const offset = (weekday - dayOfWeek(first) + 7) % 7;
  let day = addCalendarDays(first, offset + 7 * (n - 1));
  while (!isWorkingDay(day, REGION)) day = addCalendarDays(day, 7);
  return day;
}

export type Slot = { day: LondonDay; startsAt: Date; endsAt: Date };

/**
 * A monthly series (n-th weekday of each month) around now: `past` meetings that have
 * started and `future` that have not, oldest first. The month before the first past
 * meeting is returned too, for "minutes of the previous meeting".
 */
export function monthlySlots(
  now: Date,
  rule: { weekday: number; nth: number; start: [number, number]; end: [number, number] },
  past: number,
  future: number,
): { before: Slot; past: Slot[]; future: Slot[] } {
  const today = parseLondonDay(londonDay(now));
  const slots: Slot[] = [];
  for (let k = -(past + 3); k <= future + 1; k++) {
    const monthIndex = today.year * 12 + (today.month - 1) + k;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    const day = nthWeekdayOfMonth(year, month, rule.weekday, rule.nth);
    slots.push({ day, startsAt: at(day, ...rule.start), endsAt: at(day, ...rule.end) });
  }
  const firstFuture = slots.findIndex((s) => s.startsAt.getTime() > now.getTime());
  const pastSlots = slots.slice(firstFuture - past, firstFuture);
  const futureSlots = slots.slice(firstFuture, firstFuture + future);
  const before = slots[firstFuture - past - 1];
  if (!before || pastSlots.length !== past || futureSlots.length !== future) throw new Error('monthlySlots: bad window');
  return { before, past: pastSlots, future: futureSlots };
}

/** A slot on the n-th weekday of the month `monthsFromNow` months from today's month. */
export function slotInMonth(now: Date, monthsFromNow: number, rule: { weekday: number; nth: number; start: [number, number]; end: [number, number] }): Slot {
  const today = parseLondonDay(londonDay(now));
  const monthIndex = today.year * 12 + (today.month - 1) + monthsFromNow;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const day = nthWeekdayOfMonth(year, month, rule.weekday, rule.nth);
  return { day, startsAt: at(day, ...rule.start), endsAt: at(day, ...rule.end) };
}

/** The Monday on or before a day. */
export function mondayOnOrBefore(day: LondonDay): LondonDay {
  return addCalendarDays(day, -((dayOfWeek(day) + 6) % 7));
}

export function papersDueBy(startsAt: Date, workingDays = 5): Date {
  return paperDeadline(startsAt, workingDays, REGION);
}

export function apologiesDueBy(startsAt: Date, workingDays = 2): Date {
  return apologyDeadline(startsAt, workingDays, REGION);
}

import { TZDate } from '@date-fns/tz';
import type { Region } from './bank-holidays';
import {
  addCalendarDays,
  assertInteger,
  calendarDaysBetween,
  dayOfWeek,
  formatCalendarDate,
  LONDON_TIME_ZONE,
  londonDay,
  parseLondonDay,
  type LondonDay,
} from './london-calendar';
import { isWorkingDay } from './working-days';

/**
 * Recurring meetings ("monthly, first Tuesday, 10:00 to 12:00"), kept as the small part
 * of iCalendar's RRULE (RFC 5545) that boards use, so the pattern stored in
 * MeetingSeries.rrule is readable by any calendar tool. Times are London wall-clock
 * times: a 10:00 meeting is 09:00Z in summer and 10:00Z in winter.
 */

/** Boards meet on working days, so a series is Monday to Friday only. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Which week of the month: first to fourth, or the last (-1). */
export const ORDINALS = [1, 2, 3, 4, -1] as const;
export type Ordinal = (typeof ORDINALS)[number];

/** A day of the month every month has, so that no month is silently skipped. */
export const MAX_MONTH_DAY = 28;

/**
 * `byMonth` (RRULE BYMONTH) keeps a monthly pattern to chosen months of the year, for a
 * board meeting "three times a year" (March, July, November); with it the interval is 1.
 */
export type SeriesPattern =
  | { freq: 'WEEKLY'; interval: number; weekday: Weekday }
  | { freq: 'MONTHLY'; interval: number; weekday: Weekday; ordinal: Ordinal; byMonth?: number[] }
  | { freq: 'MONTHLY'; interval: number; monthDay: number; byMonth?: number[] };

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "10:00": a London wall-clock time on the 24-hour clock. */
export type ClockTime = string;

const WEEKDAY_NUMBER: Record<Weekday, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5 };
const WEEKDAY_NAME: Record<Weekday, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday' };
const ORDINAL_NAME: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };
const MAX_INTERVAL = 12;

function assertPattern(p: SeriesPattern): void {
  assertInteger(p.interval, 'interval');
  if (p.interval < 1 || p.interval > MAX_INTERVAL) throw new RangeError(`interval must be 1 to ${MAX_INTERVAL}, got ${p.interval}`);
  if ('weekday' in p && !WEEKDAYS.includes(p.weekday)) throw new RangeError(`Unsupported weekday ${String(p.weekday)}`);
  if ('ordinal' in p && !ORDINALS.includes(p.ordinal)) throw new RangeError(`Unsupported week of the month ${String(p.ordinal)}`);
  if ('monthDay' in p) {
    assertInteger(p.monthDay, 'monthDay');
    if (p.monthDay < 1 || p.monthDay > MAX_MONTH_DAY) throw new RangeError(`Day of the month must be 1 to ${MAX_MONTH_DAY}, got ${p.monthDay}`);
  }
  if ('byMonth' in p && p.byMonth !== undefined) {
    const months = p.byMonth;
    if (months.length === 0 || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12))
      throw new RangeError(`Months must be 1 to 12, got ${months.join(',')}`);
    if (months.some((m, i) => i > 0 && m <= months[i - 1]!)) throw new RangeError('Months must be in order, each once');
    if (p.interval !== 1) throw new RangeError('Chosen months repeat every year: the interval must be 1');
  }
}

const chosenMonths = (p: SeriesPattern): number[] | undefined => ('byMonth' in p ? p.byMonth : undefined);

/** The RRULE for a pattern, e.g. "FREQ=MONTHLY;BYDAY=1TU" or "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE". */
export function formatRrule(p: SeriesPattern): string {
  assertPattern(p);
  const parts = [`FREQ=${p.freq}`];
  if (p.interval !== 1) parts.push(`INTERVAL=${p.interval}`);
  const months = chosenMonths(p);
  if (months) parts.push(`BYMONTH=${months.join(',')}`);
  if ('monthDay' in p) parts.push(`BYMONTHDAY=${p.monthDay}`);
  else if ('ordinal' in p) parts.push(`BYDAY=${p.ordinal}${p.weekday}`);
  else parts.push(`BYDAY=${p.weekday}`);
  return parts.join(';');
}

const isWeekday = (v: string): v is Weekday => (WEEKDAYS as readonly string[]).includes(v);

/**
 * Reads back an RRULE this module wrote (and the demo seed's). Anything else is refused
 * rather than half-understood: a misread pattern would put meetings on the wrong days.
 */
export function parseRrule(rrule: string): SeriesPattern {
  const fields = new Map<string, string>();
  for (const part of rrule
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length || fields.has(key.toUpperCase())) throw new RangeError(`Unsupported RRULE "${rrule}"`);
    fields.set(key.toUpperCase(), value.toUpperCase());
  }
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH']);
  if ([...fields.keys()].some((k) => !known.has(k))) throw new RangeError(`Unsupported RRULE "${rrule}"`);
  const freq = fields.get('FREQ');
  const intervalText = fields.get('INTERVAL') ?? '1';
  if (!/^\d{1,2}$/.test(intervalText)) throw new RangeError(`Unsupported INTERVAL in "${rrule}"`);
  const interval = Number(intervalText);
  const byDay = fields.get('BYDAY');
  const byMonthDay = fields.get('BYMONTHDAY');
  let pattern: SeriesPattern;
  if (freq === 'WEEKLY' && byDay && !byMonthDay && isWeekday(byDay)) {
    pattern = { freq, interval, weekday: byDay };
  } else if (freq === 'MONTHLY' && byDay && !byMonthDay) {
    const match = /^(-1|[1-4])([A-Z]{2})$/.exec(byDay);
    const weekday = match?.[2];
    if (!match || !weekday || !isWeekday(weekday)) throw new RangeError(`Unsupported BYDAY in "${rrule}"`);
    pattern = { freq, interval, weekday, ordinal: Number(match[1]) as Ordinal };
  } else if (freq === 'MONTHLY' && byMonthDay && !byDay && /^\d{1,2}$/.test(byMonthDay)) {
    pattern = { freq, interval, monthDay: Number(byMonthDay) };
  } else {
    throw new RangeError(`Unsupported RRULE "${rrule}"`);
  }
  const byMonth = fields.get('BYMONTH');
  if (byMonth !== undefined) {
    if (pattern.freq !== 'MONTHLY' || !/^\d{1,2}(,\d{1,2})*$/.test(byMonth)) throw new RangeError(`Unsupported BYMONTH in "${rrule}"`);
    pattern = { ...pattern, byMonth: byMonth.split(',').map(Number) };
  }
  assertPattern(pattern);
  return pattern;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

const listInWords = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** "Monthly on the first Tuesday", "Every 2 weeks on Wednesday", "In March, July and November on the 15th". */
export function describePattern(p: SeriesPattern): string {
  assertPattern(p);
  if (p.freq === 'WEEKLY') {
    const weekday = WEEKDAY_NAME[p.weekday];
    return p.interval === 1 ? `Weekly on ${weekday}` : `Every ${p.interval} weeks on ${weekday}`;
  }
  const months = chosenMonths(p);
  const every = months ? `In ${listInWords(months.map((m) => MONTH_NAMES[m - 1]!))}` : p.interval === 1 ? 'Monthly' : `Every ${p.interval} months`;
  if ('monthDay' in p) return `${every} on the ${ordinalSuffix(p.monthDay)}`;
  return `${every} on the ${ORDINAL_NAME[String(p.ordinal)]} ${WEEKDAY_NAME[p.weekday]}`;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseClockTime(time: ClockTime): { hours: number; minutes: number } {
  const match = CLOCK.exec(time);
  if (!match) throw new RangeError(`Expected a time as HH:MM on the 24-hour clock, got "${time}"`);
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

const londonClock = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * The instant of a London wall-clock time on a London day, right across BST and GMT.
 * When the clocks go forward (01:00 to 02:00 on the last Sunday of March) the skipped
 * times do not exist and are refused; when they go back, 01:00 to 01:59 happen twice and
 * the first (BST) is meant, as a person reading a calendar would assume.
 */
export function londonInstant(day: LondonDay, time: ClockTime): Date {
  const { year, month, day: dayOfMonth } = parseLondonDay(day);
  const { hours, minutes } = parseClockTime(time);
  const instant = new Date(new TZDate(year, month - 1, dayOfMonth, hours, minutes, 0, 0, LONDON_TIME_ZONE).getTime());
  if (londonDay(instant) !== day || londonClock.format(instant) !== time) {
    throw new RangeError(`${time} does not exist in London on ${day}: the clocks go forward then`);
  }
  const hourEarlier = new Date(instant.getTime() - 3_600_000);
  return londonDay(hourEarlier) === day && londonClock.format(hourEarlier) === time ? hourEarlier : instant;
}

/** A meeting's start and end on its day; the end must come after the start. */
export function meetingTimes(day: LondonDay, startTime: ClockTime, endTime: ClockTime): { startsAt: Date; endsAt: Date } {
  const startsAt = londonInstant(day, startTime);
  const endsAt = londonInstant(day, endTime);
  if (endsAt.getTime() <= startsAt.getTime()) throw new RangeError(`The end (${endTime}) must be after the start (${startTime})`);
  return { startsAt, endsAt };
}

export type Occurrence = {
  day: LondonDay;
  startsAt: Date;
  endsAt: Date;
  /** the day the pattern gave, when that was not a working day and the meeting moved */
  movedFrom?: LondonDay;
};

export type SeriesWindow = {
  pattern: SeriesPattern;
  /** the first day a meeting may fall on */
  startsOn: LondonDay;
  /** the last day a pattern date may fall on (a moved meeting may land just after it) */
  untilOn: LondonDay;
  startTime: ClockTime;
  endTime: ClockTime;
  region: Region;
};

function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, ordinal: Ordinal): LondonDay {
  const target = WEEKDAY_NUMBER[weekday];
  if (ordinal === -1) {
    const last = formatCalendarDate({ year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() });
    return addCalendarDays(last, -((dayOfWeek(last) - target + 7) % 7));
  }
  const first = formatCalendarDate({ year, month, day: 1 });
  return addCalendarDays(first, ((target - dayOfWeek(first) + 7) % 7) + 7 * (ordinal - 1));
}

/** The days the pattern itself gives within the window, before any move for holidays. */
function patternDays(pattern: SeriesPattern, startsOn: LondonDay, untilOn: LondonDay): LondonDay[] {
  const days: LondonDay[] = [];
  if (pattern.freq === 'WEEKLY') {
    const offset = (WEEKDAY_NUMBER[pattern.weekday] - dayOfWeek(startsOn) + 7) % 7;
    for (let day = addCalendarDays(startsOn, offset); calendarDaysBetween(day, untilOn) >= 0; day = addCalendarDays(day, 7 * pattern.interval)) days.push(day);
    return days;
  }
  // Monthly: the start's month is the first of the series (RFC 5545 counts from DTSTART).
  const { year, month } = parseLondonDay(startsOn);
  for (let k = 0; ; k += pattern.interval) {
    const index = year * 12 + (month - 1) + k;
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    if (calendarDaysBetween(formatCalendarDate({ year: y, month: m, day: 1 }), untilOn) < 0) break;
    if (pattern.byMonth && !pattern.byMonth.includes(m)) continue;
    const day =
      'monthDay' in pattern ? formatCalendarDate({ year: y, month: m, day: pattern.monthDay }) : nthWeekdayOfMonth(y, m, pattern.weekday, pattern.ordinal);
    if (calendarDaysBetween(startsOn, day) >= 0 && calendarDaysBetween(day, untilOn) >= 0) days.push(day);
  }
  return days;
}

/**
 * The meetings a series gives between two days. A pattern day that is not a working day
 * (a first Tuesday can be New Year's Day; the 15th can be a Saturday) is handled as a
 * board would: a weekday-of-the-month meeting moves on a week, keeping its weekday (as
 * the demo board does); a day-of-the-month meeting moves to the next working day; a
 * weekly meeting is dropped, since the next week's meeting follows anyway.
 */
export function seriesOccurrences(w: SeriesWindow): { occurrences: Occurrence[]; skipped: LondonDay[] } {
  assertPattern(w.pattern);
  parseClockTime(w.startTime);
  parseClockTime(w.endTime);
  if (calendarDaysBetween(w.startsOn, w.untilOn) < 0) throw new RangeError('The series must end on or after the day it starts');
  const occurrences: Occurrence[] = [];
  const skipped: LondonDay[] = [];
  for (const patternDay of patternDays(w.pattern, w.startsOn, w.untilOn)) {
    let day = patternDay;
    if (!isWorkingDay(day, w.region)) {
      if (w.pattern.freq === 'WEEKLY') {
        skipped.push(patternDay);
        continue;
      }
      const step = 'monthDay' in w.pattern ? 1 : 7;
      while (!isWorkingDay(day, w.region)) day = addCalendarDays(day, step);
    }
    occurrences.push({ day, ...meetingTimes(day, w.startTime, w.endTime), ...(day !== patternDay ? { movedFrom: patternDay } : {}) });
  }
  return { occurrences, skipped };
}

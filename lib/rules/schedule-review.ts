import { addCalendarMonths, assertInteger, calendarDaysBetween, parseLondonDay, type LondonDay } from './london-calendar';

export type ScheduleReview = {
  /** the day the review falls due, or null when there is no schedule to review */
  dueOn: LondonDay | null;
  /** what the due day counts from */
  since: { kind: 'series-start' | 'reviewed'; on: LondonDay } | null;
  due: boolean;
};

/**
 * The meeting schedule is reviewed after N months (default 6, source 001): N months after
 * the last review, or after the current schedule started, whichever is later, because a
 * new series is itself a fresh decision about when the board meets. With neither there
 * is nothing to review yet.
 */
export function scheduleReview(opts: { seriesStarts: LondonDay[]; reviewedOn: LondonDay | null; months: number; today: LondonDay }): ScheduleReview {
  assertInteger(opts.months, 'months');
  if (opts.months < 1) throw new RangeError(`A review interval must be at least one month, got ${opts.months}`);
  parseLondonDay(opts.today);
  const latestStart = opts.seriesStarts.reduce<LondonDay | null>((latest, d) => (latest === null || calendarDaysBetween(latest, d) > 0 ? d : latest), null);
  let since: ScheduleReview['since'] = null;
  if (opts.reviewedOn !== null) since = { kind: 'reviewed', on: opts.reviewedOn };
  if (latestStart !== null && (since === null || calendarDaysBetween(since.on, latestStart) > 0)) since = { kind: 'series-start', on: latestStart };
  if (since === null) return { dueOn: null, since: null, due: false };
  const dueOn = addCalendarMonths(since.on, opts.months);
  return { dueOn, since, due: calendarDaysBetween(dueOn, opts.today) >= 0 };
}

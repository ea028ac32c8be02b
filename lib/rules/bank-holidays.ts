import Holidays from 'date-holidays';
import { isWeekend, parseLondonDay, type LondonDay } from './london-calendar';

/**
 * Bank holidays differ across the UK (Scotland has 2 January and St Andrew's Day and no
 * Easter Monday; Northern Ireland has St Patrick's Day and 12 July), so each council
 * says which list it works to. Wales keeps the England list.
 */
export type Region = 'england-and-wales' | 'scotland' | 'northern-ireland';

export const REGIONS: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

export interface BankHoliday {
  date: LondonDay;
  name: string;
  /** True when the day stands in for a holiday that fell at a weekend. */
  substitute: boolean;
}

const SUBDIVISION: Record<Region, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

// Building a Holidays instance parses the whole country rule set, and deadline
// arithmetic asks about the same few years thousands of times, so both are cached.
// The year comes from what people type (a due date in 2090), so the per-year cache is
// bounded: past HOLIDAY_YEARS_CACHED entries the least recently used year is dropped.
const calendars = new Map<Region, Holidays>();
const holidaysByRegionYear = new Map<string, ReadonlyMap<LondonDay, BankHoliday>>();
export const HOLIDAY_YEARS_CACHED = 120;

/** For tests and the soak report: how many region-years are held. */
export const cachedHolidayYears = () => holidaysByRegionYear.size;

function calendarFor(region: Region): Holidays {
  let calendar = calendars.get(region);
  if (calendar === undefined) {
    calendar = new Holidays('GB', SUBDIVISION[region]);
    calendars.set(region, calendar);
  }
  return calendar;
}

function holidaysIn(year: number, region: Region): ReadonlyMap<LondonDay, BankHoliday> {
  const key = `${region}:${year}`;
  const cached = holidaysByRegionYear.get(key);
  if (cached !== undefined) {
    // most recently used last (a Map keeps insertion order)
    holidaysByRegionYear.delete(key);
    holidaysByRegionYear.set(key, cached);
    return cached;
  }

  const byDay = new Map<LondonDay, BankHoliday>();
  for (const holiday of calendarFor(region).getHolidays(year)) {
    // 'observance' entries (Mother's Day, Easter Sunday) are not days off. Substitute
    // days arrive as 'public' with substitute: true, so they are kept by this filter.
    if (holiday.type !== 'public') continue;
    // The library's `date` is wall-clock time in the country's own zone, so its first
    // ten characters are the London day whatever zone this process runs in.
    const date = holiday.date.slice(0, 10);
    // A holiday that falls at a weekend is moved to a substitute weekday, which the
    // library lists separately; the weekend date itself is not a bank holiday on the
    // gov.uk list (Christmas 2022 fell on a Sunday: the bank holidays were 26 and 27 Dec).
    if (isWeekend(date)) continue;
    const existing = byDay.get(date);
    byDay.set(date, {
      date,
      name: existing === undefined ? holiday.name : `${existing.name} / ${holiday.name}`,
      substitute: (existing?.substitute ?? true) && holiday.substitute === true,
    });
  }
  holidaysByRegionYear.set(key, byDay);
  if (holidaysByRegionYear.size > HOLIDAY_YEARS_CACHED) holidaysByRegionYear.delete(holidaysByRegionYear.keys().next().value!);
  return byDay;
}

export function isBankHoliday(isoDate: LondonDay, region: Region): boolean {
  const { year } = parseLondonDay(isoDate);
  return holidaysIn(year, region).has(isoDate);
}

export function bankHolidayOn(isoDate: LondonDay, region: Region): BankHoliday | undefined {
  const { year } = parseLondonDay(isoDate);
  return holidaysIn(year, region).get(isoDate);
}

/** Both ends included, earliest first. */
export function bankHolidaysBetween(from: LondonDay, to: LondonDay, region: Region): BankHoliday[] {
  const start = parseLondonDay(from);
  const end = parseLondonDay(to);
  // A reversed range is a caller's mistake, not "no holidays".
  if (from > to) {
    throw new RangeError(`bankHolidaysBetween: ${from} is after ${to}`);
  }
  const found: BankHoliday[] = [];
  for (let year = start.year; year <= end.year; year++) {
    for (const holiday of holidaysIn(year, region).values()) {
      // YYYY-MM-DD strings sort in date order, so plain comparison is enough.
      if (holiday.date >= from && holiday.date <= to) found.push(holiday);
    }
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

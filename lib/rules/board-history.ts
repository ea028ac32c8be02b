import { parseLondonDay, type LondonDay } from './london-calendar';

/**
 * A board's past, recorded when it moves into Tabled (issue 17.1): meetings held before
 * it came here are kept as a historical record. They were never run in Tabled, so they
 * are always in the past, never earlier than the first year the app keeps, and they
 * send no mail and have no deadlines.
 */
export const EARLIEST_HISTORY_YEAR = 2000;

/** Null when a historical meeting may be recorded on `day`, else why not. */
export function historicalDateRefusal(day: LondonDay, today: LondonDay): string | null {
  parseLondonDay(day);
  parseLondonDay(today);
  if (day >= today) return 'A historical meeting must have been held before today: schedule a meeting that is still to come instead';
  if (Number(day.slice(0, 4)) < EARLIEST_HISTORY_YEAR) return `A historical meeting must have been held in ${EARLIEST_HISTORY_YEAR} or later`;
  return null;
}

/** Names typed one a line (or separated by semicolons), blanks and repeats left out, as the record keeps them. */
export function nameList(text: string | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of (text ?? '').split(/[;\n]/)) {
    const name = part.trim().replace(/\s+/g, ' ');
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

export type HistoricalAttendance = { present: string[]; apologies: string[]; absent: string[] };

/** A name may be listed once: present, sent apologies or absent. Null when the lists agree, else the name listed twice. */
export function attendanceClash(a: HistoricalAttendance): string | null {
  const seen = new Map<string, string>();
  for (const [list, names] of Object.entries(a)) {
    for (const name of names) {
      const k = name.toLowerCase();
      if (seen.has(k) && seen.get(k) !== list) return name;
      seen.set(k, list);
    }
  }
  return null;
}

/** The words every page, PDF and export shows beside a historical meeting or what was recorded at one. */
export const HISTORICAL_LABEL = 'Historical record';
export const HISTORICAL_MINUTES_NOTE = 'Historical record: minutes approved outside Tabled';

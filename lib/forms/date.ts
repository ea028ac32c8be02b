import { formatCalendarDate, parseLondonDay, type LondonDay } from '../rules/london-calendar';

import { splitTyped, type DayParts } from './day-text';

export type { DayParts };

export type DayReading = { ok: true; day: LondonDay | null } | { ok: false; message: string };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

const list = (parts: string[]) => (parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`);

/**
 * The one reading of a calendar day from a form, with GOV.UK's messages. It takes the three
 * boxes of a date input, or a day typed in one box (27/3/2026 or 2026-03-27, as tests,
 * imports and older forms send). `what` names the date in messages: "the due date" gives
 * "Enter the due date", "The due date must include a month", "The due date must be a real
 * date". Empty is an answer only when the date is optional.
 */
export function parseDateInput(input: DayParts | string | null | undefined, what: string, { required }: { required: boolean }): DayReading {
  const What = capitalise(what);
  let parts: DayParts;
  if (input === null || input === undefined) parts = { day: '', month: '', year: '' };
  else if (typeof input === 'string') {
    const text = input.trim();
    if (!text) parts = { day: '', month: '', year: '' };
    else {
      const split = splitTyped(text);
      if (!split) return { ok: false, message: `${What} must be a real date` };
      parts = split;
    }
  } else parts = { day: String(input.day ?? '').trim(), month: String(input.month ?? '').trim(), year: String(input.year ?? '').trim() };

  const missing = (['day', 'month', 'year'] as const).filter((k) => !parts[k]);
  if (missing.length === 3) return required ? { ok: false, message: `Enter ${what}` } : { ok: true, day: null };
  if (missing.length > 0) return { ok: false, message: `${What} must include a ${list([...missing])}` };
  if (![parts.day, parts.month, parts.year].every((p) => /^\d+$/.test(p))) return { ok: false, message: `${What} must be a real date` };
  if (parts.year.length !== 4) return { ok: false, message: `The year of ${what} must include 4 numbers` };
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, message: `${What} must be a real date between ${FIRST_YEAR} and ${LAST_YEAR}` };
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, message: `${What} must be a real date` };
  try {
    return { ok: true, day: formatCalendarDate(parseLondonDay(formatCalendarDate({ year, month, day }))) };
  } catch {
    return { ok: false, message: `${What} must be a real date` };
  }
}

const isParts = (v: unknown): v is DayParts => typeof v === 'object' && v !== null && 'day' in v && 'month' in v && 'year' in v;

/** A value posted for a date field, the boxes or one typed string, ready for parseDateInput. */
export function asDayInput(v: unknown): DayParts | string {
  if (isParts(v)) return v;
  if (typeof v === 'string') return v;
  return '';
}

/**
 * Puts each date input's three boxes together under the field's own name, so a schema
 * reads `dueOn` whether the form had three boxes or one. The boxes stay too, so a refused
 * post shows them again as typed.
 */
export function collectDateParts(values: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(values)) {
    const match = /^(.+)-day$/.exec(key);
    if (!match) continue;
    const name = match[1]!;
    if (!(`${name}-month` in values) || !(`${name}-year` in values) || name in values) continue;
    values[name] = { day: String(values[key] ?? ''), month: String(values[`${name}-month`] ?? ''), year: String(values[`${name}-year`] ?? '') };
  }
  return values;
}

/** A calendar day as a date input's starting value. */
export const dayInputValue = (day: LondonDay | null | undefined) => day ?? '';

// How a day is written, read without the calendar: this module is also drawn in the
// browser (the date input's boxes), so it imports nothing.

/** The three boxes of a GOV.UK date input, as posted: `<name>-day`, `<name>-month`, `<name>-year`. */
export type DayParts = { day: string; month: string; year: string };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** A day typed in one box (27/3/2026, 2026-03-27, Friday 27th March 2026) as its three parts, unchecked. */
export function splitTyped(typed: string): DayParts | null {
  const text = typed.toLowerCase().replace(/(\d)(st|nd|rd|th)\b/, '$1');
  const named = /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]+)\s+(\d{1,4})$/.exec(text);
  if (named && MONTHS[named[2]!]) return { day: named[1]!, month: String(MONTHS[named[2]!]), year: named[3]! };
  const iso = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return { year: iso[1]!, month: iso[2]!, day: iso[3]! };
  const uk = /^(\d{1,2})[/. -](\d{1,2})[/. -](\d{1,4})$/.exec(text);
  if (uk) return { day: uk[1]!, month: uk[2]!, year: uk[3]! };
  return null;
}

/** The boxes a date input shows for a default given as 2026-12-02, as typed (2/12/2026) or as shown (2 Dec 2026); empty boxes for anything else. */
export function dayBoxes(value: string | null | undefined): DayParts {
  const parts = splitTyped((value ?? '').trim());
  if (!parts) return { day: '', month: '', year: '' };
  const number = (p: string) => String(Number(p));
  return { day: number(parts.day), month: number(parts.month), year: parts.year };
}

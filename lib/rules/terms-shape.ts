/**
 * The shape of a board's terms of reference: the sections it uses, in its order, each
 * read as paragraphs or as a numbered list (Plymouth's fifteen responsibilities, 001),
 * and where a past version recorded from paper sits in the history.
 */

export type SectionFormat = 'PARAGRAPHS' | 'NUMBERED_LIST';
export type VersionNumber = { major: number; minor: number };

// what people type before an item: "1.", "12)", "II.", "I." (001 mixes digits and numerals), "-", "•"
const TYPED_MARKER = /^\s*(?:(?:\d{1,3}|[ivxlc]{1,6})[.)]|[-•*])(?:\s+|$)/i;

/** The items of a numbered list, one a line, without the numbers people typed: the list numbers itself. */
export function listItems(body: string): string[] {
  return body
    .split('\n')
    .map((line) => line.replace(TYPED_MARKER, '').trim())
    .filter((line) => line !== '');
}

/** A section's text exactly as printed: paragraphs as typed, a list as "1. …" one a line. */
export function printedBody(section: { body: string; format?: SectionFormat }): string {
  if (section.format !== 'NUMBERED_LIST') return section.body;
  return listItems(section.body)
    .map((item, i) => `${i + 1}. ${item}`)
    .join('\n');
}

/** Positions after a section moves one place up or down; null when it is already at that end. */
export function moveSection<T extends { id: string; position: number }>(sections: readonly T[], id: string, direction: 'up' | 'down'): T[] | null {
  const ordered = [...sections].sort((a, b) => a.position - b.position);
  const at = ordered.findIndex((s) => s.id === id);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= ordered.length) return null;
  const moved = ordered.slice();
  moved.splice(to, 0, ...moved.splice(at, 1));
  return moved.map((s, i) => ({ ...s, position: i + 1 }));
}

/** Positions 1, 2, 3, … in the current order, once a section has gone. */
export function closeGaps<T extends { position: number }>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.position - b.position).map((s, i) => ({ ...s, position: i + 1 }));
}

/**
 * Why a past version cannot take this number, or null if it can. A historical record
 * goes into the history before every version drafted in Tabled (it is older than them),
 * and never takes a number already used.
 */
export function historicalNumberProblem(number: VersionNumber, existing: readonly (VersionNumber & { historical: boolean })[]): string | null {
  if (existing.some((v) => v.major === number.major && v.minor === number.minor)) return 'This board already has a version with that number';
  const drafted = existing.filter((v) => !v.historical);
  const earliest = drafted.reduce<VersionNumber | null>(
    (min, v) => (!min || v.major < min.major || (v.major === min.major && v.minor < min.minor) ? v : min),
    null,
  );
  if (earliest && (number.major > earliest.major || (number.major === earliest.major && number.minor >= earliest.minor))) {
    return `A past version must be numbered before the versions drafted here (the earliest is ${earliest.minor === 0 ? earliest.major : `${earliest.major}.${earliest.minor}`})`;
  }
  return null;
}

/** Whether a past version, once recorded, is the one in force: the newest approved of them all. */
export function isNewestApproved(number: VersionNumber, approved: readonly VersionNumber[]): boolean {
  return approved.every((v) => v.major < number.major || (v.major === number.major && v.minor < number.minor));
}

const precedes = (a: VersionNumber, b: VersionNumber) => a.major < b.major || (a.major === b.major && a.minor < b.minor);

/**
 * The version that makes this day impossible for an approval, or null if none does:
 * approvals follow the numbering, so a version is approved no earlier than any version
 * numbered before it (`before`), and no later than any numbered after it (`after`).
 * Days are London days (YYYY-MM-DD).
 */
export function approvalDayClash<T extends VersionNumber & { approvedOn: string }>(
  number: VersionNumber,
  day: string,
  approved: readonly T[],
): { version: T; side: 'before' | 'after' } | null {
  const earlier = approved.filter((v) => precedes(v, number) && v.approvedOn > day).sort((a, b) => (a.approvedOn < b.approvedOn ? 1 : -1))[0];
  if (earlier) return { version: earlier, side: 'before' };
  const later = approved.filter((v) => precedes(number, v) && v.approvedOn < day).sort((a, b) => (a.approvedOn < b.approvedOn ? -1 : 1))[0];
  if (later) return { version: later, side: 'after' };
  return null;
}

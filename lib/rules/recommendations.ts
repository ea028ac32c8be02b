import { calendarDaysBetween, type LondonDay } from './london-calendar';

// An advisory board decides nothing: "formal decisions go to Cabinet or a named officer"
// (Shropshire, DOMAIN.md source 002). Its minutes record recommendations, each naming who
// decides from the council's list, and each is followed to its outcome.

export type RowKind = 'DECISION' | 'RECOMMENDATION';

/** The decisions an advisory board's minutes may not hold, by item and row number (from 1). */
export function decisionsOfAdvisoryBoard(advisory: boolean, items: readonly { position: number; kinds: readonly { key: number; kind: RowKind }[] }[]) {
  if (!advisory) return [];
  return items.flatMap((item) => item.kinds.filter((r) => r.kind === 'DECISION').map((r) => ({ position: item.position, key: r.key })));
}

export const advisoryDecisionMessage = (position: number, key: number) =>
  `Item ${position}: this board is advisory, so row ${key} must be a recommendation naming who decides, not a decision of the board`;

export type ListedDecisionMaker = { id: string; name: string; archived: boolean };

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

/**
 * Who a recommendation names, from the council's list: an entry in use, matched by name
 * whatever its case; or, for a row written before (free text, or an entry archived since),
 * exactly the words it already had. Anything else is refused (null).
 */
export function resolveDecisionMaker(
  name: string,
  list: readonly ListedDecisionMaker[],
  kept: ReadonlySet<string>,
): { id: string | null; name: string } | null {
  const listed = list.find((d) => !d.archived && same(d.name, name));
  if (listed) return { id: listed.id, name: listed.name };
  if (kept.has(name)) return { id: list.find((d) => d.name === name)?.id ?? null, name };
  return null;
}

/** Minutes that are the record: signed by the Chair and not superseded by a correction. */
export const recordStatuses = ['APPROVED', 'DISTRIBUTED', 'CONFIRMED'] as const;

export const recommendationOutcomes = ['PENDING', 'ACCEPTED', 'ACCEPTED_WITH_CHANGES', 'REJECTED'] as const;
export type RecommendationOutcome = (typeof recommendationOutcomes)[number];

/**
 * What is wrong with an outcome as recorded, by field: a decision taken (accepted, with
 * changes, or rejected) needs the day it was taken, not before the meeting that recommended
 * it nor after today, and the decision's reference (a Cabinet minute, a delegated decision
 * number). Pending needs neither.
 */
export function outcomeErrors(input: {
  outcome: RecommendationOutcome;
  decidedOn: LondonDay | null;
  reference: string | null;
  meetingDay: LondonDay;
  today: LondonDay;
}): Partial<Record<'decidedOn' | 'reference', string>> {
  if (input.outcome === 'PENDING') return {};
  const errors: Partial<Record<'decidedOn' | 'reference', string>> = {};
  if (!input.decidedOn) errors.decidedOn = 'Enter the date the decision was taken';
  else if (calendarDaysBetween(input.meetingDay, input.decidedOn) < 0)
    errors.decidedOn = 'The decision cannot be before the meeting that made the recommendation';
  else if (calendarDaysBetween(input.decidedOn, input.today) < 0) errors.decidedOn = 'The decision cannot be in the future';
  if (!input.reference?.trim()) errors.reference = 'Enter the decision’s reference, for example the Cabinet minute number';
  return errors;
}

/** How many of a set of recommendations stand at each outcome (the newest recorded; none recorded is pending). */
export function outcomeCounts(outcomes: readonly (RecommendationOutcome | null)[]): Record<RecommendationOutcome, number> {
  const counts: Record<RecommendationOutcome, number> = { PENDING: 0, ACCEPTED: 0, ACCEPTED_WITH_CHANGES: 0, REJECTED: 0 };
  for (const o of outcomes) counts[o ?? 'PENDING'] += 1;
  return counts;
}

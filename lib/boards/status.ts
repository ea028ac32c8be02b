import type { LondonDay } from '../rules/london-calendar';

export type BoardStatusName = 'PROVISIONAL' | 'ESTABLISHED' | 'DISSOLVED';

/**
 * A board is set up provisionally (002), established by a decision (001, 000), and
 * dissolved once the inspection's requirements are substantially met (001, Dissolution).
 * It never goes back: an established board is not made provisional again, and
 * dissolution is final (a new board is set up instead).
 */
const next: Record<BoardStatusName, readonly BoardStatusName[]> = {
  PROVISIONAL: ['ESTABLISHED', 'DISSOLVED'],
  ESTABLISHED: ['DISSOLVED'],
  DISSOLVED: [],
};

export const nextStatuses = (from: BoardStatusName): readonly BoardStatusName[] => next[from];

export type StatusChangeProblem = { field: 'status'; message: string } | { field: 'effectiveOn'; message: string };

const label: Record<BoardStatusName, string> = { PROVISIONAL: 'provisional', ESTABLISHED: 'established', DISSOLVED: 'dissolved' };

/**
 * Why a change of status is refused, or null. The effective date may not precede the
 * last recorded change (the history reads in order) nor lie in the future (the status
 * shown is the board's status today).
 */
export function statusChangeProblem(input: {
  from: BoardStatusName;
  to: BoardStatusName;
  effectiveOn: LondonDay;
  lastEffectiveOn: LondonDay | null;
  today: LondonDay;
}): StatusChangeProblem | null {
  const { from, to, effectiveOn, lastEffectiveOn, today } = input;
  if (from === 'DISSOLVED') return { field: 'status', message: 'This board has been dissolved, and dissolution is final' };
  if (from === to) return { field: 'status', message: `The board is already ${label[to]}` };
  if (!next[from].includes(to)) return { field: 'status', message: `A board that is ${label[from]} cannot become ${label[to]} again` };
  if (effectiveOn > today)
    return { field: 'effectiveOn', message: 'The date the change takes effect must be today or in the past: record the change once it has taken effect' };
  if (lastEffectiveOn && effectiveOn < lastEffectiveOn)
    return { field: 'effectiveOn', message: `The date the change takes effect must be on or after the last change, on ${lastEffectiveOn}` };
  return null;
}

/** A dissolved board is a record: it can be read, never changed (DOMAIN: dissolution is final). */
export const acceptsChanges = (board: { status: string }): boolean => board.status !== 'DISSOLVED';

/** What a refused change on a dissolved board says. */
export const dissolvedMessage = (boardName: string) => `${boardName} has been dissolved: its records can be read, but nothing can be added or changed`;

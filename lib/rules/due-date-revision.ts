import { parseLondonDay, type LondonDay } from './london-calendar';

/**
 * Revised due dates, one rule for the action log's actions and the improvement plans'
 * (001 item 5): a new date is proposed with a reason, shown beside the original, and counts
 * only once the board agrees it at a meeting that ended after it was proposed (the meeting
 * check is `resolveAgreedMeeting`'s `notBefore`).
 */

/** The date that counts: the latest revision a meeting agreed, else the original (001 item 5). */
export const effectiveDueDate = (dueOn: LondonDay, agreedDueOn: LondonDay | null): LondonDay => agreedDueOn ?? dueOn;

export type RevisionCheck = {
  /** the date that counts now: the agreed revision or the original */
  effectiveDue: LondonDay;
  proposed: LondonDay;
  /** a date already proposed and still waiting for the board, if any */
  pending: LondonDay | null;
  today: LondonDay;
};

/**
 * Null when `proposed` is a real revision, else why not. A revision moves the date that
 * counts, so it must differ from it; it is a new plan, so it cannot lie in the past.
 */
export function revisionRefusal({ effectiveDue, proposed, pending, today }: RevisionCheck): string | null {
  parseLondonDay(effectiveDue);
  parseLondonDay(proposed);
  parseLondonDay(today);
  if (proposed === effectiveDue) return 'The new date must be different from the current due date';
  if (proposed < today) return 'The new date must be today or later';
  if (pending !== null && proposed === pending) return 'That date is already proposed and waiting for the board to agree it';
  return null;
}

export type ProposalCheck = RevisionCheck & {
  /** which waiting proposal the proposer's page showed ('' when none was waiting) */
  seen: string;
  /** which proposal is waiting now, in the same terms ('' when none is) */
  waiting: string;
};

export type ProposalOutcome = { kind: 'clash' } | { kind: 'refused'; reason: string } | { kind: 'new' } | { kind: 'replace' };

/**
 * What a proposal does. One proposal waits at a time: a new one replaces it, so a mistaken
 * date is corrected before the board sees it rather than agreed or left stuck. It replaces
 * only the proposal its proposer saw: one made meanwhile by someone else is a clash, shown
 * to them, never replaced unseen.
 */
export function proposalOutcome(check: ProposalCheck): ProposalOutcome {
  if (check.seen !== check.waiting) return { kind: 'clash' };
  const reason = revisionRefusal(check);
  if (reason) return { kind: 'refused', reason };
  return check.pending === null ? { kind: 'new' } : { kind: 'replace' };
}

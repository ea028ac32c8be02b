import type { LondonDay } from './london-calendar';

/**
 * The action log's rules: which status changes an owner may make, when an action can be
 * signed off or dropped, and when one is overdue (revised due dates: due-date-revision.ts).
 * Statuses are the database's names so the server actions can use them as they come.
 */
export const LOG_STATUSES = ['OPEN', 'IN_PROGRESS', 'AWAITING_SIGN_OFF', 'CLOSED', 'DROPPED'] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

/** What a progress update may set. Closing is the board's sign-off at a meeting (004 5.9), dropping the administrator's decision. */
export const UPDATE_STATUSES = ['OPEN', 'IN_PROGRESS', 'AWAITING_SIGN_OFF'] as const satisfies readonly LogStatus[];
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

/** A signed-off or dropped action is a record: nothing about it changes afterwards. */
export const isFinal = (status: LogStatus) => status === 'CLOSED' || status === 'DROPPED';

/** Why a final action refuses any change, in words for the page. */
export function finalReason(status: LogStatus, reference: string): string | null {
  if (status === 'CLOSED') return `${reference} has been signed off as complete at a meeting, so it can no longer be changed`;
  if (status === 'DROPPED') return `${reference} has been dropped, so it can no longer be changed`;
  return null;
}

/** Null when a progress update may move the action from `from` to `to`, else the reason it may not. */
export function statusChangeRefusal(from: LogStatus, to: LogStatus): string | null {
  if (isFinal(from)) return from === 'CLOSED' ? 'This action has been signed off and closed' : 'This action has been dropped';
  if (to === 'CLOSED') return 'An action is closed only when the board signs it off at a meeting: choose “awaiting sign-off” once the work is complete';
  if (to === 'DROPPED') return 'Only the board administrator can drop an action, with a reason';
  return null;
}

/** The board signs off work that has been done or is being finished; an action nobody has started is not ready. */
export function signOffRefusal(status: LogStatus): string | null {
  if (status === 'IN_PROGRESS' || status === 'AWAITING_SIGN_OFF') return null;
  if (status === 'OPEN') return 'Only an action in progress or awaiting sign-off can be signed off: record its progress first';
  return status === 'CLOSED' ? 'This action has already been signed off' : 'This action has been dropped';
}

export function dropRefusal(status: LogStatus): string | null {
  if (status === 'CLOSED') return 'This action has been signed off and closed';
  if (status === 'DROPPED') return 'This action has already been dropped';
  return null;
}

/** Work still to do: what the action log shows first, and what "open" means in its filter. */
export const isOpenWork = (status: LogStatus) => !isFinal(status);

/**
 * Overdue: open or in progress with the date that counts before today. Work marked
 * complete is waiting for the board, not late; a proposed date never counts.
 */
export const isOverdue = (status: LogStatus, effectiveDue: LondonDay, today: LondonDay) =>
  (status === 'OPEN' || status === 'IN_PROGRESS') && effectiveDue < today;

/** Which of the log's actions a list shows: open work (the default), the closed and dropped record, or both. */
export const ACTION_SHOWS = ['open', 'closed', 'all'] as const;
export type ActionShow = (typeof ACTION_SHOWS)[number];

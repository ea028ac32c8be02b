import { assertInteger, calendarDaysBetween, parseLondonDay, type LondonDay } from './london-calendar';

export type ActionStatus = 'open' | 'in-progress' | 'awaiting-sign-off' | 'closed' | 'dropped';
export type ActionRag = 'red' | 'amber' | 'green' | 'complete';

export interface ActionRagInput {
  status: ActionStatus;
  dueDate: LondonDay;
  /** The latest revised due date the board agreed (001 item 5), or null if never revised. */
  revisedDueDate: LondonDay | null;
  /** Today's London day; passed in so the rule stays pure and testable. */
  today: LondonDay;
  dueSoonDays?: number;
}

export function actionRag({ status, dueDate, revisedDueDate, today, dueSoonDays = 14 }: ActionRagInput): ActionRag {
  parseLondonDay(dueDate);
  if (revisedDueDate !== null) parseLondonDay(revisedDueDate);
  parseLondonDay(today);
  assertInteger(dueSoonDays, 'dueSoonDays');
  if (dueSoonDays < 0) throw new RangeError(`dueSoonDays must not be negative, got ${dueSoonDays}`);

  if (status === 'closed' || status === 'dropped') return 'complete';

  // The owner has reported the work done and only the board's sign-off at its next
  // meeting remains (004 5.9). That wait is set by the meeting calendar, not by the owner,
  // so it is shown green whatever the due date; the sign-off itself is tracked elsewhere.
  if (status === 'awaiting-sign-off') return 'green';

  // An agreed revision replaces the original date for RAG purposes; the original is
  // still kept and shown (001 item 5), but judging against it would keep an action red
  // after the board has agreed more time.
  const effectiveDue = revisedDueDate ?? dueDate;
  const daysLeft = calendarDaysBetween(today, effectiveDue);
  // Due "by" a day means by the end of it, so the due day itself is not yet overdue.
  if (daysLeft < 0) return 'red';
  if (daysLeft <= dueSoonDays) return 'amber';
  return 'green';
}

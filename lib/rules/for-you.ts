import { calendarDaysBetween, type LondonDay } from './london-calendar';

/**
 * The "For you" task list's rules: how soon is soon, what a task's state is, and the
 * order of the list (what is late first, then what falls due soonest). Pure: no I/O.
 */

/** An action or a review falling due within this many days is "due soon" (the risk log's own window). */
export const DUE_SOON_DAYS = 14;

export type TaskState = 'overdue' | 'due-soon' | 'to-do' | 'done';

/** A task's state from the day it is due and whether it is done: late work says so in words. */
export function taskState(dueOn: LondonDay | null, today: LondonDay, done = false): TaskState {
  if (done) return 'done';
  if (dueOn === null) return 'to-do';
  const days = calendarDaysBetween(today, dueOn);
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'due-soon' : 'to-do';
}

/** Whether a day falls within the "due soon" window (today included, the past not). */
export function isDueSoon(dueOn: LondonDay, today: LondonDay): boolean {
  const days = calendarDaysBetween(today, dueOn);
  return days >= 0 && days <= DUE_SOON_DAYS;
}

const stateRank: Record<TaskState, number> = { overdue: 0, 'due-soon': 1, 'to-do': 2, done: 3 };

/** Late first, then soonest deadline; a task with no deadline after those with one; done last. */
export function compareTasks(a: { state: TaskState; due: Date | null }, b: { state: TaskState; due: Date | null }): number {
  const [ad, bd] = [a.due?.getTime() ?? Infinity, b.due?.getTime() ?? Infinity];
  // two undated tasks are level (Infinity - Infinity would be NaN)
  return stateRank[a.state] - stateRank[b.state] || (ad === bd ? 0 : ad < bd ? -1 : 1);
}

/**
 * Whether the person's reply to a coming meeting is still open: no apologies sent, the
 * meeting has not started and its apologies deadline has not passed.
 */
export function apologiesStillOpen(m: { replied: boolean; startsAt: Date; apologyDeadline: Date }, now: Date): boolean {
  return !m.replied && now < m.startsAt && now <= m.apologyDeadline;
}

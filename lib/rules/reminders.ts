import { type Region } from './bank-holidays';
import { apologyDeadline, paperDeadline } from './deadlines';
import { addCalendarDays, calendarDaysBetween, dayOfWeek, londonDay, LONDON_TIME_ZONE, parseLondonDay, type LondonDay } from './london-calendar';
import { addWorkingDays } from './working-days';
import { TZDate } from '@date-fns/tz';

/**
 * Reminders and the weekly digest (issue 19, item 2), as pure rules: which reminder
 * events are due at an instant, each with a key that names the event itself (the thing,
 * the date it is about, the step), never the time of the run. A run at any later time
 * finds the same key, so the ledger (ReminderSent) sends it once; a run after an outage
 * still finds the latest step of each thing while it is of use (catch-up), and never the
 * steps it superseded (no flood of old ones).
 */

export const REMINDER_KINDS = ['papers-missing', 'apologies', 'action-due', 'action-revision', 'minutes-approval', 'minutes-distribution', 'reviews'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * Notices nobody can turn off: the two that hold up the board's record if ignored. The
 * Chair must agree the minutes before they go out (001), and a meeting with missing
 * papers cannot take its items (the administrator must chase or defer them).
 */
export const MANDATORY_KINDS: readonly ReminderKind[] = ['minutes-approval', 'papers-missing'];
export const isMandatoryKind = (kind: ReminderKind) => MANDATORY_KINDS.includes(kind);
export const isReminderKind = (value: unknown): value is ReminderKind => REMINDER_KINDS.includes(value as ReminderKind);

/** What each kind is, in words for the Notifications screen and the mails. */
export const reminderKindLabels: Record<ReminderKind, { title: string; hint: string }> = {
  'papers-missing': { title: 'Papers missing at the deadline', hint: 'To the board administrator when agenda items have no paper at the paper deadline' },
  apologies: { title: 'Apologies', hint: 'Two working days before the apology deadline, if you have not sent apologies for a meeting' },
  'action-due': { title: 'Actions you own', hint: '7 days before the due date, on it, and weekly while overdue' },
  'action-revision': { title: 'Revised dates you proposed', hint: 'Before the meeting that is to agree a new due date you proposed' },
  'minutes-approval': { title: 'Minutes waiting for your approval', hint: 'To the Chair while minutes wait for approval' },
  'minutes-distribution': { title: 'Minutes distribution', hint: 'To the board administrator before the minutes are due to be distributed' },
  reviews: { title: 'Reviews due', hint: 'Terms of reference and meeting schedule reviews (administrators) and reviews of risks you own' },
};

export const DELIVERIES = ['IMMEDIATELY', 'DIGEST', 'OFF'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** What a person gets of a kind: their choice, immediately by default; a mandatory kind is always immediate. */
export function deliveryFor(kind: ReminderKind, chosen: Delivery | null | undefined): Delivery {
  if (isMandatoryKind(kind)) return 'IMMEDIATELY';
  return chosen ?? 'IMMEDIATELY';
}

/** Null when the choice may be saved, else why not, in words for the page. */
export function preferenceRefusal(kind: ReminderKind, delivery: Delivery): string | null {
  if (isMandatoryKind(kind) && delivery !== 'IMMEDIATELY')
    return `“${reminderKindLabels[kind].title}” cannot be turned off or put in the weekly digest: it is sent to whoever holds the duty, as soon as it is due`;
  return null;
}

/** Reminders go out from this hour of the London morning (the hourly run sends them from then). */
export const SEND_HOUR = 7;
/** The longest a missed reminder is still sent after its time, when nothing later replaces it. */
export const CATCH_UP_DAYS = 7;
/** Reviews are announced this many days ahead, as the board's dashboard lists them (REVIEW_DUE_SOON_DAYS). */
export const REVIEW_NOTICE_DAYS = 14;
/** Actions are announced this many days before the date that counts. */
export const ACTION_NOTICE_DAYS = 7;
/** Members are reminded this many working days before the apology deadline (issue 19). */
export const APOLOGY_REMINDER_WORKING_DAYS = 2;
/** The administrator is reminded this many working days before minutes distribution is due. */
export const DISTRIBUTION_REMINDER_WORKING_DAYS = 2;
/** The Chair is first reminded this many working days after minutes are sent for approval, then weekly. */
export const APPROVAL_REMINDER_WORKING_DAYS = 2;

const DAY_MS = 86_400_000;

/** An instant at a London wall-clock time on a day (across clock changes). */
export function londonAt(day: LondonDay, hours: number, minutes = 0): Date {
  const { year, month, day: d } = parseLondonDay(day);
  return new Date(new TZDate(year, month - 1, d, hours, minutes, 0, 0, LONDON_TIME_ZONE).getTime());
}

/** The sending time of a reminder about a day: 07:00 that day in London. */
export const morningOf = (day: LondonDay) => londonAt(day, SEND_HOUR);

export type ReminderEvent = {
  kind: ReminderKind;
  /** names the event, not the run: the same on every run until the next step */
  key: string;
  /** the London day the reminder is about (a due date, a deadline's day) */
  dueOn: LondonDay;
  firesAt: Date;
};

type Step = { key: string; firesAt: Date };

/**
 * The step of a series that is due at `now`: the latest that has fired, while it is
 * within its catch-up window and before the series ends (`until`). A later step
 * replaces an earlier one, so an outage sends the latest, once, not every missed step.
 */
export function currentStep(steps: readonly Step[], now: Date, until?: Date): Step | null {
  const t = now.getTime();
  if (until && t >= until.getTime()) return null;
  let latest: Step | null = null;
  for (const s of steps) if (s.firesAt.getTime() <= t && (!latest || s.firesAt.getTime() >= latest.firesAt.getTime())) latest = s;
  if (!latest || t - latest.firesAt.getTime() >= CATCH_UP_DAYS * DAY_MS) return null;
  return latest;
}

const event = (kind: ReminderKind, dueOn: LondonDay, step: Step | null): ReminderEvent[] =>
  step ? [{ kind, key: step.key, dueOn, firesAt: step.firesAt }] : [];

/**
 * An action's owner: 7 days before the date that counts, on it, and every week while it
 * is overdue (the n-th week after it). The date is in every key, so a newly agreed date
 * starts the series again. Work complete (awaiting sign-off), closed or dropped: nothing.
 */
export function actionDueReminders(a: { id: string; status: string; effectiveDue: LondonDay }, now: Date): ReminderEvent[] {
  if (a.status !== 'OPEN' && a.status !== 'IN_PROGRESS') return [];
  const due = a.effectiveDue;
  const steps: Step[] = [
    { key: `action-due-7d:${a.id}:${due}`, firesAt: morningOf(addCalendarDays(due, -ACTION_NOTICE_DAYS)) },
    { key: `action-due:${a.id}:${due}`, firesAt: morningOf(due) },
  ];
  // this week's step and last week's (before 07:00 on the day, this week's has not fired)
  const weeks = Math.floor(calendarDaysBetween(due, londonDay(now)) / 7);
  for (const n of [weeks - 1, weeks]) if (n >= 1) steps.push({ key: `action-overdue:${a.id}:${due}:${n}`, firesAt: morningOf(addCalendarDays(due, 7 * n)) });
  return event('action-due', due, currentStep(steps, now));
}

/**
 * A revised date waits for the board's agreement: its proposer is reminded on the paper
 * deadline of the next meeting, so it can go on that meeting's agenda.
 */
export function revisionReminders(
  r: { id: string; proposedDueOn: LondonDay; nextMeeting: { id: string; startsAt: Date } | null; paperNoticeWorkingDays: number },
  region: Region,
  now: Date,
): ReminderEvent[] {
  if (!r.nextMeeting) return [];
  const deadlineDay = londonDay(paperDeadline(r.nextMeeting.startsAt, r.paperNoticeWorkingDays, region));
  const step = { key: `action-revision:${r.id}:${r.proposedDueOn}:${r.nextMeeting.id}`, firesAt: morningOf(deadlineDay) };
  return event('action-revision', r.proposedDueOn, currentStep([step], now, r.nextMeeting.startsAt));
}

/**
 * A member who has not said whether they come (no apologies sent): two working days
 * before the apology deadline, until the deadline.
 */
export function apologyReminders(
  m: { meetingId: string; seatId: string; startsAt: Date; apologyNoticeWorkingDays: number; replied: boolean },
  region: Region,
  now: Date,
): ReminderEvent[] {
  if (m.replied) return [];
  const deadline = apologyDeadline(m.startsAt, m.apologyNoticeWorkingDays, region);
  const deadlineDay = londonDay(deadline);
  const fireDay = addWorkingDays(deadlineDay, -APOLOGY_REMINDER_WORKING_DAYS, region);
  const step = { key: `apologies:${m.meetingId}:${m.seatId}:${deadlineDay}`, firesAt: morningOf(fireDay) };
  return event('apologies', deadlineDay, currentStep([step], now, deadline));
}

/**
 * Papers missing at the paper deadline (agenda items, other than standing items, with no
 * paper circulated): the administrator is told as the deadline passes, until the meeting.
 */
export function papersMissingReminders(
  m: { meetingId: string; startsAt: Date; paperNoticeWorkingDays: number; missing: number },
  region: Region,
  now: Date,
): ReminderEvent[] {
  if (m.missing === 0) return [];
  const deadline = paperDeadline(m.startsAt, m.paperNoticeWorkingDays, region);
  const step = { key: `papers-missing:${m.meetingId}:${londonDay(deadline)}`, firesAt: new Date(deadline.getTime() + 1) };
  return event('papers-missing', londonDay(deadline), currentStep([step], now, m.startsAt));
}

/**
 * Minutes waiting for the Chair's approval: two working days after they were sent, then
 * every week while they still wait. Keyed by the version and when it was sent, so a
 * version returned and sent again starts again.
 */
export function minutesApprovalReminders(v: { versionId: string; sentToChairAt: Date; dueOn: LondonDay }, region: Region, now: Date): ReminderEvent[] {
  const sentOn = londonDay(v.sentToChairAt);
  const first = addWorkingDays(sentOn, APPROVAL_REMINDER_WORKING_DAYS, region);
  const stamp = v.sentToChairAt.getTime();
  const steps: Step[] = [{ key: `minutes-approval:${v.versionId}:${stamp}:0`, firesAt: morningOf(first) }];
  const weeks = Math.floor(calendarDaysBetween(first, londonDay(now)) / 7);
  for (const n of [weeks - 1, weeks])
    if (n >= 1) steps.push({ key: `minutes-approval:${v.versionId}:${stamp}:${n}`, firesAt: morningOf(addCalendarDays(first, 7 * n)) });
  return event('minutes-approval', v.dueOn, currentStep(steps, now));
}

/** Minutes not yet distributed: the administrator, two working days before distribution is due, until the end of that day. */
export function distributionReminders(m: { meetingId: string; dueOn: LondonDay; distributed: boolean }, region: Region, now: Date): ReminderEvent[] {
  if (m.distributed) return [];
  const step = {
    key: `minutes-distribution:${m.meetingId}:${m.dueOn}`,
    firesAt: morningOf(addWorkingDays(m.dueOn, -DISTRIBUTION_REMINDER_WORKING_DAYS, region)),
  };
  return event('minutes-distribution', m.dueOn, currentStep([step], now, londonAt(addCalendarDays(m.dueOn, 1), 0)));
}

/**
 * A review falling due (terms of reference, the meeting schedule, a risk): 14 days ahead
 * and on the day. `subject` names what is reviewed (e.g. `terms:<versionId>`).
 */
export function reviewReminders(subject: string, dueOn: LondonDay | null, now: Date): ReminderEvent[] {
  if (!dueOn) return [];
  const steps: Step[] = [
    { key: `review-soon:${subject}:${dueOn}`, firesAt: morningOf(addCalendarDays(dueOn, -REVIEW_NOTICE_DAYS)) },
    { key: `review-due:${subject}:${dueOn}`, firesAt: morningOf(dueOn) },
  ];
  return event('reviews', dueOn, currentStep(steps, now));
}

// The weekly digest: Monday morning in London.

/** The digest goes at 07:00 on Mondays, London time (the queue runs it then). */
export const DIGEST_HOUR = 7;

/** The Monday of the London week of a day (Monday is its own). */
export function mondayOf(day: LondonDay): LondonDay {
  return addCalendarDays(day, -((dayOfWeek(day) + 6) % 7));
}

/** When the digest of a Monday goes: 07:00 London (06:00Z in summer time, 07:00Z in winter). */
export const digestSendsAt = (monday: LondonDay) => londonAt(monday, DIGEST_HOUR);

/**
 * The digest an entry made at `at` goes in: the first Monday-morning sending after it. An
 * entry made on Monday before 07:00 goes that morning; from 07:00, the next Monday.
 */
export function digestDayFor(at: Date): LondonDay {
  const monday = mondayOf(londonDay(at));
  return at.getTime() < digestSendsAt(monday).getTime() ? monday : addCalendarDays(monday, 7);
}

/** Whether a digest day's mail may go at `now`: from its Monday 07:00 (a missed Monday is caught up later). */
export const digestIsDue = (digestDay: LondonDay, now: Date) => now.getTime() >= digestSendsAt(digestDay).getTime();

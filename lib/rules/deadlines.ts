import { type Region } from './bank-holidays';
import { addCalendarDays, addCalendarMonths, assertInteger, assertValidInstant, endOfLondonDay, londonDay, type LondonDay } from './london-calendar';
import { nthWorkingDayBefore } from './working-days';

function assertNonNegativeWhole(value: number, name: string): void {
  assertInteger(value, name);
  if (value < 0) throw new RangeError(`${name} must not be negative, got ${value}`);
}

// With zero notice the "N-th day before" is the meeting's own day, whose end comes after
// the meeting has happened; a paper or apology is no use then, so no deadline may fall
// after the meeting starts. For N >= 1 the end of an earlier day is always sooner anyway.
function noLaterThanMeeting(deadline: Date, meetingStartsAt: Date): Date {
  return deadline.getTime() > meetingStartsAt.getTime() ? new Date(meetingStartsAt.getTime()) : deadline;
}

function workingDaysNotice(meetingStartsAt: Date, noticeWorkingDays: number, region: Region): Date {
  assertValidInstant(meetingStartsAt, 'meetingStartsAt');
  assertNonNegativeWhole(noticeWorkingDays, 'noticeWorkingDays');
  // Notice counts from the day the meeting is on in England, not the UTC date it is
  // stored under: 23:30Z on 1 April is 00:30 on 2 April in London.
  const meetingDay = londonDay(meetingStartsAt);
  const lastDay = nthWorkingDayBefore(meetingDay, noticeWorkingDays, region);
  return noLaterThanMeeting(endOfLondonDay(lastDay), meetingStartsAt);
}

/** Papers circulated at least N working days before the meeting (default 5, source 001). */
export function paperDeadline(meetingStartsAt: Date, noticeWorkingDays: number, region: Region): Date {
  return workingDaysNotice(meetingStartsAt, noticeWorkingDays, region);
}

/**
 * A member who cannot attend says so, and whether the substitute attends, at least N
 * working days before (default 2, source 001). Same counting as papers.
 */
export function apologyDeadline(meetingStartsAt: Date, noticeWorkingDays: number, region: Region): Date {
  return workingDaysNotice(meetingStartsAt, noticeWorkingDays, region);
}

/**
 * Minutes go out N calendar days after the meeting (default 7, "one week", source 001).
 * Calendar days, not working days, because that is how the source states it.
 */
export function minutesDistributionDue(meetingStartsAt: Date, days: number): Date {
  assertValidInstant(meetingStartsAt, 'meetingStartsAt');
  assertNonNegativeWhole(days, 'days');
  return endOfLondonDay(addCalendarDays(londonDay(meetingStartsAt), days));
}

/**
 * Public boards publish agenda and papers at least N calendar days before the meeting
 * (default 7, "at least a week", source 003).
 */
export function publicationDeadline(meetingStartsAt: Date, days: number): Date {
  assertValidInstant(meetingStartsAt, 'meetingStartsAt');
  assertNonNegativeWhole(days, 'days');
  const lastDay = addCalendarDays(londonDay(meetingStartsAt), -days);
  return noLaterThanMeeting(endOfLondonDay(lastDay), meetingStartsAt);
}

/**
 * The London day by which terms of reference (or a meeting schedule) are next reviewed,
 * N months after the London day they were approved (default 6, source 001). A day, not
 * an instant: a review falls due on a date, and "is it due?" is `today >= result`.
 */
export function nextReviewDate(approvedOn: Date, months: number): LondonDay {
  assertValidInstant(approvedOn, 'approvedOn');
  assertInteger(months, 'months');
  if (months < 1) throw new RangeError(`A review interval must be at least one month, got ${months}`);
  return addCalendarMonths(londonDay(approvedOn), months);
}

/**
 * Lateness is recorded and flagged, never a reason to refuse what was sent (DOMAIN.md).
 * The deadline is the last millisecond still on time, so only strictly after is late.
 */
export function isLate(submittedAt: Date, deadline: Date): boolean {
  assertValidInstant(submittedAt, 'submittedAt');
  assertValidInstant(deadline, 'deadline');
  return submittedAt.getTime() > deadline.getTime();
}

import { describe, expect, it } from 'vitest';
import type { Region } from '../../lib/rules/bank-holidays';
import {
  actionDueReminders,
  apologyReminders,
  CATCH_UP_DAYS,
  deliveryFor,
  digestDayFor,
  digestIsDue,
  digestSendsAt,
  distributionReminders,
  londonAt,
  minutesApprovalReminders,
  mondayOf,
  papersMissingReminders,
  preferenceRefusal,
  reviewReminders,
  revisionReminders,
} from '../../lib/rules/reminders';

const EW: Region = 'england-and-wales';
const keys = (events: { key: string }[]) => events.map((e) => e.key);
const at = (iso: string) => new Date(iso);

describe('action due reminders', () => {
  const action = { id: 'a1', status: 'OPEN', effectiveDue: '2026-04-30' };

  it('nothing before seven days ahead', () => {
    expect(actionDueReminders(action, at('2026-04-23T05:59:00Z'))).toEqual([]);
  });

  it('seven days ahead from 07:00 London (06:00Z in summer time), the same key all week', () => {
    expect(keys(actionDueReminders(action, at('2026-04-23T06:00:00Z')))).toEqual(['action-due-7d:a1:2026-04-30']);
    expect(keys(actionDueReminders(action, at('2026-04-29T22:00:00Z')))).toEqual(['action-due-7d:a1:2026-04-30']);
  });

  it('on the day, then weekly while overdue, one key per week', () => {
    expect(keys(actionDueReminders(action, at('2026-04-30T06:00:00Z')))).toEqual(['action-due:a1:2026-04-30']);
    expect(keys(actionDueReminders(action, at('2026-05-06T20:00:00Z')))).toEqual(['action-due:a1:2026-04-30']);
    expect(keys(actionDueReminders(action, at('2026-05-07T06:00:00Z')))).toEqual(['action-overdue:a1:2026-04-30:1']);
    // before 07:00 on the day of the second week, still the first
    expect(keys(actionDueReminders(action, at('2026-05-14T05:00:00Z')))).toEqual(['action-overdue:a1:2026-04-30:1']);
    expect(keys(actionDueReminders(action, at('2026-05-14T06:00:00Z')))).toEqual(['action-overdue:a1:2026-04-30:2']);
  });

  it('a missed week sends only the latest step once the server is back', () => {
    // server down from before the 7-day notice until after the due day: only "due" comes
    expect(keys(actionDueReminders(action, at('2026-05-01T09:00:00Z')))).toEqual(['action-due:a1:2026-04-30']);
  });

  it('done work and a closed or dropped action get nothing', () => {
    for (const status of ['AWAITING_SIGN_OFF', 'CLOSED', 'DROPPED']) expect(actionDueReminders({ ...action, status }, at('2026-04-30T09:00:00Z'))).toEqual([]);
  });

  it('a newly agreed date starts again with new keys', () => {
    expect(keys(actionDueReminders({ ...action, effectiveDue: '2026-05-31' }, at('2026-05-24T09:00:00Z')))).toEqual(['action-due-7d:a1:2026-05-31']);
  });
});

describe('apology reminders', () => {
  // DOMAIN.md: meeting Thursday 9 April 2026, apologies by the end of Tuesday 7 April;
  // two working days before that is Wednesday 1 April (Easter Monday and Good Friday skipped).
  const meeting = { meetingId: 'm1', seatId: 's1', startsAt: at('2026-04-09T09:00:00Z'), apologyNoticeWorkingDays: 2, replied: false };

  it('fires two working days before the deadline, bank holidays skipped', () => {
    expect(apologyReminders(meeting, EW, at('2026-04-01T05:59:00Z'))).toEqual([]);
    const due = apologyReminders(meeting, EW, at('2026-04-01T06:00:00Z'));
    expect(due).toEqual([{ kind: 'apologies', key: 'apologies:m1:s1:2026-04-07', dueOn: '2026-04-07', firesAt: at('2026-04-01T06:00:00Z') }]);
  });

  it('is caught up after an outage, but not once the deadline has passed', () => {
    expect(keys(apologyReminders(meeting, EW, at('2026-04-07T12:00:00Z')))).toEqual(['apologies:m1:s1:2026-04-07']);
    expect(apologyReminders(meeting, EW, at('2026-04-07T23:00:00Z'))).toEqual([]);
  });

  it('is not sent to a member who has replied', () => {
    expect(apologyReminders({ ...meeting, replied: true }, EW, at('2026-04-01T09:00:00Z'))).toEqual([]);
  });
});

describe('papers missing at the deadline', () => {
  // DOMAIN.md: papers for 9 April 2026 are due by the end of Tuesday 31 March
  const meeting = { meetingId: 'm1', startsAt: at('2026-04-09T09:00:00Z'), paperNoticeWorkingDays: 5, missing: 2 };

  it('tells the administrator once the deadline has passed, until the meeting', () => {
    expect(papersMissingReminders(meeting, EW, at('2026-03-31T22:59:59Z'))).toEqual([]);
    expect(keys(papersMissingReminders(meeting, EW, at('2026-03-31T23:00:00Z')))).toEqual(['papers-missing:m1:2026-03-31']);
    expect(keys(papersMissingReminders(meeting, EW, at('2026-04-06T09:00:00Z')))).toEqual(['papers-missing:m1:2026-03-31']);
    expect(papersMissingReminders(meeting, EW, at('2026-04-09T09:00:00Z'))).toEqual([]);
  });

  it('says nothing when every paper is in', () => {
    expect(papersMissingReminders({ ...meeting, missing: 0 }, EW, at('2026-04-01T09:00:00Z'))).toEqual([]);
  });
});

describe('revised dates awaiting agreement', () => {
  it('reminds the proposer on the next meeting’s paper deadline', () => {
    const r = { id: 'r1', proposedDueOn: '2026-06-30', nextMeeting: { id: 'm2', startsAt: at('2026-04-09T09:00:00Z') }, paperNoticeWorkingDays: 5 };
    expect(revisionReminders(r, EW, at('2026-03-30T12:00:00Z'))).toEqual([]);
    expect(keys(revisionReminders(r, EW, at('2026-03-31T06:00:00Z')))).toEqual(['action-revision:r1:2026-06-30:m2']);
    expect(revisionReminders({ ...r, nextMeeting: null }, EW, at('2026-03-31T06:00:00Z'))).toEqual([]);
  });
});

describe('minutes', () => {
  it('the Chair: two working days after the minutes were sent, then weekly', () => {
    // sent Thursday 2 April 2026: two working days on is Wednesday 8 April (Easter skipped)
    const v = { versionId: 'v1', sentToChairAt: at('2026-04-02T10:00:00Z'), dueOn: '2026-04-09' };
    const stamp = v.sentToChairAt.getTime();
    expect(minutesApprovalReminders(v, EW, at('2026-04-07T12:00:00Z'))).toEqual([]);
    expect(keys(minutesApprovalReminders(v, EW, at('2026-04-08T06:00:00Z')))).toEqual([`minutes-approval:v1:${stamp}:0`]);
    expect(keys(minutesApprovalReminders(v, EW, at('2026-04-15T06:00:00Z')))).toEqual([`minutes-approval:v1:${stamp}:1`]);
  });

  it('the administrator: two working days before distribution is due, until the end of that day', () => {
    const m = { meetingId: 'm1', dueOn: '2026-04-09', distributed: false };
    expect(distributionReminders(m, EW, at('2026-04-07T05:00:00Z'))).toEqual([]);
    expect(keys(distributionReminders(m, EW, at('2026-04-07T06:00:00Z')))).toEqual(['minutes-distribution:m1:2026-04-09']);
    expect(distributionReminders(m, EW, at('2026-04-09T23:00:00Z'))).toEqual([]);
    expect(distributionReminders({ ...m, distributed: true }, EW, at('2026-04-08T09:00:00Z'))).toEqual([]);
  });
});

describe('reviews', () => {
  it('fourteen days ahead and on the day, each once', () => {
    expect(keys(reviewReminders('terms:t1', '2026-06-30', at('2026-06-16T06:00:00Z')))).toEqual(['review-soon:terms:t1:2026-06-30']);
    expect(keys(reviewReminders('terms:t1', '2026-06-30', at('2026-06-30T06:00:00Z')))).toEqual(['review-due:terms:t1:2026-06-30']);
    expect(reviewReminders('terms:t1', '2026-06-30', at(`2026-07-${String(CATCH_UP_DAYS).padStart(2, '0')}T07:00:00Z`))).toEqual([]);
    expect(reviewReminders('schedule:b1', null, at('2026-06-30T06:00:00Z'))).toEqual([]);
  });
});

describe('the weekly digest, Monday morning in London', () => {
  it('mondayOf', () => {
    expect(mondayOf('2026-10-25')).toBe('2026-10-19');
    expect(mondayOf('2026-10-26')).toBe('2026-10-26');
    expect(mondayOf('2026-11-01')).toBe('2026-10-26');
  });

  it('07:00 London is 06:00Z before the October clock change and 07:00Z after it', () => {
    expect(digestSendsAt('2026-10-19').toISOString()).toBe('2026-10-19T06:00:00.000Z');
    expect(digestSendsAt('2026-10-26').toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });

  it('an entry goes in the first Monday sending after it', () => {
    expect(digestDayFor(at('2026-10-19T05:59:59Z'))).toBe('2026-10-19');
    expect(digestDayFor(at('2026-10-19T06:00:00Z'))).toBe('2026-10-26');
    // Sunday night of the clock change, and Monday 06:30 GMT (which would be 07:30 in summer time)
    expect(digestDayFor(at('2026-10-25T23:30:00Z'))).toBe('2026-10-26');
    expect(digestDayFor(at('2026-10-26T06:30:00Z'))).toBe('2026-10-26');
    expect(digestDayFor(at('2026-10-26T07:00:00Z'))).toBe('2026-11-02');
  });

  it('is due from its Monday 07:00, and a missed Monday is caught up later', () => {
    expect(digestIsDue('2026-10-26', at('2026-10-26T06:59:59Z'))).toBe(false);
    expect(digestIsDue('2026-10-26', at('2026-10-26T07:00:00Z'))).toBe(true);
    expect(digestIsDue('2026-10-26', at('2026-10-27T10:00:00Z'))).toBe(true);
  });

  it('londonAt follows the clock', () => {
    expect(londonAt('2026-03-30', 7).toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(londonAt('2026-03-27', 7).toISOString()).toBe('2026-03-27T07:00:00.000Z');
  });
});

describe('preferences', () => {
  it('immediately by default; mandatory kinds always immediately', () => {
    expect(deliveryFor('action-due', null)).toBe('IMMEDIATELY');
    expect(deliveryFor('action-due', 'OFF')).toBe('OFF');
    expect(deliveryFor('minutes-approval', 'OFF')).toBe('IMMEDIATELY');
  });

  it('refuses turning off or digesting a mandatory kind', () => {
    expect(preferenceRefusal('papers-missing', 'OFF')).toMatch(/cannot be turned off/);
    expect(preferenceRefusal('papers-missing', 'DIGEST')).toMatch(/cannot be turned off/);
    expect(preferenceRefusal('papers-missing', 'IMMEDIATELY')).toBeNull();
    expect(preferenceRefusal('apologies', 'OFF')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  circulationRefusal,
  commissionAuthorReminder,
  defaultCommissionDueDay,
  dueDayProblem,
  isCommissionOverdue,
  isOpenCommission,
  uploadLinkExpiry,
} from '@/lib/rules/commissions';

const EW = 'england-and-wales' as const;

describe('the default due date of a commissioned paper', () => {
  it('is the paper deadline less the board’s working days, skipping a bank holiday', () => {
    // Tuesday 12 May 2026, 10:00 in London; papers 5 working days before: Tuesday 5 May
    // (Monday 4 May is the Early May bank holiday). Two working days before that: Thursday 30 April.
    const meeting = new Date('2026-05-12T09:00:00Z');
    expect(defaultCommissionDueDay(meeting, 5, 2, EW)).toBe('2026-04-30');
  });

  it('with 0 working days is the paper deadline’s own day', () => {
    const meeting = new Date('2026-05-12T09:00:00Z');
    expect(defaultCommissionDueDay(meeting, 5, 0, EW)).toBe('2026-05-05');
  });

  it('skips a weekend', () => {
    // Thursday 10 December 2026; papers 2 working days before: Tuesday 8; 3 more: Thursday 3
    expect(defaultCommissionDueDay(new Date('2026-12-10T14:00:00Z'), 2, 3, EW)).toBe('2026-12-03');
    // Monday 14 December; papers 1 before: Friday 11; 1 more: Thursday 10
    expect(defaultCommissionDueDay(new Date('2026-12-14T14:00:00Z'), 1, 1, EW)).toBe('2026-12-10');
  });

  it('skips Christmas and Boxing Day (substitute day)', () => {
    // Wednesday 6 January 2027; papers 5 working days before: 5 Jan(1), 4(2), 31 Dec(3), 30(4), 29(5)
    // (1 Jan and 28 Dec, the Boxing Day substitute, are bank holidays); 1 more: 24 Dec
    expect(defaultCommissionDueDay(new Date('2027-01-06T14:00:00Z'), 5, 1, EW)).toBe('2026-12-24');
  });
});

describe('a due date the administrator chooses', () => {
  const deadline = new Date('2026-05-05T22:59:59.999Z'); // end of 5 May in London
  it('may be any day from today to the paper deadline', () => {
    expect(dueDayProblem('2026-04-30', '2026-04-20', deadline)).toBeNull();
    expect(dueDayProblem('2026-05-05', '2026-04-20', deadline)).toBeNull();
    expect(dueDayProblem('2026-04-20', '2026-04-20', deadline)).toBeNull();
  });
  it('is refused after the paper deadline, with a clear message', () => {
    expect(dueDayProblem('2026-05-06', '2026-04-20', deadline)).toBe('The due date must be on or before the paper deadline of the meeting');
  });
  it('is refused in the past', () => {
    expect(dueDayProblem('2026-04-19', '2026-04-20', deadline)).toBe('The due date must be today or in the future');
  });
  it('with no meeting, only the past is refused', () => {
    expect(dueDayProblem('2027-04-19', '2026-04-20', null)).toBeNull();
  });
});

describe('overdue commissions', () => {
  it('are those still with the author after their due day, by the London calendar', () => {
    const c = { status: 'REQUESTED' as const, dueOn: '2026-06-10' };
    expect(isCommissionOverdue(c, new Date('2026-06-10T22:30:00Z'))).toBe(false); // 23:30 BST on the day
    expect(isCommissionOverdue(c, new Date('2026-06-10T23:30:00Z'))).toBe(true); // 00:30 BST the day after
    expect(isCommissionOverdue({ ...c, status: 'SUBMITTED' }, new Date('2026-07-01T12:00:00Z'))).toBe(false);
    expect(isCommissionOverdue({ ...c, status: 'WITHDRAWN' }, new Date('2026-07-01T12:00:00Z'))).toBe(false);
  });
});

describe('circulation', () => {
  it('needs the reviewer’s approval when there is a reviewer', () => {
    expect(circulationRefusal({ status: 'SUBMITTED', hasReviewer: true })).toBe('The reviewer must approve this paper before it can be circulated');
    expect(circulationRefusal({ status: 'APPROVED', hasReviewer: true })).toBeNull();
  });
  it('follows submission directly when there is none', () => {
    expect(circulationRefusal({ status: 'SUBMITTED', hasReviewer: false })).toBeNull();
  });
  it('is refused before submission, after circulation and after withdrawal', () => {
    expect(circulationRefusal({ status: 'REQUESTED', hasReviewer: false })).toMatch(/not submitted/);
    expect(circulationRefusal({ status: 'CIRCULATED', hasReviewer: false })).toMatch(/already been circulated/);
    expect(circulationRefusal({ status: 'WITHDRAWN', hasReviewer: false })).toMatch(/withdrawn/);
    expect(isOpenCommission('CIRCULATED')).toBe(false);
    expect(isOpenCommission('APPROVED')).toBe(true);
  });
});

describe('the upload link', () => {
  it('expires at the end of the meeting’s day, or four weeks after the due day with no meeting', () => {
    expect(uploadLinkExpiry(new Date('2026-05-12T09:00:00Z'), '2026-04-30').toISOString()).toBe('2026-05-12T22:59:59.999Z');
    expect(uploadLinkExpiry(null, '2026-12-01').toISOString()).toBe('2026-12-29T23:59:59.999Z');
  });
});

describe('the commissioned author’s reminders', () => {
  // due Thursday 30 April 2026; the paper deadline is the end of Tuesday 5 May (after the Early May bank holiday)
  const c = { id: 'c1', status: 'REQUESTED' as const, dueOn: '2026-04-30', paperDeadlineAt: new Date('2026-05-05T22:59:59.999Z') };
  const at = (iso: string) => commissionAuthorReminder(c, new Date(iso))?.key ?? null;

  it('fire at 07:00 London on the day it is due and on the paper deadline’s day, one step at a time', () => {
    expect(at('2026-04-30T05:59:00Z')).toBeNull();
    expect(at('2026-04-30T06:00:00Z')).toBe('commission-due:c1:2026-04-30');
    expect(at('2026-05-04T12:00:00Z')).toBe('commission-due:c1:2026-04-30');
    expect(at('2026-05-05T06:00:00Z')).toBe('commission-deadline:c1:2026-05-05');
    // after the deadline, nothing (the administrator is told of the missing paper)
    expect(at('2026-05-06T06:00:00Z')).toBeNull();
  });

  it('only while the paper is asked of the author; one step when it is due on the deadline’s day', () => {
    expect(commissionAuthorReminder({ ...c, status: 'SUBMITTED' }, new Date('2026-04-30T09:00:00Z'))).toBeNull();
    const sameDay = { ...c, dueOn: '2026-05-05' };
    expect(commissionAuthorReminder(sameDay, new Date('2026-05-05T09:00:00Z'))?.key).toBe('commission-due:c1:2026-05-05');
    // no meeting yet: a week to catch up after the due day
    const noMeeting = { ...c, paperDeadlineAt: null };
    expect(commissionAuthorReminder(noMeeting, new Date('2026-05-06T09:00:00Z'))?.key).toBe('commission-due:c1:2026-04-30');
    expect(commissionAuthorReminder(noMeeting, new Date('2026-05-09T09:00:00Z'))).toBeNull();
  });
});

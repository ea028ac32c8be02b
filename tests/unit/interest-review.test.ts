import { describe, expect, it } from 'vitest';
import { interestReviewState } from '@/lib/rules/interests';

describe('the yearly review of a register of interests', () => {
  it('is needed by someone who has never reviewed it', () => {
    expect(interestReviewState(null, new Date('2026-12-04T12:00:00Z'))).toEqual({ kind: 'never' });
  });

  it('is current for twelve months, due on the London day a year later, overdue after', () => {
    // reviewed late on 4 December, London time (GMT in winter)
    const reviewed = new Date('2025-12-04T23:30:00Z');
    expect(interestReviewState(reviewed, new Date('2026-12-03T12:00:00Z'))).toEqual({ kind: 'current', dueOn: '2026-12-04' });
    expect(interestReviewState(reviewed, new Date('2026-12-04T09:00:00Z'))).toEqual({ kind: 'due', dueOn: '2026-12-04', overdue: false });
    expect(interestReviewState(reviewed, new Date('2026-12-05T09:00:00Z'))).toEqual({ kind: 'due', dueOn: '2026-12-04', overdue: true });
  });

  it('counts from the London day, across the clock change', () => {
    // 00:30 on 1 July in London is still 30 June in UTC
    const reviewed = new Date('2026-06-30T23:30:00Z');
    expect(interestReviewState(reviewed, new Date('2027-06-30T12:00:00Z'))).toEqual({ kind: 'current', dueOn: '2027-07-01' });
  });
});

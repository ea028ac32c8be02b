import { describe, expect, it } from 'vitest';
import { hasBegun, isUpcoming } from '../../lib/rules/meetings';
import { FINISHED_ACTION_STATUSES, isFinished, type PlanActionStatus } from '../../lib/rules/plans';

const startsAt = new Date('2026-04-09T09:00:00Z'); // 10:00 London (BST)
const before = new Date('2026-04-09T08:59:59.999Z');

describe('hasBegun', () => {
  it('is false before the start, true from the start to ever after', () => {
    expect(hasBegun({ status: 'SCHEDULED', startsAt }, before)).toBe(false);
    expect(hasBegun({ status: 'SCHEDULED', startsAt }, startsAt)).toBe(true);
    expect(hasBegun({ status: 'SCHEDULED', startsAt }, new Date('2027-01-01T00:00:00Z'))).toBe(true);
  });

  it('is true for a meeting recorded as held, whatever the clock', () => {
    expect(hasBegun({ status: 'HELD', startsAt }, before)).toBe(true);
  });

  it('is never true for a cancelled meeting', () => {
    expect(hasBegun({ status: 'CANCELLED', startsAt }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('isUpcoming', () => {
  it('is a scheduled meeting that has not begun', () => {
    expect(isUpcoming({ status: 'SCHEDULED', startsAt }, before)).toBe(true);
    expect(isUpcoming({ status: 'SCHEDULED', startsAt }, startsAt)).toBe(false);
    expect(isUpcoming({ status: 'CANCELLED', startsAt }, before)).toBe(false);
    expect(isUpcoming({ status: 'HELD', startsAt }, before)).toBe(false);
  });
});

describe('finished plan action statuses', () => {
  it('are signed off, closed and carried over, and nothing else', () => {
    expect([...FINISHED_ACTION_STATUSES].sort()).toEqual(['CARRIED_OVER', 'CLOSED', 'SIGNED_OFF']);
    const all: PlanActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'AWAITING_SIGN_OFF', 'SIGNED_OFF', 'CARRIED_OVER', 'CLOSED'];
    expect(all.filter(isFinished)).toEqual(['SIGNED_OFF', 'CARRIED_OVER', 'CLOSED']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  LOG_STATUSES,
  UPDATE_STATUSES,
  dropRefusal,
  isOverdue,
  isOpenWork,
  finalReason,
  isFinal,
  signOffRefusal,
  statusChangeRefusal,
} from '../../lib/rules/action-log';
import { effectiveDueDate, revisionRefusal } from '../../lib/rules/due-date-revision';

describe('status changes through a progress update', () => {
  it.each(UPDATE_STATUSES.flatMap((from) => UPDATE_STATUSES.map((to) => [from, to] as const)))('%s to %s is allowed', (from, to) => {
    expect(statusChangeRefusal(from, to)).toBeNull();
  });

  it.each(UPDATE_STATUSES)('%s cannot be closed by an update: closing is sign-off at a meeting', (from) => {
    expect(statusChangeRefusal(from, 'CLOSED')).toMatch(/signs it off at a meeting/);
  });

  it.each(UPDATE_STATUSES)('%s cannot be dropped by an update', (from) => {
    expect(statusChangeRefusal(from, 'DROPPED')).toMatch(/administrator/);
  });

  it.each(LOG_STATUSES)('nothing moves a closed or dropped action (to %s)', (to) => {
    expect(statusChangeRefusal('CLOSED', to)).toMatch(/signed off/);
    expect(statusChangeRefusal('DROPPED', to)).toMatch(/dropped/);
  });
});

describe('final actions', () => {
  it('only closed and dropped are final', () => {
    expect(LOG_STATUSES.filter(isFinal)).toEqual(['CLOSED', 'DROPPED']);
  });

  it('says why a final action refuses changes, naming it', () => {
    expect(finalReason('CLOSED', 'IB-2026-004')).toBe('IB-2026-004 has been signed off as complete at a meeting, so it can no longer be changed');
    expect(finalReason('DROPPED', 'IB-2026-004')).toMatch(/dropped/);
    expect(finalReason('IN_PROGRESS', 'IB-2026-004')).toBeNull();
  });
});

describe('sign-off', () => {
  it.each(['IN_PROGRESS', 'AWAITING_SIGN_OFF'] as const)('%s can be signed off', (status) => {
    expect(signOffRefusal(status)).toBeNull();
  });

  it('an open action is not ready', () => {
    expect(signOffRefusal('OPEN')).toMatch(/in progress or awaiting sign-off/);
  });

  it('a closed action is not signed off twice, a dropped one never', () => {
    expect(signOffRefusal('CLOSED')).toMatch(/already been signed off/);
    expect(signOffRefusal('DROPPED')).toMatch(/dropped/);
  });
});

describe('dropping', () => {
  it.each(UPDATE_STATUSES)('%s can be dropped', (status) => {
    expect(dropRefusal(status)).toBeNull();
  });

  it('closed and dropped cannot', () => {
    expect(dropRefusal('CLOSED')).toMatch(/signed off/);
    expect(dropRefusal('DROPPED')).toMatch(/already been dropped/);
  });
});

describe('revised due dates', () => {
  const base = { effectiveDue: '2026-04-30', pending: null, today: '2026-03-20' };

  it('the agreed revision counts over the original', () => {
    expect(effectiveDueDate('2026-04-30', '2026-06-30')).toBe('2026-06-30');
    expect(effectiveDueDate('2026-04-30', null)).toBe('2026-04-30');
  });

  it('accepts a later or an earlier date that is not in the past', () => {
    expect(revisionRefusal({ ...base, proposed: '2026-06-30' })).toBeNull();
    expect(revisionRefusal({ ...base, proposed: '2026-04-01' })).toBeNull();
    expect(revisionRefusal({ ...base, proposed: '2026-03-20' })).toBeNull();
  });

  it('refuses the date that already counts', () => {
    expect(revisionRefusal({ ...base, proposed: '2026-04-30' })).toMatch(/different from the current due date/);
  });

  it('refuses a date in the past', () => {
    expect(revisionRefusal({ ...base, proposed: '2026-03-19' })).toMatch(/today or later/);
  });

  it('refuses re-proposing the date already waiting for agreement, but not another one', () => {
    expect(revisionRefusal({ ...base, pending: '2026-06-30', proposed: '2026-06-30' })).toMatch(/already proposed/);
    expect(revisionRefusal({ ...base, pending: '2026-06-30', proposed: '2026-07-31' })).toBeNull();
  });

  it('compares against the agreed revision, not the original, once one is agreed', () => {
    const agreed = effectiveDueDate('2026-04-30', '2026-06-30');
    expect(revisionRefusal({ ...base, effectiveDue: agreed, proposed: '2026-04-30' })).toBeNull();
    expect(revisionRefusal({ ...base, effectiveDue: agreed, proposed: '2026-06-30' })).toMatch(/different/);
  });

  it('refuses a malformed day rather than comparing strings', () => {
    expect(() => revisionRefusal({ ...base, proposed: '2026-02-30' })).toThrow();
  });
});

describe('overdue and open work', () => {
  it('is overdue only when open or in progress with the date that counts before today', () => {
    expect(isOverdue('OPEN', '2026-03-19', '2026-03-20')).toBe(true);
    expect(isOverdue('IN_PROGRESS', '2026-03-19', '2026-03-20')).toBe(true);
    expect(isOverdue('OPEN', '2026-03-20', '2026-03-20')).toBe(false);
    expect(isOverdue('AWAITING_SIGN_OFF', '2026-03-01', '2026-03-20')).toBe(false);
    expect(isOverdue('CLOSED', '2026-03-01', '2026-03-20')).toBe(false);
    expect(isOverdue('DROPPED', '2026-03-01', '2026-03-20')).toBe(false);
  });
  it('counts everything not signed off or dropped as open work', () => {
    expect(LOG_STATUSES.filter(isOpenWork)).toEqual(['OPEN', 'IN_PROGRESS', 'AWAITING_SIGN_OFF']);
  });
});

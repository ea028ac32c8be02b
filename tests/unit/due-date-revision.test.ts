import { describe, expect, it } from 'vitest';
import { proposalOutcome } from '../../lib/rules/due-date-revision';

describe('what a proposed revised date does (the action log and the plans alike)', () => {
  const base = { effectiveDue: '2026-04-30', today: '2026-03-20' };

  it('starts a proposal when none waits and the page showed none', () => {
    expect(proposalOutcome({ ...base, proposed: '2026-06-30', pending: null, seen: '', waiting: '' })).toEqual({ kind: 'new' });
  });

  it('replaces the waiting proposal the proposer saw', () => {
    expect(proposalOutcome({ ...base, proposed: '2026-07-31', pending: '2026-06-30', seen: 'r1@1', waiting: 'r1@1' })).toEqual({ kind: 'replace' });
  });

  it('is a clash when a proposal was made, replaced or agreed since the page was loaded', () => {
    // someone proposed after the page loaded with nothing waiting
    expect(proposalOutcome({ ...base, proposed: '2026-07-31', pending: '2026-06-30', seen: '', waiting: 'r1@1' })).toEqual({ kind: 'clash' });
    // the one seen was replaced since
    expect(proposalOutcome({ ...base, proposed: '2026-07-31', pending: '2026-06-30', seen: 'r1@1', waiting: 'r1@2' })).toEqual({ kind: 'clash' });
    // the one seen was agreed since: nothing waits now
    expect(proposalOutcome({ ...base, proposed: '2026-07-31', pending: null, seen: 'r1@1', waiting: '' })).toEqual({ kind: 'clash' });
  });

  it('checks the clash before the date, so the proposer sees what is waiting first', () => {
    expect(proposalOutcome({ ...base, proposed: '2026-01-01', pending: '2026-06-30', seen: '', waiting: 'r1@1' })).toEqual({ kind: 'clash' });
  });

  it('refuses a date that is no revision, with the reason', () => {
    expect(proposalOutcome({ ...base, proposed: '2026-04-30', pending: null, seen: '', waiting: '' })).toEqual({
      kind: 'refused',
      reason: 'The new date must be different from the current due date',
    });
    expect(proposalOutcome({ ...base, proposed: '2026-03-19', pending: null, seen: '', waiting: '' })).toEqual({
      kind: 'refused',
      reason: 'The new date must be today or later',
    });
    expect(proposalOutcome({ ...base, proposed: '2026-06-30', pending: '2026-06-30', seen: 'r1@1', waiting: 'r1@1' })).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/already proposed/),
    });
  });
});

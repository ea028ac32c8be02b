import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAN_THEMES,
  outcomeDayProblem,
  carryOverCheck,
  checkStatusChange,
  findingCoverage,
  planActionRag,
  readEvidence,
  scrutinyIssues,
  themeStem,
  transitionBlockers,
  type PlanActionStatus,
} from '../../lib/rules/plans';

describe('default themes', () => {
  it("are Blackpool's six, in its order (004 5.6)", () => {
    expect(DEFAULT_PLAN_THEMES).toEqual([
      'Performance Management',
      'Quality Assurance',
      'Improving Front Line',
      'Partnership Working',
      'Scrutiny',
      'Communications',
    ]);
  });
});

describe('themeStem', () => {
  it('takes the initials of the first two words, or two letters of a single word, and the position', () => {
    expect(themeStem('Performance Management', 1)).toBe('PM1');
    expect(themeStem('Scrutiny', 5)).toBe('SC5');
    expect(themeStem('Voice of the Child', 7)).toBe('VC7');
    expect(themeStem('  ', 2)).toBe('T2');
  });
});

describe('findingCoverage', () => {
  const findings = [
    { id: 'f1', reference: 'PA1' },
    { id: 'f2', reference: 'PA2' },
    { id: 'f3', reference: 'AFI1' },
  ];
  it('lists each finding with the actions answering it and the findings with none', () => {
    const c = findingCoverage(findings, [
      { findingId: 'f1', actionId: 'a2', actionReference: 'PM1.10' },
      { findingId: 'f1', actionId: 'a1', actionReference: 'PM1.2' },
      { findingId: 'f3', actionId: 'a1', actionReference: 'PM1.2' },
    ]);
    expect(c.findings.map((f) => [f.reference, f.actions.map((a) => a.reference)])).toEqual([
      ['PA1', ['PM1.2', 'PM1.10']],
      ['PA2', []],
      ['AFI1', ['PM1.2']],
    ]);
    expect(c.uncovered.map((f) => f.reference)).toEqual(['PA2']);
  });
  it('counts a duplicated link once', () => {
    const c = findingCoverage(findings.slice(0, 1), [
      { findingId: 'f1', actionId: 'a1', actionReference: 'X1' },
      { findingId: 'f1', actionId: 'a1', actionReference: 'X1' },
    ]);
    expect(c.findings[0]?.actions).toHaveLength(1);
    expect(c.uncovered).toEqual([]);
  });
  it('warns for every finding when no action answers any', () => {
    expect(findingCoverage(findings, []).uncovered).toHaveLength(3);
  });
});

describe('scrutinyIssues (two layers, 004 5.10)', () => {
  it('accepts none, the first alone, or two different bodies', () => {
    expect(scrutinyIssues(null, null)).toEqual({});
    expect(scrutinyIssues('b1', null)).toEqual({});
    expect(scrutinyIssues('b1', 'b2')).toEqual({});
  });
  it('refuses a second body equal to the first', () => {
    expect(Object.keys(scrutinyIssues('b1', 'b1'))).toEqual(['secondScrutinyBodyId']);
  });
  it('refuses a second body with no first', () => {
    expect(Object.keys(scrutinyIssues(null, 'b2'))).toEqual(['scrutinyBodyId']);
  });
});

describe('planActionRag', () => {
  const today = '2026-03-10';
  it('is red past the due date, amber within two weeks and green beyond', () => {
    expect(planActionRag({ status: 'IN_PROGRESS', dueOn: '2026-03-09', agreedDueOn: null, today })).toBe('RED');
    expect(planActionRag({ status: 'IN_PROGRESS', dueOn: '2026-03-10', agreedDueOn: null, today })).toBe('AMBER');
    expect(planActionRag({ status: 'NOT_STARTED', dueOn: '2026-03-24', agreedDueOn: null, today })).toBe('AMBER');
    expect(planActionRag({ status: 'NOT_STARTED', dueOn: '2026-03-25', agreedDueOn: null, today })).toBe('GREEN');
  });
  it('judges against an agreed revised date, not the original', () => {
    expect(planActionRag({ status: 'IN_PROGRESS', dueOn: '2026-01-01', agreedDueOn: '2026-06-01', today })).toBe('GREEN');
  });
  it('is blue once signed off, closed or carried over, and green while awaiting sign-off', () => {
    for (const status of ['SIGNED_OFF', 'CLOSED', 'CARRIED_OVER'] as const)
      expect(planActionRag({ status, dueOn: '2025-01-01', agreedDueOn: null, today })).toBe('BLUE');
    expect(planActionRag({ status: 'AWAITING_SIGN_OFF', dueOn: '2025-01-01', agreedDueOn: null, today })).toBe('GREEN');
  });
});

describe('checkStatusChange', () => {
  const done = (reference: string, status: PlanActionStatus = 'SIGNED_OFF') => ({ reference, status });
  it('moves one step at a time', () => {
    expect(checkStatusChange({ from: 'DRAFT', to: 'APPROVED', actions: [], lostFromPrevious: [] })).toEqual({ ok: true });
    expect(checkStatusChange({ from: 'APPROVED', to: 'IN_DELIVERY', actions: [], lostFromPrevious: [] })).toEqual({ ok: true });
    expect(checkStatusChange({ from: 'DRAFT', to: 'IN_DELIVERY', actions: [], lostFromPrevious: [] }).ok).toBe(false);
    expect(checkStatusChange({ from: 'CLOSED', to: 'IN_DELIVERY', actions: [], lostFromPrevious: [] }).ok).toBe(false);
    expect(checkStatusChange({ from: 'DRAFT', to: 'DRAFT', actions: [], lostFromPrevious: [] }).ok).toBe(false);
  });
  it('allows transition only when every action is signed off, closed or carried over', () => {
    const finished = [done('A1'), done('A2', 'CLOSED'), done('A3', 'CARRIED_OVER')];
    expect(checkStatusChange({ from: 'IN_DELIVERY', to: 'TRANSITION', actions: finished, lostFromPrevious: [] })).toEqual({ ok: true });
    const refused = checkStatusChange({ from: 'IN_DELIVERY', to: 'TRANSITION', actions: [...finished, done('B7', 'AWAITING_SIGN_OFF')], lostFromPrevious: [] });
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok ? '' : refused.reason).toContain('B7');
    expect(checkStatusChange({ from: 'IN_DELIVERY', to: 'TRANSITION', actions: [], lostFromPrevious: [] }).ok).toBe(false);
  });
  it('refuses approval while an outstanding action of the previous plan is lost', () => {
    const refused = checkStatusChange({ from: 'DRAFT', to: 'APPROVED', actions: [], lostFromPrevious: [{ reference: 'OLD4' }] });
    expect(refused.ok ? '' : refused.reason).toContain('OLD4');
  });
  it('names the blockers', () => {
    expect(transitionBlockers([done('A'), done('B', 'IN_PROGRESS'), done('C', 'NOT_STARTED')]).map((a) => a.reference)).toEqual(['B', 'C']);
  });
});

describe('carryOverCheck (nothing lost, 004 5.4)', () => {
  const old = [
    { id: 'o1', reference: 'OLD1', status: 'SIGNED_OFF' as const },
    { id: 'o2', reference: 'OLD2', status: 'CARRIED_OVER' as const },
    { id: 'o3', reference: 'OLD3', status: 'CLOSED' as const },
    { id: 'o4', reference: 'OLD4', status: 'IN_PROGRESS' as const },
  ];
  const rows = [
    { fromPlanActionId: 'o2', toPlanActionId: 'n1', closedReason: null },
    { fromPlanActionId: 'o3', toPlanActionId: null, closedReason: 'Superseded by the SEND plan' },
    { fromPlanActionId: 'o4', toPlanActionId: 'n2', closedReason: null },
  ];
  it('passes when every outstanding action is carried or closed with a reason', () => {
    const c = carryOverCheck(old, rows);
    expect(c.nothingLost).toBe(true);
    expect(c.outstanding.map((a) => a.reference)).toEqual(['OLD2', 'OLD3', 'OLD4']);
    expect(c.carried.map((a) => a.reference)).toEqual(['OLD2', 'OLD4']);
    expect(c.closed.map((a) => a.reference)).toEqual(['OLD3']);
  });
  it('fails when one outstanding action is left unmapped', () => {
    const c = carryOverCheck(old, rows.slice(0, 2));
    expect(c.nothingLost).toBe(false);
    expect(c.lost.map((a) => a.reference)).toEqual(['OLD4']);
  });
  it('does not count a closure with a blank reason', () => {
    const c = carryOverCheck(old, [rows[0]!, { fromPlanActionId: 'o3', toPlanActionId: null, closedReason: '  ' }, rows[2]!]);
    expect(c.lost.map((a) => a.reference)).toEqual(['OLD3']);
  });
  it('needs nothing for signed-off actions', () => {
    expect(carryOverCheck([old[0]!], []).nothingLost).toBe(true);
  });
});

describe('readEvidence', () => {
  it('reads the seed shape and fills missing lists', () => {
    expect(readEvidence({ documents: ['Report'], measures: ['Re-referrals'], summary: 'Tested' })).toEqual({
      documents: ['Report'],
      links: [],
      measures: ['Re-referrals'],
      summary: 'Tested',
    });
    expect(readEvidence(null)).toEqual({ documents: [], links: [], measures: [], summary: undefined });
  });
});

describe('the day of Ofsted’s response', () => {
  it('is on or after the day the plan was submitted, and not in the future', () => {
    expect(outcomeDayProblem('2026-03-01', '2026-03-01', '2026-03-10')).toBeNull();
    expect(outcomeDayProblem('2026-03-10', '2026-03-01', '2026-03-10')).toBeNull();
    expect(outcomeDayProblem('2026-02-28', '2026-03-01', '2026-03-10')).toMatch(/after the plan was submitted/);
    expect(outcomeDayProblem('2026-03-11', '2026-03-01', '2026-03-10')).toMatch(/in the future/);
  });
});

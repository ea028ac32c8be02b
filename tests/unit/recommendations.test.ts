import { describe, expect, it } from 'vitest';
import { advisoryDecisionMessage, decisionsOfAdvisoryBoard, outcomeCounts, outcomeErrors, resolveDecisionMaker } from '@/lib/rules/recommendations';

describe('an advisory board decides nothing', () => {
  const items = [
    { position: 1, kinds: [{ key: 1, kind: 'RECOMMENDATION' as const }] },
    {
      position: 2,
      kinds: [
        { key: 1, kind: 'DECISION' as const },
        { key: 3, kind: 'RECOMMENDATION' as const },
        { key: 4, kind: 'DECISION' as const },
      ],
    },
  ];

  it('names every decision in its minutes, by item and row', () => {
    expect(decisionsOfAdvisoryBoard(true, items)).toEqual([
      { position: 2, key: 1 },
      { position: 2, key: 4 },
    ]);
  });

  it('leaves a board that takes its own decisions alone', () => {
    expect(decisionsOfAdvisoryBoard(false, items)).toEqual([]);
  });

  it('says why, naming the item and row', () => {
    expect(advisoryDecisionMessage(2, 4)).toBe(
      'Item 2: this board is advisory, so row 4 must be a recommendation naming who decides, not a decision of the board',
    );
  });
});

describe('who a recommendation names', () => {
  const list = [
    { id: 'cabinet', name: 'Cabinet', archived: false },
    { id: 'dcs', name: 'Director of Children’s Services', archived: false },
    { id: 'old', name: 'Children’s Trust Board', archived: true },
  ];

  it('takes an entry in use, in the list’s spelling', () => {
    expect(resolveDecisionMaker('cabinet', list, new Set())).toEqual({ id: 'cabinet', name: 'Cabinet' });
  });

  it('refuses a name not on the list, or archived, unless the row already had exactly those words', () => {
    expect(resolveDecisionMaker('The Leader', list, new Set())).toBeNull();
    expect(resolveDecisionMaker('Children’s Trust Board', list, new Set())).toBeNull();
    expect(resolveDecisionMaker('The Leader', list, new Set(['The Leader']))).toEqual({ id: null, name: 'The Leader' });
    expect(resolveDecisionMaker('Children’s Trust Board', list, new Set(['Children’s Trust Board']))).toEqual({ id: 'old', name: 'Children’s Trust Board' });
  });
});

describe('the outcome of a recommendation', () => {
  const base = { meetingDay: '2026-03-10', today: '2026-04-20' } as const;

  it('needs nothing more while pending', () => {
    expect(outcomeErrors({ ...base, outcome: 'PENDING', decidedOn: null, reference: null })).toEqual({});
  });

  it('needs the day and the reference once decided', () => {
    expect(outcomeErrors({ ...base, outcome: 'ACCEPTED', decidedOn: null, reference: ' ' })).toEqual({
      decidedOn: 'Enter the date the decision was taken',
      reference: 'Enter the decision’s reference, for example the Cabinet minute number',
    });
  });

  it('takes a day from the meeting to today, inclusive', () => {
    expect(outcomeErrors({ ...base, outcome: 'REJECTED', decidedOn: '2026-03-10', reference: 'CAB/12' })).toEqual({});
    expect(outcomeErrors({ ...base, outcome: 'ACCEPTED_WITH_CHANGES', decidedOn: '2026-04-20', reference: 'CAB/12' })).toEqual({});
    expect(outcomeErrors({ ...base, outcome: 'ACCEPTED', decidedOn: '2026-03-09', reference: 'CAB/12' }).decidedOn).toMatch(/before the meeting/);
    expect(outcomeErrors({ ...base, outcome: 'ACCEPTED', decidedOn: '2026-04-21', reference: 'CAB/12' }).decidedOn).toMatch(/in the future/);
  });

  it('counts each standing outcome, none recorded being pending', () => {
    expect(outcomeCounts([null, 'PENDING', 'ACCEPTED', 'REJECTED', 'ACCEPTED'])).toEqual({ PENDING: 2, ACCEPTED: 2, ACCEPTED_WITH_CHANGES: 0, REJECTED: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { nextStatuses, statusChangeProblem } from '../../lib/boards/status';
import { parentProblem, supportingBoards } from '../../lib/boards/hierarchy';
import { slugify, uniquePrefix, uniqueSlug } from '../../lib/boards/slug';
import { parseTypedDay, typedDay } from '../../lib/forms/fields';

describe('board status', () => {
  const change = (
    from: 'PROVISIONAL' | 'ESTABLISHED' | 'DISSOLVED',
    to: 'PROVISIONAL' | 'ESTABLISHED' | 'DISSOLVED',
    effectiveOn = '2026-03-01',
    lastEffectiveOn: string | null = '2026-01-10',
  ) => statusChangeProblem({ from, to, effectiveOn, lastEffectiveOn, today: '2026-03-20' });

  it('goes provisional → established → dissolved, or straight to dissolved', () => {
    expect(change('PROVISIONAL', 'ESTABLISHED')).toBeNull();
    expect(change('ESTABLISHED', 'DISSOLVED')).toBeNull();
    expect(change('PROVISIONAL', 'DISSOLVED')).toBeNull();
    expect(nextStatuses('PROVISIONAL')).toEqual(['ESTABLISHED', 'DISSOLVED']);
  });

  it('never goes back, and dissolution is final', () => {
    expect(change('ESTABLISHED', 'PROVISIONAL')?.field).toBe('status');
    expect(change('DISSOLVED', 'ESTABLISHED')?.message).toMatch(/dissolution is final/);
    expect(change('DISSOLVED', 'PROVISIONAL')?.field).toBe('status');
    expect(change('ESTABLISHED', 'ESTABLISHED')?.message).toMatch(/already established/);
    expect(nextStatuses('DISSOLVED')).toEqual([]);
  });

  it('keeps the history in order and in the past', () => {
    expect(change('PROVISIONAL', 'ESTABLISHED', '2026-01-09')?.field).toBe('effectiveOn');
    expect(change('PROVISIONAL', 'ESTABLISHED', '2026-01-10')).toBeNull();
    expect(change('PROVISIONAL', 'ESTABLISHED', '2026-03-20')).toBeNull();
    expect(change('PROVISIONAL', 'ESTABLISHED', '2026-03-21')?.field).toBe('effectiveOn');
    expect(change('PROVISIONAL', 'ESTABLISHED', '2020-01-01', null)).toBeNull();
  });
});

describe('board hierarchy', () => {
  // ib ← eg ← wg (a working group supports the Executive Group); trust stands alone
  const edges = [
    { id: 'ib', parentBoardId: null },
    { id: 'eg', parentBoardId: 'ib' },
    { id: 'wg', parentBoardId: 'eg' },
    { id: 'trust', parentBoardId: null },
  ];

  it('finds every board below one', () => {
    expect([...supportingBoards('ib', edges)].sort()).toEqual(['eg', 'wg']);
    expect(supportingBoards('wg', edges).size).toBe(0);
  });

  it('refuses a board as its own parent, and any cycle', () => {
    expect(parentProblem('ib', 'ib', edges)).toBe('self');
    expect(parentProblem('ib', 'eg', edges)).toBe('cycle');
    expect(parentProblem('ib', 'wg', edges)).toBe('cycle');
    expect(parentProblem('eg', 'wg', edges)).toBe('cycle');
  });

  it('accepts a new parent that does not loop, or none', () => {
    expect(parentProblem('wg', 'ib', edges)).toBeNull();
    expect(parentProblem('trust', 'wg', edges)).toBeNull();
    expect(parentProblem('eg', null, edges)).toBeNull();
  });

  it('terminates on data that already loops', () => {
    const looped = [
      { id: 'a', parentBoardId: 'b' },
      { id: 'b', parentBoardId: 'a' },
    ];
    expect(parentProblem('c', 'a', looped)).toBeNull();
    expect(parentProblem('a', 'b', looped)).toBe('cycle');
  });
});

describe('board addresses and prefixes', () => {
  it('makes a slug from the name', () => {
    expect(slugify('Children’s Services Improvement Board')).toBe('childrens-services-improvement-board');
    expect(slugify('SEND & Inclusion — Executive Group')).toBe('send-and-inclusion-executive-group');
    expect(slugify('Éducation Board')).toBe('education-board');
    expect(slugify('———')).toBe('board');
  });

  it('keeps slugs unique in the council and away from route names', () => {
    expect(uniqueSlug('Improvement Board', new Set(['improvement-board', 'improvement-board-2']))).toBe('improvement-board-3');
    expect(uniqueSlug('New', new Set())).toBe('new-2');
  });

  it('uses the initials for the action reference prefix, unique in the council', () => {
    expect(uniquePrefix('Children’s Trust Board', new Set())).toBe('CTB');
    expect(uniquePrefix('Improvement Board', new Set(['IB']))).toBe('IB2');
    expect(uniquePrefix('The Executive Group', new Set())).toBe('EG');
    expect(uniquePrefix('2026', new Set())).toBe('B');
  });
});

describe('typed dates', () => {
  it('reads the forms people type in the UK and ISO dates', () => {
    expect(parseTypedDay('27/3/2026')).toBe('2026-03-27');
    expect(parseTypedDay('07.04.2026')).toBe('2026-04-07');
    expect(parseTypedDay('2026-3-9')).toBe('2026-03-09');
    expect(typedDay('2026-03-09')).toBe('9/3/2026');
  });

  it('refuses days that are not on the calendar', () => {
    expect(parseTypedDay('31/2/2026')).toBeNull();
    expect(parseTypedDay('29/2/2023')).toBeNull();
    expect(parseTypedDay('3/27/2026')).toBeNull();
    expect(parseTypedDay('next Tuesday')).toBeNull();
    expect(parseTypedDay('1/1/0026')).toBeNull();
  });
});

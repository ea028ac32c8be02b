import { describe, expect, it } from 'vitest';
import { apologiesStillOpen, compareTasks, DUE_SOON_DAYS, isDueSoon, taskState } from '../../lib/rules/for-you';

describe('For you rules', () => {
  it('says late work is overdue, work within the window due soon, the rest to do', () => {
    expect(taskState('2026-11-25', '2026-11-26')).toBe('overdue');
    expect(taskState('2026-11-26', '2026-11-26')).toBe('due-soon');
    expect(taskState('2026-12-10', '2026-11-26')).toBe('due-soon');
    expect(DUE_SOON_DAYS).toBe(14);
    expect(taskState('2026-12-11', '2026-11-26')).toBe('to-do');
    expect(taskState(null, '2026-11-26')).toBe('to-do');
    expect(taskState('2026-11-01', '2026-11-26', true)).toBe('done');
  });

  it('puts two undated tasks of the same state level with each other', () => {
    expect(compareTasks({ state: 'to-do', due: null }, { state: 'to-do', due: null })).toBe(0);
    expect(compareTasks({ state: 'to-do', due: new Date('2026-12-01T00:00:00Z') }, { state: 'to-do', due: null })).toBeLessThan(0);
  });

  it('counts due soon from today, never the past', () => {
    expect(isDueSoon('2026-11-26', '2026-11-26')).toBe(true);
    expect(isDueSoon('2026-11-25', '2026-11-26')).toBe(false);
    // across the clock change at the end of March, days are London days
    expect(isDueSoon('2027-04-08', '2027-03-25')).toBe(true);
  });

  it('orders late work first, then the soonest deadline, undated after dated, done last', () => {
    const at = (iso: string | null) => (iso ? new Date(iso) : null);
    const tasks = [
      { id: 'done', state: 'done' as const, due: at('2026-11-01T00:00:00Z') },
      { id: 'todo-undated', state: 'to-do' as const, due: null },
      { id: 'soon-later', state: 'due-soon' as const, due: at('2026-12-05T00:00:00Z') },
      { id: 'late', state: 'overdue' as const, due: at('2026-11-20T00:00:00Z') },
      { id: 'soon-first', state: 'due-soon' as const, due: at('2026-11-28T00:00:00Z') },
      { id: 'todo-dated', state: 'to-do' as const, due: at('2027-01-05T00:00:00Z') },
    ];
    expect(tasks.sort(compareTasks).map((t) => t.id)).toEqual(['late', 'soon-first', 'soon-later', 'todo-dated', 'todo-undated', 'done']);
  });

  it('keeps a reply open only before the apologies deadline and the meeting, and only when none was sent', () => {
    const m = { replied: false, startsAt: new Date('2026-12-10T10:00:00Z'), apologyDeadline: new Date('2026-12-08T10:00:00Z') };
    expect(apologiesStillOpen(m, new Date('2026-12-08T09:59:00Z'))).toBe(true);
    expect(apologiesStillOpen(m, new Date('2026-12-08T10:01:00Z'))).toBe(false);
    expect(apologiesStillOpen({ ...m, replied: true }, new Date('2026-12-01T00:00:00Z'))).toBe(false);
  });
});

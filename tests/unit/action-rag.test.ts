import { describe, it, expect } from 'vitest';
import { actionRag, type ActionStatus } from '../../lib/rules/action-rag';

const base = { dueDate: '2024-06-30', revisedDueDate: null, today: '2024-06-01' } as const;

describe('actionRag', () => {
  it.each(['closed', 'dropped'] as const)('%s is complete, even long overdue', (status) => {
    expect(actionRag({ ...base, status, today: '2025-01-01' })).toBe('complete');
  });

  it.each(['open', 'in-progress'] as const)('%s past its due date is red', (status) => {
    expect(actionRag({ ...base, status, today: '2024-07-01' })).toBe('red');
  });

  it('on the due day itself it is amber, not red', () => {
    expect(actionRag({ ...base, status: 'open', today: '2024-06-30' })).toBe('amber');
  });

  it('exactly 14 days before is amber, 15 days before is green', () => {
    expect(actionRag({ ...base, status: 'open', today: '2024-06-16' })).toBe('amber');
    expect(actionRag({ ...base, status: 'open', today: '2024-06-15' })).toBe('green');
  });

  it('honours a different dueSoonDays', () => {
    expect(actionRag({ ...base, status: 'open', today: '2024-06-01', dueSoonDays: 30 })).toBe('amber');
    expect(actionRag({ ...base, status: 'open', today: '2024-06-29', dueSoonDays: 0 })).toBe('green');
    expect(actionRag({ ...base, status: 'open', today: '2024-06-30', dueSoonDays: 0 })).toBe('amber');
  });

  it('counts calendar days through February in leap and ordinary years', () => {
    expect(actionRag({ status: 'open', dueDate: '2024-02-29', revisedDueDate: null, today: '2024-02-15' })).toBe('amber');
    expect(actionRag({ status: 'open', dueDate: '2023-03-01', revisedDueDate: null, today: '2023-02-14' })).toBe('green');
    expect(actionRag({ status: 'open', dueDate: '2024-03-01', revisedDueDate: null, today: '2024-02-16' })).toBe('amber');
  });

  it('counts across a clock change without losing a day', () => {
    expect(actionRag({ status: 'open', dueDate: '2024-03-31', revisedDueDate: null, today: '2024-03-17' })).toBe('amber');
    expect(actionRag({ status: 'open', dueDate: '2024-03-31', revisedDueDate: null, today: '2024-03-16' })).toBe('green');
  });

  it('an agreed later revised date replaces the original', () => {
    const overdue = { status: 'open' as ActionStatus, dueDate: '2024-03-01', today: '2024-04-01' };
    expect(actionRag({ ...overdue, revisedDueDate: null })).toBe('red');
    expect(actionRag({ ...overdue, revisedDueDate: '2024-06-30' })).toBe('green');
    expect(actionRag({ ...overdue, revisedDueDate: '2024-04-10' })).toBe('amber');
  });

  it('a revision that brings the date forward is also used', () => {
    expect(actionRag({ status: 'in-progress', dueDate: '2024-06-30', revisedDueDate: '2024-03-01', today: '2024-03-05' })).toBe('red');
  });

  it('awaiting sign-off is green even past its due date', () => {
    expect(actionRag({ ...base, status: 'awaiting-sign-off', today: '2024-09-01' })).toBe('green');
    expect(actionRag({ ...base, status: 'awaiting-sign-off', today: '2024-06-29' })).toBe('green');
  });

  it('refuses bad dates and a negative window', () => {
    expect(() => actionRag({ ...base, status: 'open', today: '2024-06-31' })).toThrow(RangeError);
    expect(() => actionRag({ ...base, status: 'open', dueDate: '30/06/2024' })).toThrow(RangeError);
    expect(() => actionRag({ ...base, status: 'open', revisedDueDate: '2024-02-30' })).toThrow(RangeError);
    expect(() => actionRag({ ...base, status: 'open', dueSoonDays: -1 })).toThrow(RangeError);
  });
});

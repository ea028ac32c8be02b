import { describe, expect, it } from 'vitest';
import { passedDeadlines } from '@/lib/rules/short-notice';

const rules = { paperNoticeWorkingDays: 5, apologyNoticeWorkingDays: 2, publicationNoticeDays: 7, isPublic: false };
// Thursday 3 December 2026, midday in London (GMT)
const now = new Date('2026-12-03T12:00:00Z');

describe('passedDeadlines: what a meeting scheduled this late can no longer meet', () => {
  it('finds none for a meeting a month away', () => {
    expect(passedDeadlines(new Date('2027-01-12T10:00:00Z'), rules, 'england-and-wales', now)).toEqual([]);
  });

  it('finds the papers deadline passed for a meeting four working days away, but not the apologies one', () => {
    // Wednesday 9 December: papers were due by the end of Wednesday 2 December (5 working days before)
    const passed = passedDeadlines(new Date('2026-12-09T10:00:00Z'), rules, 'england-and-wales', now);
    expect(passed.map((d) => d.kind)).toEqual(['papers']);
    expect(passed[0]!.deadline.toISOString()).toBe('2026-12-02T23:59:59.999Z');
  });

  it('finds both for a meeting tomorrow, earliest first', () => {
    const passed = passedDeadlines(new Date('2026-12-04T10:00:00Z'), rules, 'england-and-wales', now);
    expect(passed.map((d) => d.kind)).toEqual(['papers', 'apologies']);
  });

  it('adds the publication deadline on a public board only', () => {
    const start = new Date('2026-12-08T10:00:00Z'); // papers and publication both due by the end of 1 December
    expect(passedDeadlines(start, rules, 'england-and-wales', now).map((d) => d.kind)).not.toContain('publication');
    expect(passedDeadlines(start, { ...rules, isPublic: true }, 'england-and-wales', now).map((d) => d.kind)).toEqual(['papers', 'publication']);
  });
});

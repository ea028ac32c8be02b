import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS_CACHED, bankHolidayOn, cachedHolidayYears } from '../../lib/rules/bank-holidays';
import { recordUnavailable, resetOutageState } from '../../lib/db/outage';
import { groupRssMb } from '../../scripts/soak';

// Fault suite, memory: what the app keeps in process memory across requests is bounded,
// whatever people type, and the soak script's RSS reading works on this machine.
describe('bounded process memory', () => {
  it('keeps at most HOLIDAY_YEARS_CACHED region-years of bank holidays, and still answers correctly', () => {
    for (let year = 1900; year < 2400; year += 1) bankHolidayOn(`${year}-01-01`, 'england-and-wales');
    expect(cachedHolidayYears()).toBeLessThanOrEqual(HOLIDAY_YEARS_CACHED);
    expect(bankHolidayOn('2026-12-25', 'england-and-wales')?.name).toMatch(/Christmas/);
    expect(bankHolidayOn('1999-12-27', 'england-and-wales')).toBeDefined(); // evicted long ago, recomputed
    expect(cachedHolidayYears()).toBeLessThanOrEqual(HOLIDAY_YEARS_CACHED);
  });

  it('keeps one small record of an outage however many requests fail', () => {
    resetOutageState();
    const holder = globalThis as unknown as { __tabledOutage?: object };
    for (let i = 0; i < 10_000; i += 1) recordUnavailable(new Error('connect ECONNREFUSED'), 'query', Date.now(), () => undefined);
    expect(JSON.stringify(holder.__tabledOutage).length).toBeLessThan(300);
    resetOutageState();
  });

  it('reads the resident memory of a process group', () => {
    const mb = groupRssMb(process.pid);
    expect(mb).toBeGreaterThan(10);
    expect(mb).toBeLessThan(24 * 1024);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMaintenanceNow, startMaintenance, stopMaintenance } from '@/lib/maintenance/schedule';

// Housekeeping runs once per deployment: in the process that leads the outbox. These jobs
// count their runs instead of touching the database; the intervals are long, so only the
// start and explicit catch-ups run them during a test.
const countingJob = (name: string, runs: string[], fail = false) => ({
  name,
  everyMs: 24 * 60 * 60_000,
  run: async () => {
    runs.push(name);
    if (fail) throw new Error('disk full');
  },
});

afterEach(() => stopMaintenance());

describe('the housekeeping schedule', () => {
  it('does nothing in a process that does not lead, and catches up at once when it becomes the leader', async () => {
    const runs: string[] = [];
    let leading = false;
    startMaintenance({ jobs: [countingJob('reconcile', runs), countingJob('anchors', runs)], when: () => leading });
    await runMaintenanceNow();
    expect(runs).toEqual([]);

    leading = true;
    await runMaintenanceNow();
    expect(runs.sort()).toEqual(['anchors', 'reconcile']);
  });

  it('runs every job at start where no election gates it, and a failing job neither stops the others nor throws', async () => {
    const runs: string[] = [];
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    startMaintenance({ jobs: [countingJob('reconcile', runs, true), countingJob('receipts', runs)] });
    await runMaintenanceNow();
    expect(runs.filter((r) => r === 'receipts').length).toBeGreaterThanOrEqual(1);
    expect(logged.mock.calls.some(([line]) => String(line).includes('[maintenance] reconcile failed: disk full'))).toBe(true);
    logged.mockRestore();
  });

  it('starts once per process: a second start is ignored until it is stopped', async () => {
    const first: string[] = [];
    const second: string[] = [];
    startMaintenance({ jobs: [countingJob('first', first)], when: () => false });
    startMaintenance({ jobs: [countingJob('second', second)] });
    await runMaintenanceNow();
    expect(second).toEqual([]);
  });
});

import { fileStore } from '../storage';
import { describeReconcile, reconcileStorage } from '../storage/reconcile';
import { writeAuditAnchors } from '../audit/anchor';
import { pruneSubmissionReceipts } from '../action/idempotency';
import { withApp, withCouncil } from '../db/tenant';
import { pruneSignInLeftovers } from '../auth/housekeeping';
import { currentTime } from '../clock';
import { announceDueAgendasIn } from '../public/subscriber-mail';
import { prunePublicSubscriptions } from '../public/subscriptions';

type Job = { name: string; everyMs: number; run: () => Promise<void> };

const minutes = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  return (Number.isFinite(n) && n > 0 ? n : fallback) * 60_000;
};

/** The housekeeping a deployment runs at start and then on a schedule (in the process that leads the outbox). */
export function maintenanceJobs(): Job[] {
  return [
    {
      name: 'storage reconcile',
      everyMs: minutes('STORAGE_RECONCILE_INTERVAL_MINUTES', 60),
      run: async () => {
        const report = await reconcileStorage({ store: fileStore() });
        const lines = describeReconcile(report);
        const quiet = report.removedPartial.length + report.removedUnreferenced.length + report.recovered.length + report.missing.length === 0;
        if (!quiet) for (const line of lines) (report.missing.length ? console.warn : console.log)(line);
      },
    },
    {
      name: 'audit anchors',
      everyMs: minutes('AUDIT_ANCHOR_INTERVAL_MINUTES', 15),
      run: async () => {
        const run = await writeAuditAnchors({ store: fileStore() });
        if (run.skipped) console.warn(`[audit-anchor] not written: ${run.skipped}`);
      },
    },
    {
      name: 'submission receipts',
      everyMs: minutes('RECEIPT_PRUNE_INTERVAL_MINUTES', 6 * 60),
      run: async () => {
        const councils = await withApp((tx) => tx.council.findMany({ select: { id: true } }));
        for (const { id } of councils) await withCouncil(id, (tx) => pruneSubmissionReceipts(tx));
      },
    },
    {
      // an agreed agenda goes public by itself at its deadline: its board's subscribers are told
      name: 'public agenda announcements',
      everyMs: minutes('AGENDA_ANNOUNCE_INTERVAL_MINUTES', 15),
      run: async () => {
        const now = currentTime();
        const councils = await withApp((tx) => tx.council.findMany({ select: { id: true } }));
        for (const { id } of councils) await withCouncil(id, (tx) => announceDueAgendasIn(tx, now));
      },
    },
    {
      // the public's addresses are kept only while they are of use
      name: 'public subscriptions',
      everyMs: minutes('SUBSCRIPTION_PRUNE_INTERVAL_MINUTES', 6 * 60),
      run: async () => {
        const now = currentTime();
        const councils = await withApp((tx) => tx.council.findMany({ select: { id: true } }));
        for (const { id } of councils) await withCouncil(id, (tx) => prunePublicSubscriptions(tx, now));
      },
    },
    {
      // identity tables: as the sign-in role (withAuth), never the app's
      name: 'sign-in leftovers',
      everyMs: minutes('SIGNIN_PRUNE_INTERVAL_MINUTES', 60),
      run: async () => {
        await pruneSignInLeftovers(currentTime());
      },
    },
  ];
}

type Running = { timers: NodeJS.Timeout[]; ticks: (() => Promise<void>)[] };
const holder = globalThis as unknown as { __tabledMaintenance?: Running };

/**
 * Starts every job now and on its interval; a failed run is logged in one line and tried
 * again next time. `when` gates each run: the server passes "this process leads the
 * outbox", so a deployment of many processes does its housekeeping once, not once each.
 */
export function startMaintenance({ jobs = maintenanceJobs(), when = () => true }: { jobs?: Job[]; when?: () => boolean } = {}): void {
  if (holder.__tabledMaintenance) return;
  const running: Running = { timers: [], ticks: [] };
  holder.__tabledMaintenance = running;
  for (const job of jobs) {
    let busy = false;
    const tick = async () => {
      if (busy || !when()) return;
      busy = true;
      try {
        await job.run();
      } catch (error) {
        console.error(`[maintenance] ${job.name} failed: ${(error as Error).message}`);
      } finally {
        busy = false;
      }
    };
    running.ticks.push(tick);
    void tick();
    running.timers.push(setInterval(() => void tick(), job.everyMs).unref());
  }
}

/** Runs every job now (where the gate allows): a process that has just become the leader catches up at once. */
export async function runMaintenanceNow(): Promise<void> {
  await Promise.all(holder.__tabledMaintenance?.ticks.map((tick) => tick()) ?? []);
}

export function stopMaintenance(): void {
  for (const timer of holder.__tabledMaintenance?.timers ?? []) clearInterval(timer);
  holder.__tabledMaintenance = undefined;
}

import { runScheduledNow, startQueueRunner, type QueueRunner } from '../queue/runner';

// Kept on globalThis so a dev-server reload (which re-evaluates modules) finds the
// running runner instead of starting a second one.
const holder = globalThis as unknown as { __tabledQueueRunner?: Promise<QueueRunner | null>; __tabledOutboxLeader?: unknown };

/**
 * Runs the job queue in this process: mail delivery, its dead letters and (unless
 * TABLED_MAINTENANCE=false) the scheduled jobs: housekeeping, reminders, the weekly digest. Calling it again does nothing.
 */
export function startOutboxWorker(): Promise<QueueRunner | null> {
  holder.__tabledQueueRunner ??= (async () => {
    try {
      const { getHandle } = await import('../db/client');
      const { db } = await getHandle();
      const { scheduledJobs } = await import('../queue/jobs');
      const scheduled = process.env.TABLED_MAINTENANCE === 'false' ? {} : scheduledJobs();
      const runner = await startQueueRunner({ db, scheduled });
      // housekeeping catches up at start (after a crash, storage is reconciled at once)
      await runScheduledNow(runner.boss, Object.keys(scheduled));
      return runner;
    } catch (error) {
      // Logged, not thrown: a database outage must not crash the app; the leader tries again.
      console.error(`[queue] could not start: ${(error as Error)?.message ?? error}`);
      holder.__tabledQueueRunner = undefined;
      return null;
    }
  })();
  return holder.__tabledQueueRunner;
}

/**
 * Delivers at once rather than at the worker's next poll; call it after committing a
 * transaction that queued mail. Where this process does not run the queue but another one
 * may (an app worker that is not the leader, see leader.ts), it wakes the leader with a
 * NOTIFY on the PostgreSQL server. Otherwise (scripts, tests) it does nothing.
 */
export function kickOutbox(): Promise<void> {
  const running = holder.__tabledQueueRunner;
  if (running) return running.then((runner) => runner?.kickMail());
  if (!holder.__tabledOutboxLeader) return Promise.resolve();
  return notifyLeader().catch((error) => console.error('[queue] could not wake the leader:', (error as Error).message));
}

async function notifyLeader(): Promise<void> {
  const { getHandle } = await import('../db/client');
  const { db } = await getHandle();
  if (db.kind === 'server') await db.exec(`NOTIFY ${OUTBOX_CHANNEL_NAME}`);
}

// The leader's LISTEN channel (leader.ts); named here too so the worker needs no import of pg.
const OUTBOX_CHANNEL_NAME = 'tabled_outbox';

/** Stops the runner (letting jobs in hand finish), for tests and orderly shutdown. */
export async function stopOutboxWorker(): Promise<void> {
  const running = holder.__tabledQueueRunner;
  if (!running) return;
  holder.__tabledQueueRunner = undefined;
  await (await running)?.stop();
}

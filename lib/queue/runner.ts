import { PgBoss, type Clock, type Job } from 'pg-boss';
import type { Database } from '../db/connection';
import { mailConfig } from '../mail/config';
import { deliverMessage, markUndeliverable, type MailJob } from '../mail/outbox';
import { createTransport, type MailTransport } from '../mail/transport';
import { MAIL_DEAD_LETTERS, MAIL_QUEUE, SCHEDULE_TIME_ZONE, scheduledQueues } from './queues';
import { queueOptions } from './sender';

/** What a scheduled queue runs, by queue name (lib/maintenance/jobs.ts, lib/reminders). */
export type ScheduledWork = Record<string, () => Promise<void>>;

export type RunnerOptions = {
  db: Database;
  transport?: MailTransport;
  /** The scheduled jobs this process runs; none where housekeeping is turned off. */
  scheduled?: ScheduledWork;
  /** Polling interval of the mail worker, in seconds (at least 0.5). */
  pollingSeconds?: number;
  /** For tests: a pg-boss clock they drive. */
  clock?: Clock;
  instanceName?: string;
};

export type QueueRunner = {
  boss: PgBoss;
  /** Wakes the mail worker now (a message was just queued in this process). */
  kickMail(): void;
  stop(): Promise<void>;
};

/**
 * The deployment's job runner: the mail worker, its dead letters, and the scheduled jobs
 * (cron in Europe/London). pg-boss hands each job to one worker however many run, and
 * creates one job per schedule slot across all servers; the app still runs the runner in
 * one process at a time (lib/mail/leader.ts), so the others only queue jobs.
 */
export async function startQueueRunner(opts: RunnerOptions): Promise<QueueRunner> {
  const { db, scheduled = {} } = opts;
  const transport = opts.transport ?? createTransport();
  const boss = new PgBoss({
    ...queueOptions(db),
    supervise: true,
    schedule: Object.keys(scheduled).length > 0,
    instanceName: opts.instanceName ?? `tabled pid=${process.pid}`,
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  boss.on('error', (error) => console.error('[queue]', error.message));
  await boss.start();
  const pollingIntervalSeconds = Math.max(0.5, opts.pollingSeconds ?? mailConfig().intervalMs / 1000);

  const mailWorker = await boss.work<MailJob>(MAIL_QUEUE, { pollingIntervalSeconds, includeMetadata: true }, async (jobs) => {
    for (const job of jobs) {
      const outcome = await deliverMessage(job.data, { transport, retryCount: job.retryCount });
      if (outcome === 'waiting') console.warn('[mail] the mail server cannot be reached: the message waits and is tried again');
    }
  });
  await boss.work<MailJob>(MAIL_DEAD_LETTERS, { pollingIntervalSeconds: 5 }, async (jobs: Job<MailJob>[]) => {
    for (const job of jobs) if (await markUndeliverable(job.data)) console.warn(`[mail] gave up on a ${job.data.kind} message after its last attempt`);
  });

  for (const queue of scheduledQueues()) {
    const run = scheduled[queue.name];
    if (!run) continue;
    // the same schedule from every server: pg-boss keeps one row per name, and one job per slot
    await boss.schedule(queue.name, queue.cron, null, { tz: SCHEDULE_TIME_ZONE, missed: 'once' });
    await boss.work(queue.name, { pollingIntervalSeconds: 5 }, async () => {
      try {
        await run();
      } catch (error) {
        console.error(`[queue] ${queue.description} failed: ${(error as Error).message}`);
        throw error;
      }
    });
  }

  return {
    boss,
    kickMail: () => boss.notifyWorker(mailWorker),
    async stop() {
      await boss.stop({ graceful: true, close: false, timeout: 20_000 });
    },
  };
}

/** Queues each scheduled job once now (a new leader catches up); the slot key keeps two leaders from doubling it. */
export async function runScheduledNow(boss: PgBoss, names: string[], now = new Date()): Promise<void> {
  const slot = `start-${Math.floor(now.getTime() / 60_000)}`;
  for (const name of names) await boss.send(name, null, { singletonKey: slot, singletonSeconds: 60 });
}

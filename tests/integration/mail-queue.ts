import type { PgBoss } from 'pg-boss';
import { getHandle } from '../../lib/db/client';
import { deliverMessage, MailRefusedError, markUndeliverable, type MailJob } from '../../lib/mail/outbox';
import type { MailTransport } from '../../lib/mail/transport';
import { MAIL_DEAD_LETTERS, MAIL_QUEUE, QUEUE_SCHEMA } from '../../lib/queue/queues';
import { startQueueSender } from '../../lib/queue/sender';

/**
 * Makes one job active exactly as pg-boss's fetch does (its retry count goes up on every
 * take after the first), so complete and fail settle it as they would a worker's job.
 */
async function take(id: string): Promise<number | null> {
  const { db } = await getHandle();
  const [row] = await db.query<{ retry_count: number }>(
    `UPDATE ${QUEUE_SCHEMA}.job SET state = 'active', started_on = ${QUEUE_SCHEMA}.job_now(), heartbeat_on = ${QUEUE_SCHEMA}.job_now(),
       retry_count = CASE WHEN started_on IS NOT NULL THEN retry_count + 1 ELSE retry_count END
     WHERE name = $1 AND id = $2 AND state IN ('created', 'retry') RETURNING retry_count`,
    [MAIL_QUEUE, id],
  );
  return row ? row.retry_count : null;
}

export type DrainResult = { sent: number; waiting: number; retried: number; failed: number };

async function boss(): Promise<PgBoss> {
  return startQueueSender((await getHandle()).db);
}

/**
 * Does what the queue's mail worker does (lib/queue/runner.ts), for one kind of message
 * only and at once: on the server every test file shares one database and one queue, so a
 * real worker would deliver other files' mail. Jobs due by `now` run through the worker's
 * own handler and are settled through pg-boss (complete, or fail: its retry with backoff
 * and, after the last attempt, its dead letter, handled here too).
 */
export async function deliverPending(opts: { transport: MailTransport; kind: string; now?: Date; limit?: number }): Promise<DrainResult> {
  const { transport, kind, now = new Date(), limit = 50 } = opts;
  const queue = await boss();
  const result: DrainResult = { sent: 0, waiting: 0, retried: 0, failed: 0 };
  const jobs = await queue.findJobs<MailJob>(MAIL_QUEUE, { data: { kind }, queued: true });
  for (const job of jobs.filter((j) => j.startAfter <= now).slice(0, limit)) {
    const retryCount = await take(job.id);
    if (retryCount === null) continue; // another deliverer took it
    try {
      const outcome = await deliverMessage(job.data, { transport, now, retryCount });
      if (outcome === 'sent') result.sent += 1;
      if (outcome === 'waiting') result.waiting += 1;
      await queue.complete(MAIL_QUEUE, job.id);
    } catch (error) {
      if (!(error instanceof MailRefusedError)) throw error;
      await queue.fail(MAIL_QUEUE, job.id, { message: error.message });
      const after = await queue.findJobs<MailJob>(MAIL_QUEUE, { id: job.id });
      if (after[0]?.state === 'failed') result.failed += 1;
      else result.retried += 1;
    }
  }
  for (const dead of await queue.findJobs<MailJob>(MAIL_DEAD_LETTERS, { data: { kind }, queued: true })) {
    await markUndeliverable(dead.data);
    await queue.complete(MAIL_DEAD_LETTERS, dead.id, null, { includeQueued: true });
  }
  return result;
}

import { fromPrisma, PgBoss, type SendOptions } from 'pg-boss';
import type { Database } from '../db/connection';
import type { Tx } from '../db/tenant';
import { QUEUE_SCHEMA } from './queues';

/**
 * Every process that changes data can queue jobs: a pg-boss instance that only sends (no
 * workers, no supervision, no schedules), started once per database. Jobs are written by
 * the caller's own transaction, so a job exists if and only if the change that caused it
 * commits.
 */
const holder = globalThis as unknown as { __tabledQueueSenders?: WeakMap<Database, Promise<PgBoss>> };
const senders = (holder.__tabledQueueSenders ??= new WeakMap());

export function queueOptions(db: Database) {
  return {
    db: db.queueDb,
    schema: QUEUE_SCHEMA,
    ...(db.kind === 'embedded' ? { backend: 'pglite' as const } : {}),
    migrate: false,
    createSchema: false,
    openTelemetry: { enabled: false },
  };
}

/**
 * Starts this database's sender if it is not running. Called before a transaction opens,
 * never inside one: the embedded database has a single connection, and the sender's own
 * reads would wait for the transaction that waits for them.
 */
export function startQueueSender(db: Database): Promise<PgBoss> {
  let started = senders.get(db);
  if (!started) {
    const boss = new PgBoss({ ...queueOptions(db), supervise: false, schedule: false, registerInstance: false });
    boss.on('error', (error) => console.error('[queue] sender:', error.message));
    started = boss.start().then(
      () => {
        db.onClose(() => boss.stop({ graceful: false, close: false }));
        return boss;
      },
      (error: unknown) => {
        senders.delete(db); // tried again by the next transaction
        throw error;
      },
    );
    senders.set(db, started);
  }
  return started;
}

/** The started sender of the process's database (see lib/db/tenant.ts, which starts it before each transaction). */
async function sender(): Promise<PgBoss> {
  const { getHandle } = await import('../db/client');
  const started = senders.get((await getHandle()).db);
  if (!started) throw new Error('The job queue is not started: queue jobs inside a tenant transaction');
  return started;
}

/** Queues a job in the caller's transaction. */
export async function queueJob(tx: Tx, name: string, data: object, options: Omit<SendOptions, 'db'> = {}): Promise<string | null> {
  const boss = await sender();
  return boss.send(name, data, { ...options, db: fromPrisma(tx) });
}

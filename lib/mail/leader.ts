import pg from 'pg';
import { databaseUrl } from '../db/config';
import { kickOutbox, startOutboxWorker, stopOutboxWorker } from './worker';

/**
 * The job queue's runner (mail delivery and the scheduled jobs, lib/queue/runner.ts) runs
 * once per deployment, however many processes and servers serve the app: on a PostgreSQL
 * server, only the process holding a session-level advisory lock runs it (pg-boss would
 * keep several runners from doubling a job; one keeps the polling down). Every other process asks for the lock again every OUTBOX_LEADER_RETRY_MS, so
 * when the leader stops or dies (its connection closes and the server frees the lock)
 * another takes over. The leader also LISTENs on OUTBOX_CHANNEL, so a mutation committed
 * in any process wakes it at once (kickOutbox sends the NOTIFY where no worker runs).
 *
 * The embedded database allows one process only, so there the worker simply runs.
 */
export const OUTBOX_LEADER_LOCK = 72_616_402;
export const OUTBOX_CHANNEL = 'tabled_outbox';

type LeaderState = {
  stopped: boolean;
  leading: boolean;
  client: pg.Client | null;
  retry?: NodeJS.Timeout;
};

const holder = globalThis as unknown as { __tabledOutboxLeader?: LeaderState };

function retryMs(): number {
  const raw = Number(process.env.OUTBOX_LEADER_RETRY_MS ?? 15_000);
  return Number.isFinite(raw) && raw >= 100 ? raw : 15_000;
}

async function attempt(state: LeaderState, url: string): Promise<void> {
  if (state.stopped || state.client) return;
  // keepAlive: a connection lost without a word (a network partition) is noticed, and the worker stops
  const client = new pg.Client({ connectionString: url, application_name: `tabled-outbox-leader pid=${process.pid}`, keepAlive: true });
  state.client = client;
  const lost = () => {
    if (state.client !== client) return;
    state.client = null;
    if (state.leading) {
      state.leading = false;
      void stopOutboxWorker();
      if (!state.stopped) console.warn('[outbox] lost the leader connection; another process will deliver');
    }
    schedule(state, url);
  };
  client.on('error', lost);
  client.on('end', lost);
  try {
    await client.connect();
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [OUTBOX_LEADER_LOCK]);
    if (!rows[0]?.locked || state.stopped) {
      state.client = null;
      await client.end().catch(() => {});
      schedule(state, url);
      return;
    }
    client.on('notification', () => void kickOutbox());
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    state.leading = true;
    // the queue would not start (the database went away): hand the lock back, and try again later
    if (!(await startOutboxWorker())) await client.end().catch(() => {});
  } catch (error) {
    if (state.client === client) {
      state.client = null;
      await client.end().catch(() => {});
      console.error('[outbox] leader election failed:', (error as Error).message);
      schedule(state, url);
    }
  }
}

function schedule(state: LeaderState, url: string): void {
  if (state.stopped) return;
  clearTimeout(state.retry);
  state.retry = setTimeout(() => void attempt(state, url), retryMs()).unref();
}

/** Starts delivering here if this process is (or later becomes) the deployment's one deliverer. */
export function startOutboxLeader(): void {
  if (holder.__tabledOutboxLeader) return;
  const url = databaseUrl();
  if (!url) {
    holder.__tabledOutboxLeader = { stopped: false, leading: true, client: null };
    void startOutboxWorker();
    return;
  }
  const state: LeaderState = { stopped: false, leading: false, client: null };
  holder.__tabledOutboxLeader = state;
  void attempt(state, url);
}

/** Whether this process delivers the outbox now. */
export function isOutboxLeader(): boolean {
  return holder.__tabledOutboxLeader?.leading ?? false;
}

/** Stops delivering (after the current run) and frees the lock for another process. */
export async function stopOutboxLeader(): Promise<void> {
  const state = holder.__tabledOutboxLeader;
  if (!state) return;
  state.stopped = true;
  holder.__tabledOutboxLeader = undefined;
  clearTimeout(state.retry);
  await stopOutboxWorker();
  const client = state.client;
  state.client = null;
  state.leading = false;
  if (client) await client.end().catch(() => {});
}

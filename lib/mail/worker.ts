import { mailConfig } from './config';
import { deliverPending, resumeIfReachable } from './outbox';
import { createTransport, type MailTransport } from './transport';

type WorkerState = {
  timer?: NodeJS.Timeout;
  transport: MailTransport;
  /** The run in progress, if any: runs never overlap. */
  running: Promise<void> | null;
  /** A kick arrived during a run, so another run follows it at once. */
  again: boolean;
  /** The last run could not reach the mail server: each tick probes it until it answers. */
  unreachable?: boolean;
};

// Kept on globalThis so a dev-server reload (which re-evaluates modules) finds the
// running worker instead of starting a second one.
const holder = globalThis as unknown as { __tabledOutbox?: WorkerState; __tabledOutboxLeader?: unknown };

function run(state: WorkerState): Promise<void> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    do {
      state.again = false;
      try {
        if (state.unreachable) {
          const resumed = await resumeIfReachable({ transport: state.transport });
          if (resumed === null) continue;
          state.unreachable = false;
          console.log(`[outbox] the mail server answers again: ${resumed} waiting message(s) due now`);
        }
        const { sent, retried, failed, unreachable } = await deliverPending({ transport: state.transport });
        if (unreachable && !state.unreachable)
          console.warn('[outbox] the mail server cannot be reached: mail waits in the outbox and is sent as soon as it answers');
        state.unreachable = Boolean(unreachable);
        if (retried || failed) console.warn(`[outbox] sent ${sent}, will retry ${retried}, gave up on ${failed}`);
      } catch (err) {
        // Logged, not thrown: a database outage must not crash the app, and the next tick retries.
        console.error(`[outbox] delivery run failed: ${(err as Error)?.message ?? err}`);
      }
    } while (state.again);
    state.running = null;
  })();
  return state.running;
}

/** Delivers due mail every OUTBOX_INTERVAL_MS in this process. Calling it again does nothing. */
export function startOutboxWorker(): void {
  if (holder.__tabledOutbox) return;
  const { intervalMs } = mailConfig();
  const state: WorkerState = { transport: createTransport(), running: null, again: false };
  // unref: the timer alone must not keep a script or test process alive.
  state.timer = setInterval(() => void run(state), intervalMs).unref();
  holder.__tabledOutbox = state;
  void run(state);
}

/**
 * Delivers at once rather than at the next tick; call it after committing a transaction
 * that enqueued mail. Where this process does not deliver but another one may (an app
 * worker that is not the outbox leader, see leader.ts), it wakes the leader with a NOTIFY
 * on the PostgreSQL server. Otherwise (scripts, tests, the embedded database without a
 * worker) it does nothing, so those messages wait for a worker instead of going out
 * unexpectedly.
 */
export function kickOutbox(): Promise<void> {
  const state = holder.__tabledOutbox;
  if (state) return run(state);
  if (!holder.__tabledOutboxLeader) return Promise.resolve();
  return notifyLeader().catch((error) => console.error('[outbox] could not wake the leader:', (error as Error).message));
}

async function notifyLeader(): Promise<void> {
  const { getHandle } = await import('../db/client');
  const { db } = await getHandle();
  if (db.kind === 'server') await db.exec(`NOTIFY ${OUTBOX_CHANNEL_NAME}`);
}

// The leader's LISTEN channel (leader.ts); named here too so the worker needs no import of pg.
const OUTBOX_CHANNEL_NAME = 'tabled_outbox';

/** Stops the timer (after the current run finishes), for tests and orderly shutdown. */
export async function stopOutboxWorker(): Promise<void> {
  const state = holder.__tabledOutbox;
  if (!state) return;
  clearInterval(state.timer);
  holder.__tabledOutbox = undefined;
  await state.running;
}

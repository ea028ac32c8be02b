import type { PrismaClient } from './generated/prisma/client';
import { getPrisma, openedHandle } from './client';
import { startQueueSender } from '../queue/sender';
import { DatabaseUnavailableError, isDatabaseUnavailable, noteDatabaseAnswered, recordUnavailable } from './outage';

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

type Scope = { councilId?: string; personId?: string; role?: 'tabled_app' | 'tabled_auth' | 'tabled_mailer' };

/**
 * Every query the app makes runs in a transaction that first drops to the tabled_app
 * role (which neither owns the tables nor bypasses row-level security), or for sign-in
 * and mail delivery to the narrower tabled_auth or tabled_mailer, and sets the council
 * and person it acts for. All three are transaction-local (set_config(..., true)),
 * so nothing leaks to the next user of a pooled connection.
 */
async function scoped<T>(scope: Scope, fn: (tx: Tx) => Promise<T>, prisma?: PrismaClient): Promise<T> {
  const client = prisma ?? (await getPrisma());
  await readyJobQueue();
  const attempt = async () => {
    let started = false;
    try {
      const result = await client.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT set_config('role', ${scope.role ?? 'tabled_app'}, true),
            set_config('app.council_id', ${scope.councilId ?? ''}, true),
            set_config('app.person_id', ${scope.personId ?? ''}, true)`;
          started = true;
          return fn(tx);
        },
        { timeout: 30_000, maxWait: 10_000 },
      );
      noteDatabaseAnswered();
      return { result, started };
    } catch (error) {
      throw Object.assign(new Error('transaction failed'), { cause: error, started });
    }
  };
  try {
    return (await attempt()).result;
  } catch (first) {
    const { cause, started } = first as { cause: unknown; started: boolean };
    // A connection that was dropped while idle in the pool fails before anything ran:
    // try once more on a fresh one. Nothing is retried once the work itself has begun.
    if (!started && isDatabaseUnavailable(cause)) {
      try {
        return (await attempt()).result;
      } catch (second) {
        throw unavailable((second as { cause: unknown }).cause);
      }
    }
    throw isDatabaseUnavailable(cause) ? unavailable(cause) : cause;
  }
}

/**
 * A transaction may queue jobs (mail, above all), so the process's queue sender is started
 * first, outside any transaction. A sender that cannot start (a database not yet migrated)
 * is left for the next transaction; only a job queued meanwhile fails.
 */
async function readyJobQueue(): Promise<void> {
  const handle = await openedHandle();
  if (handle) await startQueueSender(handle.db).catch(() => {});
}

/** One log line for the failure, and a short error (no driver details, no stack) in its place. */
function unavailable(cause: unknown): unknown {
  if (!isDatabaseUnavailable(cause) || cause instanceof DatabaseUnavailableError) return cause;
  recordUnavailable(cause, 'query');
  const error = new DatabaseUnavailableError(String((cause as Error)?.message ?? cause).slice(0, 200));
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

/** Council-owned rows of one council: a query that forgets its `where` still sees no other council. */
export function withCouncil<T>(councilId: string, fn: (tx: Tx) => Promise<T>, prisma?: PrismaClient): Promise<T> {
  return scoped({ councilId }, fn, prisma);
}

/** A person's own rows across councils (their memberships), before a council is chosen. */
export function withPerson<T>(personId: string, fn: (tx: Tx) => Promise<T>, prisma?: PrismaClient): Promise<T> {
  return scoped({ personId }, fn, prisma);
}

/**
 * A council's rows and, besides the people of that council, the acting person's own rows
 * (their email, their sessions): for a step that must check who is acting against
 * council data, such as accepting an invitation.
 */
export function withCouncilAs<T>(councilId: string, personId: string, fn: (tx: Tx) => Promise<T>, prisma?: PrismaClient): Promise<T> {
  return scoped({ councilId, personId }, fn, prisma);
}

/** Public rows only (councils' names and slugs): no council's data, no person. */
export function withApp<T>(fn: (tx: Tx) => Promise<T>, prisma?: PrismaClient): Promise<T> {
  return scoped({}, fn, prisma);
}

/**
 * Sign-in before anyone is known, as tabled_auth: find a person by email, keep the
 * throttle, spend an email link, start or check a session, find a calendar feed by its
 * secret. That role has no grant on any council's data, and reads a password hash only
 * through tabled_password_hash().
 */
export function withAuth<T>(fn: (tx: Tx) => Promise<T>, prisma?: PrismaClient): Promise<T> {
  return scoped({ role: 'tabled_auth' }, fn, prisma);
}

/** The outbox's delivery worker, as tabled_mailer: every council's mail, and nothing else. */
export function withMailer<T>(fn: (tx: Tx) => Promise<T>, prisma?: PrismaClient): Promise<T> {
  return scoped({ role: 'tabled_mailer' }, fn, prisma);
}

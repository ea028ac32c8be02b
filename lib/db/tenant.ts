import type { PrismaClient } from './generated/prisma/client';
import { getPrisma } from './client';
import { DatabaseUnavailableError, isDatabaseUnavailable, noteDatabaseAnswered, recordUnavailable } from './outage';

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

type Scope = { councilId?: string; personId?: string };

/**
 * Every query the app makes runs in a transaction that first drops to the tabled_app
 * role (which neither owns the tables nor bypasses row-level security) and sets the
 * council and person it acts for. All three are transaction-local (set_config(..., true)),
 * so nothing leaks to the next user of a pooled connection.
 */
async function scoped<T>(scope: Scope, fn: (tx: Tx) => Promise<T>, prisma?: PrismaClient): Promise<T> {
  const client = prisma ?? (await getPrisma());
  const attempt = async () => {
    let started = false;
    try {
      const result = await client.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT set_config('role', 'tabled_app', true),
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

/** Global rows only (people, sessions, sign-in attempts, the outbox): no council's data is visible. */
export function withApp<T>(fn: (tx: Tx) => Promise<T>, prisma?: PrismaClient): Promise<T> {
  return scoped({}, fn, prisma);
}

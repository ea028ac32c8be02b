import { currentTime } from '../clock';
import type { PrismaClient } from '../db/generated/prisma/client';
import { withAuth, type Tx } from '../db/tenant';

// Sign-in throttling lives in PostgreSQL, not in process memory, so a guesser gains
// nothing by spreading attempts across app instances or waiting for a restart.

export type SignInThrottleSettings = { maxFailuresPerAccount: number; maxFailuresPerIp: number; windowMinutes: number };

const DEFAULTS: SignInThrottleSettings = { maxFailuresPerAccount: 5, maxFailuresPerIp: 20, windowMinutes: 15 };

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value?.trim());
  // A typo in the environment must not switch throttling off (0, NaN) or make it odd (2.5).
  return value?.trim() && Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Read on every call, so a changed environment takes effect without code changes elsewhere. */
export function signInThrottleSettings(env: Record<string, string | undefined> = process.env): SignInThrottleSettings {
  return {
    maxFailuresPerAccount: positiveInt(env.SIGNIN_MAX_FAILURES_PER_ACCOUNT, DEFAULTS.maxFailuresPerAccount),
    maxFailuresPerIp: positiveInt(env.SIGNIN_MAX_FAILURES_PER_IP, DEFAULTS.maxFailuresPerIp),
    windowMinutes: positiveInt(env.SIGNIN_THROTTLE_WINDOW_MINUTES, DEFAULTS.windowMinutes),
  };
}

/**
 * Two separate counters. Password attempts ('password') throttle password sign-in;
 * requests for an email link ('magic-link') are counted on their own keys, so asking for
 * links in someone's name (which anyone can do) never locks their password.
 */
export type ThrottleKind = 'password' | 'magic-link';
const prefix = (kind: ThrottleKind) => (kind === 'password' ? '' : 'magic-link:');

// Emails are compared lowercased everywhere, so 'Jo@X' and 'jo@x' share one count.
export const accountKey = (email: string, kind: ThrottleKind = 'password') => `${prefix(kind)}account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string, kind: ThrottleKind = 'password') => `${prefix(kind)}ip:${ip.trim().toLowerCase()}`;

export type SignInAttemptInput = { email: string; ip?: string | null; succeeded: boolean; kind?: ThrottleKind };

/** Records one attempt against the account and (when known) the client address. Runs in withAuth. */
export async function recordSignInAttempt(tx: Tx, attempt: SignInAttemptInput, now: Date = currentTime()): Promise<void> {
  const kind = attempt.kind ?? 'password';
  const keys = [accountKey(attempt.email, kind)];
  if (attempt.ip?.trim()) keys.push(ipKey(attempt.ip, kind));
  await tx.signInAttempt.createMany({ data: keys.map((key) => ({ key, succeeded: attempt.succeeded, createdAt: now })) });
}

/**
 * True when the account has reached its failure limit inside the window since its last
 * success, or the address has reached its own limit (one address guessing many accounts).
 * One query; every subquery is a range scan of the (key, createdAt) index, and each count
 * stops at its limit so a flood of attempts does not make the check itself expensive.
 */
export async function signInThrottled(
  who: { email: string; ip?: string | null },
  now: Date = currentTime(),
  prisma?: PrismaClient,
  kind: ThrottleKind = 'password',
): Promise<boolean> {
  const { maxFailuresPerAccount, maxFailuresPerIp, windowMinutes } = signInThrottleSettings();
  const account = accountKey(who.email, kind);
  const ip = who.ip?.trim() ? ipKey(who.ip, kind) : null;
  // ISO strings cast to timestamptz: unambiguous whatever the session's time zone.
  const until = now.toISOString();
  const since = new Date(now.getTime() - windowMinutes * 60_000).toISOString();
  const rows = await withAuth(
    (tx) => tx.$queryRaw<{ account: number; ip: number }[]>`
      WITH last_success AS (
        SELECT "createdAt", "id" FROM "SignInAttempt"
        WHERE "key" = ${account} AND "succeeded"
          AND "createdAt" > ${since}::timestamptz AND "createdAt" <= ${until}::timestamptz
        ORDER BY "createdAt" DESC, "id" DESC LIMIT 1
      )
      SELECT
        (SELECT count(*)::int FROM (
          SELECT 1 FROM "SignInAttempt" a
          WHERE a."key" = ${account} AND NOT a."succeeded"
            AND a."createdAt" > ${since}::timestamptz AND a."createdAt" <= ${until}::timestamptz
            -- (createdAt, id) orders attempts made in the same millisecond
            AND NOT EXISTS (SELECT 1 FROM last_success s WHERE (s."createdAt", s."id") > (a."createdAt", a."id"))
          LIMIT ${maxFailuresPerAccount}
        ) f) AS "account",
        (SELECT count(*)::int FROM (
          SELECT 1 FROM "SignInAttempt"
          WHERE "key" = ${ip}::text AND NOT "succeeded"
            AND "createdAt" > ${since}::timestamptz AND "createdAt" <= ${until}::timestamptz
          LIMIT ${maxFailuresPerIp}
        ) f) AS "ip"`,
    prisma,
  );
  const counts = rows[0];
  if (!counts) return false;
  return counts.account >= maxFailuresPerAccount || counts.ip >= maxFailuresPerIp;
}

/** Housekeeping: attempts older than the window no longer affect anything. Returns rows removed. */
export async function pruneSignInAttempts(olderThan: Date, prisma?: PrismaClient): Promise<number> {
  const { count } = await withAuth((tx) => tx.signInAttempt.deleteMany({ where: { createdAt: { lt: olderThan } } }), prisma);
  return count;
}

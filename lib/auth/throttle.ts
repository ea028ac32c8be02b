import { currentTime } from '../clock';
import type { PrismaClient } from '../db/generated/prisma/client';
import { withAuth, type Tx } from '../db/tenant';

// Sign-in throttling lives in PostgreSQL, not in process memory, so a guesser gains
// nothing by spreading attempts across app instances or waiting for a restart.
//
// Failures are counted so that nobody can lock someone else out (OWASP's advice against
// account lockout as a denial of service): the hard limit is per account *and* client
// address, so wrong passwords from one address shut that address out of that account and
// no other; one address failing across many accounts is shut out as before; and across
// all addresses an account has a much higher ceiling that, once reached, slows guessing to
// one checked attempt per interval instead of locking, so its owner still gets in.

export type SignInThrottleSettings = {
  /** failures for one account from one client (one address; for codes, one sign-in or session) */
  maxFailuresPerAccount: number;
  /** failures from one address, whatever the accounts */
  maxFailuresPerIp: number;
  windowMinutes: number;
  /** failures for one account from every address together, before it slows */
  accountCeiling: number;
  /** once at the ceiling: the interval between attempts that are checked */
  slowdownSeconds: number;
};

const DEFAULTS: SignInThrottleSettings = { maxFailuresPerAccount: 5, maxFailuresPerIp: 20, windowMinutes: 15, accountCeiling: 50, slowdownSeconds: 60 };

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
    accountCeiling: positiveInt(env.SIGNIN_ACCOUNT_CEILING, DEFAULTS.accountCeiling),
    slowdownSeconds: positiveInt(env.SIGNIN_ACCOUNT_SLOWDOWN_SECONDS, DEFAULTS.slowdownSeconds),
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
const normalEmail = (email: string) => email.trim().toLowerCase();
const normalIp = (ip: string | null | undefined) => (ip?.trim() ? ip.trim().toLowerCase() : null);
export const accountKey = (email: string, kind: ThrottleKind = 'password') => `${prefix(kind)}account:${normalEmail(email)}`;
export const ipKey = (ip: string, kind: ThrottleKind = 'password') => `${prefix(kind)}ip:${normalIp(ip)}`;
/** One account from one address: where wrong passwords lock. Without a known address, every such client shares one. */
export const accountIpKey = (email: string, ip: string | null | undefined) => `account:${normalEmail(email)}|ip:${normalIp(ip) ?? 'unknown'}`;

export type ThrottleKeys = { client: string; account: string | null; ip: string | null };
export type ThrottleLimits = {
  perClient: number;
  perIp: number;
  accountCeiling: number;
  slowdownSeconds: number;
  windowMinutes: number;
  /** the window the account's ceiling counts over; the client's and address's window when not given */
  ceilingWindowMinutes?: number;
};

/** The longest any count looks back: older attempts can be removed. */
export const LONGEST_THROTTLE_WINDOW_MINUTES = 24 * 60;
/** allowed; locked for this client or address (until the window passes); slowed account-wide (try again shortly). */
export type ThrottleVerdict = 'allowed' | 'locked' | 'slowed';

function keysFor(who: { email: string; ip?: string | null }, kind: ThrottleKind): ThrottleKeys {
  const ip = normalIp(who.ip);
  // Link requests keep one count per account (it protects the inbox) and per address.
  if (kind === 'magic-link') return { client: accountKey(who.email, kind), account: null, ip: ip && ipKey(ip, kind) };
  return { client: accountIpKey(who.email, ip), account: accountKey(who.email), ip: ip && ipKey(ip) };
}

const passwordLimits = (s = signInThrottleSettings()): ThrottleLimits => ({
  perClient: s.maxFailuresPerAccount,
  perIp: s.maxFailuresPerIp,
  accountCeiling: s.accountCeiling,
  slowdownSeconds: s.slowdownSeconds,
  windowMinutes: s.windowMinutes,
});

/**
 * The verdict on one more attempt, in one query: the client's failures since its last
 * success, the address's failures, the account's failures since its last success and
 * whether the account had a checked attempt within the slowdown interval. Every subquery
 * is a range scan of the (key, createdAt) index, and each count stops at its limit so a
 * flood of attempts does not make the check itself expensive.
 */
export async function throttleVerdict(tx: Tx, keys: ThrottleKeys, limits: ThrottleLimits, now: Date): Promise<ThrottleVerdict> {
  // ISO strings cast to timestamptz: unambiguous whatever the session's time zone.
  const until = now.toISOString();
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000).toISOString();
  const slowSince = new Date(now.getTime() - limits.slowdownSeconds * 1000).toISOString();
  const ceilingSince = new Date(now.getTime() - (limits.ceilingWindowMinutes ?? limits.windowMinutes) * 60_000).toISOString();
  const rows = await tx.$queryRaw<{ client: number; ip: number; account: number; recent: boolean }[]>`
    WITH client_success AS (
      SELECT "createdAt", "id" FROM "SignInAttempt"
      WHERE "key" = ${keys.client} AND "succeeded"
        AND "createdAt" > ${since}::timestamptz AND "createdAt" <= ${until}::timestamptz
      ORDER BY "createdAt" DESC, "id" DESC LIMIT 1
    ), account_success AS (
      SELECT "createdAt", "id" FROM "SignInAttempt"
      WHERE "key" = ${keys.account}::text AND "succeeded"
        AND "createdAt" > ${ceilingSince}::timestamptz AND "createdAt" <= ${until}::timestamptz
      ORDER BY "createdAt" DESC, "id" DESC LIMIT 1
    )
    SELECT
      (SELECT count(*)::int FROM (
        SELECT 1 FROM "SignInAttempt" a
        WHERE a."key" = ${keys.client} AND NOT a."succeeded"
          AND a."createdAt" > ${since}::timestamptz AND a."createdAt" <= ${until}::timestamptz
          -- (createdAt, id) orders attempts made in the same millisecond
          AND NOT EXISTS (SELECT 1 FROM client_success s WHERE (s."createdAt", s."id") > (a."createdAt", a."id"))
        LIMIT ${limits.perClient}
      ) f) AS "client",
      (SELECT count(*)::int FROM (
        SELECT 1 FROM "SignInAttempt"
        WHERE "key" = ${keys.ip}::text AND NOT "succeeded"
          AND "createdAt" > ${since}::timestamptz AND "createdAt" <= ${until}::timestamptz
        LIMIT ${limits.perIp}
      ) f) AS "ip",
      (SELECT count(*)::int FROM (
        SELECT 1 FROM "SignInAttempt" a
        WHERE a."key" = ${keys.account}::text AND NOT a."succeeded"
          AND a."createdAt" > ${ceilingSince}::timestamptz AND a."createdAt" <= ${until}::timestamptz
          AND NOT EXISTS (SELECT 1 FROM account_success s WHERE (s."createdAt", s."id") > (a."createdAt", a."id"))
        LIMIT ${limits.accountCeiling}
      ) f) AS "account",
      EXISTS (
        SELECT 1 FROM "SignInAttempt"
        WHERE "key" = ${keys.account}::text AND "createdAt" > ${slowSince}::timestamptz AND "createdAt" <= ${until}::timestamptz
      ) AS "recent"`;
  const counts = rows[0];
  if (!counts) return 'allowed';
  if (counts.client >= limits.perClient || counts.ip >= limits.perIp) return 'locked';
  // Over the ceiling the account is not locked: one attempt per interval is still checked.
  if (keys.account && counts.account >= limits.accountCeiling && counts.recent) return 'slowed';
  return 'allowed';
}

/**
 * Records one attempt: on the client and (when known) the address always; on the account
 * only when it was checked. A refused attempt keeps its own client and address shut out
 * but does not hold the account's slowdown open, so nobody can stop the checked attempts.
 */
export async function recordAttempt(tx: Tx, keys: ThrottleKeys, succeeded: boolean, checked: boolean, now: Date): Promise<void> {
  const rows = [keys.client, keys.ip, checked ? keys.account : null].filter((k): k is string => Boolean(k));
  await tx.signInAttempt.createMany({ data: rows.map((key) => ({ key, succeeded, createdAt: now })) });
}

export type SignInAttemptInput = { email: string; ip?: string | null; succeeded: boolean; kind?: ThrottleKind; checked?: boolean };

/** Records one sign-in attempt (password, or a request for a link). Runs in withAuth. */
export async function recordSignInAttempt(tx: Tx, attempt: SignInAttemptInput, now: Date = currentTime()): Promise<void> {
  await recordAttempt(tx, keysFor(attempt, attempt.kind ?? 'password'), attempt.succeeded, attempt.checked ?? true, now);
}

/** The verdict on one more password attempt (or, with 'magic-link', one more request for a link). */
export async function signInVerdict(
  who: { email: string; ip?: string | null },
  now: Date = currentTime(),
  prisma?: PrismaClient,
  kind: ThrottleKind = 'password',
): Promise<ThrottleVerdict> {
  return withAuth((tx) => throttleVerdict(tx, keysFor(who, kind), passwordLimits(), now), prisma);
}

/** True when one more attempt would be refused now, locked or slowed. */
export async function signInThrottled(
  who: { email: string; ip?: string | null },
  now: Date = currentTime(),
  prisma?: PrismaClient,
  kind: ThrottleKind = 'password',
): Promise<boolean> {
  return (await signInVerdict(who, now, prisma, kind)) !== 'allowed';
}

/**
 * What the sign-in form says when the throttle refused, whether or not the account exists
 * (the counts are kept by the email typed, so they say nothing about it).
 */
export function throttledMessage(verdict: Exclude<ThrottleVerdict, 'allowed'>, s = signInThrottleSettings()): string {
  if (verdict === 'locked')
    return `There have been too many failed attempts to sign in from your network. Wait ${s.windowMinutes} minutes, then try again, or sign in with an email link`;
  const wait = s.slowdownSeconds === 60 ? 'a minute' : `${s.slowdownSeconds} seconds`;
  return `There have been many failed attempts to sign in to this account, so it accepts one try every ${wait}. Wait ${wait}, then try again, or sign in with an email link`;
}

/**
 * A throttled attempt was not checked at all, so the form must not say the password is
 * wrong: next-auth passes the message thrown by authorize on in its error redirect, and
 * only the throttle's own messages are taken from it.
 */
export function throttleRefusalIn(redirectUrl: string): string | null {
  let error: string | null;
  try {
    error = new URL(redirectUrl, 'http://localhost').searchParams.get('error');
  } catch {
    return null;
  }
  return error === throttledMessage('locked') || error === throttledMessage('slowed') ? error : null;
}

/**
 * Housekeeping: attempts older than every window no longer affect anything (the longest is
 * the second factor's daily ceiling, or the sign-in window if set longer). Returns rows removed.
 */
export async function pruneSignInAttempts(olderThan: Date, prisma?: PrismaClient): Promise<number> {
  const { count } = await withAuth((tx) => tx.signInAttempt.deleteMany({ where: { createdAt: { lt: olderThan } } }), prisma);
  return count;
}

import { currentTime } from '../clock';
import crypto from 'node:crypto';
import { withAuth, withPerson, type Tx } from '../db/tenant';
import { AppError } from '../errors';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, normaliseTotpCode, verifyTotp } from './totp';
import { openSecret, sealSecret } from './secret-box';
import { signInThrottleSettings } from './throttle';
import { createSession } from './sessions';
import type { RequestInfo } from '../action/define';

// A person's second factor: an authenticator app (TOTP) with ten single-use recovery
// codes. Every function takes `now`, so tests drive the clock instead of waiting.

export type SecondFactorStatus = { enrolled: boolean; enrolling: boolean; recoveryCodesLeft: number; confirmedAt: Date | null };

export async function secondFactorStatus(personId: string): Promise<SecondFactorStatus> {
  return withPerson(personId, async (tx) => {
    const cred = await tx.totpCredential.findUnique({ where: { personId }, select: { confirmedAt: true } });
    const left = cred?.confirmedAt ? await tx.recoveryCode.count({ where: { personId, usedAt: null } }) : 0;
    return { enrolled: Boolean(cred?.confirmedAt), enrolling: Boolean(cred && !cred.confirmedAt), recoveryCodesLeft: left, confirmedAt: cred?.confirmedAt ?? null };
  });
}

/** Whether the person has a confirmed authenticator, inside a caller's transaction scoped to them. */
export async function hasTotp(tx: Tx, personId: string): Promise<boolean> {
  const cred = await tx.totpCredential.findUnique({ where: { personId }, select: { confirmedAt: true } });
  return Boolean(cred?.confirmedAt);
}

// ---------- throttling: wrong codes, per account, in PostgreSQL ----------

const throttleKey = (personId: string) => `second-factor:${personId}`;

/**
 * True when the person has given too many wrong codes inside the window since their last
 * right one. The limit and window are the sign-in ones (SIGNIN_MAX_FAILURES_PER_ACCOUNT,
 * SIGNIN_THROTTLE_WINDOW_MINUTES); the counter is the account's own, so wrong codes from
 * someone holding the password cannot be spread across addresses or app instances.
 */
export async function secondFactorThrottled(tx: Tx, personId: string, now: Date): Promise<boolean> {
  const { maxFailuresPerAccount, windowMinutes } = signInThrottleSettings();
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  const key = throttleKey(personId);
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { key, succeeded: true, createdAt: { gt: since, lte: now } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { createdAt: true, id: true },
  });
  const failures = await tx.signInAttempt.count({
    where: {
      key,
      succeeded: false,
      createdAt: { gt: since, lte: now },
      ...(lastSuccess ? { OR: [{ createdAt: { gt: lastSuccess.createdAt } }, { createdAt: lastSuccess.createdAt, id: { gt: lastSuccess.id } }] } : {}),
    },
    take: maxFailuresPerAccount,
  });
  return failures >= maxFailuresPerAccount;
}

async function recordCodeAttempt(personId: string, succeeded: boolean, now: Date) {
  await withAuth((tx) => tx.signInAttempt.create({ data: { key: throttleKey(personId), succeeded, createdAt: now } }));
}

/** The sign-in role (which keeps the throttle), acting as the person (whose factor only they may read). */
function asSignInFor<T>(personId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withAuth(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.person_id', ${personId}, true)`;
    return fn(tx);
  });
}

export const THROTTLED_MESSAGE = 'Too many wrong codes. Wait 15 minutes, then try again.';

export type CodeOutcome = { ok: true; via: 'totp' | 'recovery-code' } | { ok: false; reason: 'throttled' | 'wrong' | 'replayed' | 'not-enrolled' };

/**
 * Checks a code from the authenticator (±1 step, each step once) or an unused recovery
 * code (then spent). Wrong codes count towards the account's throttle; once throttled,
 * even a right code is refused until the window passes.
 */
export async function checkSecondFactor(personId: string, input: string, now: Date, opts: { allowRecoveryCode?: boolean; pending?: boolean } = {}): Promise<CodeOutcome> {
  const outcome = await asSignInFor(personId, async (tx): Promise<CodeOutcome> => {
    if (await secondFactorThrottled(tx, personId, now)) return { ok: false, reason: 'throttled' };
    const cred = await tx.totpCredential.findUnique({ where: { personId }, select: { id: true, secretEncrypted: true, confirmedAt: true, lastUsedStep: true } });
    if (!cred || Boolean(cred.confirmedAt) === Boolean(opts.pending)) return { ok: false, reason: 'not-enrolled' };
    if (normaliseTotpCode(input)) {
      const secret = openSecret(cred.secretEncrypted);
      if (!secret) return { ok: false, reason: 'wrong' };
      const check = verifyTotp(secret, input, now, cred.lastUsedStep);
      if (!check.ok) return { ok: false, reason: check.reason === 'replayed' ? 'replayed' : 'wrong' };
      // Conditional on the step still being new, so two requests racing with one code cannot both pass.
      const { count } = await tx.totpCredential.updateMany({
        where: { id: cred.id, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: check.step } }] },
        data: { lastUsedStep: check.step },
      });
      return count === 1 ? { ok: true, via: 'totp' } : { ok: false, reason: 'replayed' };
    }
    if (opts.allowRecoveryCode && normaliseRecoveryCode(input)) {
      const codeHash = hashRecoveryCode(input)!;
      const { count } = await tx.recoveryCode.updateMany({ where: { personId, codeHash, usedAt: null }, data: { usedAt: now } });
      return count === 1 ? { ok: true, via: 'recovery-code' } : { ok: false, reason: 'wrong' };
    }
    return { ok: false, reason: 'wrong' };
  });
  if (outcome.ok || outcome.reason === 'wrong' || outcome.reason === 'replayed') await recordCodeAttempt(personId, outcome.ok, now);
  return outcome;
}

export function codeRefusal(outcome: Exclude<CodeOutcome, { ok: true }>): AppError {
  if (outcome.reason === 'throttled') return new AppError('FORBIDDEN', THROTTLED_MESSAGE);
  if (outcome.reason === 'replayed') return new AppError('INVALID', 'That code has already been used. Wait for the next code in your app', { code: ['That code has already been used. Wait for the next code in your app'] });
  if (outcome.reason === 'not-enrolled') return new AppError('CONFLICT', 'There is no authenticator app to check this code against');
  return new AppError('INVALID', 'Enter the 6-digit code from your authenticator app', { code: ['The code is not right. Enter the 6-digit code your authenticator app shows now'] });
}

// ---------- enrolment ----------

/**
 * Starts (or restarts) enrolment with a fresh secret, sealed at rest. Shown to the
 * person while they set up their app; once confirmed it is never shown again.
 */
export async function beginTotpEnrolment(personId: string, now = currentTime()): Promise<string> {
  const secret = newTotpSecret();
  await withPerson(personId, async (tx) => {
    const existing = await tx.totpCredential.findUnique({ where: { personId }, select: { confirmedAt: true } });
    if (existing?.confirmedAt) throw new AppError('CONFLICT', 'You already have an authenticator app. Turn it off first to set up another.');
    await tx.totpCredential.upsert({
      where: { personId },
      create: { personId, secretEncrypted: sealSecret(secret), createdAt: now },
      update: { secretEncrypted: sealSecret(secret), createdAt: now, lastUsedStep: null },
    });
  });
  return secret;
}

/** The secret of an enrolment not yet confirmed, to show again on reload; null once confirmed. */
export async function pendingTotpSecret(personId: string): Promise<string | null> {
  return withPerson(personId, async (tx) => {
    const cred = await tx.totpCredential.findUnique({ where: { personId }, select: { confirmedAt: true, secretEncrypted: true } });
    return cred && !cred.confirmedAt ? openSecret(cred.secretEncrypted) : null;
  });
}

/**
 * Confirms enrolment with a code from the app. Then: ten recovery codes (returned once,
 * only their hashes kept); the session that confirmed now counts as signed in with the
 * second factor; every other session of the person is ended, since none of them gave it.
 */
export async function confirmTotpEnrolment(personId: string, sessionId: string | null, code: string, now = currentTime()): Promise<string[]> {
  const outcome = await checkSecondFactor(personId, code, now, { pending: true });
  if (!outcome.ok) throw codeRefusal(outcome);
  const codes = newRecoveryCodes();
  await withPerson(personId, async (tx) => {
    await tx.totpCredential.update({ where: { personId }, data: { confirmedAt: now } });
    await tx.recoveryCode.deleteMany({ where: { personId } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ personId, codeHash: hashRecoveryCode(c)!, createdAt: now })) });
  });
  await withPerson(personId, async (tx) => {
    await tx.authSession.updateMany({ where: { personId, revokedAt: null, ...(sessionId ? { id: { not: sessionId } } : {}) }, data: { revokedAt: now } });
    if (sessionId) {
      const s = await tx.authSession.findFirst({ where: { id: sessionId, personId }, select: { method: true } });
      if (s && !s.method.endsWith('+totp') && s.method !== 'entra') await tx.authSession.update({ where: { id: sessionId }, data: { method: `${s.method}+totp` } });
    }
  });
  return codes;
}

/** Turning the second factor off needs a current code (or an unused recovery code, for a lost phone). */
export async function disableTotp(personId: string, code: string, now = currentTime()): Promise<void> {
  const outcome = await checkSecondFactor(personId, code, now, { allowRecoveryCode: true });
  if (!outcome.ok) throw codeRefusal(outcome);
  await withPerson(personId, async (tx) => {
    await tx.recoveryCode.deleteMany({ where: { personId } });
    await tx.totpCredential.deleteMany({ where: { personId } });
  });
}

// ---------- the sign-in step between the password and the session ----------

export const CHALLENGE_TTL_MINUTES = 10;
const challengeHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** After a right password (or email link), for a person with an authenticator: the step still owed. */
export async function issueChallenge(tx: Tx, personId: string, method: 'password' | 'magic-link', callbackUrl: string | null, now = currentTime()): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await tx.secondFactorChallenge.create({
    data: { tokenHash: challengeHash(token), personId, method, callbackUrl, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MINUTES * 60_000), createdAt: now },
  });
  return token;
}

export type Challenge = { id: string; personId: string; method: string; callbackUrl: string | null };

export async function findChallenge(token: string | undefined | null, now = currentTime()): Promise<Challenge | null> {
  if (!token || token.length < 20 || token.length > 100) return null;
  return withAuth((tx) =>
    tx.secondFactorChallenge.findFirst({
      where: { tokenHash: challengeHash(token), usedAt: null, expiresAt: { gt: now } },
      select: { id: true, personId: true, method: true, callbackUrl: true },
    }),
  );
}

/**
 * Completes the challenge with a code; on success the challenge is spent (once only) and
 * the caller creates the session. A wrong code leaves it open, so the person can retry
 * until the throttle or the challenge's ten minutes stop them.
 */
export async function completeChallenge(token: string, code: string, now = currentTime()): Promise<{ challenge: Challenge; via: 'totp' | 'recovery-code' }> {
  const challenge = await findChallenge(token, now);
  if (!challenge) throw new AppError('FORBIDDEN', 'Your sign-in has timed out. Sign in again.');
  const outcome = await checkSecondFactor(challenge.personId, code, now, { allowRecoveryCode: true });
  if (!outcome.ok) throw codeRefusal(outcome);
  const { count } = await withAuth((tx) => tx.secondFactorChallenge.updateMany({ where: { id: challenge.id, usedAt: null }, data: { usedAt: now } }));
  if (count !== 1) throw new AppError('FORBIDDEN', 'Your sign-in has timed out. Sign in again.');
  return { challenge, via: outcome.via };
}

/**
 * The code step of signing in, start to finish: the challenge completed with a code, then
 * the session, recording both factors (`password+totp`, `magic-link+recovery-code`, ...).
 */
export async function finishSecondFactorSignIn(token: string, code: string, request: RequestInfo, now = currentTime()) {
  const { challenge, via } = await completeChallenge(token, code, now);
  const started = await withAuth(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: challenge.personId }, select: { id: true, name: true, email: true, disabledAt: true } });
    if (!person || person.disabledAt) return null;
    const sid = await createSession(tx, person.id, `${challenge.method}+${via}`, request, now);
    return { person: { id: person.id, name: person.name, email: person.email }, sid };
  });
  if (!started) throw new AppError('FORBIDDEN', 'Your sign-in has timed out. Sign in again.');
  return { ...started, callbackUrl: challenge.callbackUrl };
}

import { currentTime } from '../clock';
import crypto from 'node:crypto';
import { withAuth, withPerson, type Tx } from '../db/tenant';
import { AppError } from '../errors';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, normaliseTotpCode, verifyTotp } from './totp';
import { openSecret, sealSecret } from './secret-box';
import { LONGEST_THROTTLE_WINDOW_MINUTES, recordAttempt, signInThrottleSettings, throttleVerdict, type ThrottleKeys, type ThrottleLimits } from './throttle';
import { createSession } from './sessions';
import type { RequestInfo } from '../action/define';

// A person's second factor: an authenticator app (TOTP) with ten single-use recovery
// codes. Every function takes `now`, so tests drive the clock instead of waiting.

export type SecondFactorStatus = { enrolled: boolean; enrolling: boolean; recoveryCodesLeft: number; confirmedAt: Date | null };

export async function secondFactorStatus(personId: string): Promise<SecondFactorStatus> {
  return withPerson(personId, async (tx) => {
    const cred = await tx.totpCredential.findUnique({ where: { personId }, select: { confirmedAt: true } });
    const left = cred?.confirmedAt ? await tx.recoveryCode.count({ where: { personId, usedAt: null } }) : 0;
    return {
      enrolled: Boolean(cred?.confirmedAt),
      enrolling: Boolean(cred && !cred.confirmedAt),
      recoveryCodesLeft: left,
      confirmedAt: cred?.confirmedAt ?? null,
    };
  });
}

/** Whether the person has a confirmed authenticator, inside a caller's transaction scoped to them. */
export async function hasTotp(tx: Tx, personId: string): Promise<boolean> {
  const cred = await tx.totpCredential.findUnique({ where: { personId }, select: { confirmedAt: true } });
  return Boolean(cred?.confirmedAt);
}

// ---------- throttling: wrong codes, per sign-in or session, and per account ----------

const accountThrottleKey = (personId: string) => `second-factor:${personId}`;

export const CODE_SLOWDOWN_SECONDS = 300;
export const CODE_CEILING_PER_DAY = 10;

/**
 * Where wrong codes are counted: each sign-in's challenge (or, signed in, each session)
 * has the sign-in limit (SIGNIN_MAX_FAILURES_PER_ACCOUNT), so wrong codes in one place
 * never lock the person out of another. Every code needs the right password first; across
 * all of them the account has a ceiling of ten wrong codes a day, then one checked code
 * every five minutes: under 300 guesses a day (a chance in about 1,100 of hitting one of
 * the three codes a step accepts), where a lock would let anyone holding the password
 * keep the owner out.
 */
export function codeThrottle(personId: string, scope: string) {
  const s = signInThrottleSettings();
  const keys: ThrottleKeys = { client: `${accountThrottleKey(personId)}:${scope}`, account: accountThrottleKey(personId), ip: null };
  const limits: ThrottleLimits = {
    perClient: s.maxFailuresPerAccount,
    perIp: s.maxFailuresPerIp,
    accountCeiling: CODE_CEILING_PER_DAY,
    ceilingWindowMinutes: LONGEST_THROTTLE_WINDOW_MINUTES,
    slowdownSeconds: CODE_SLOWDOWN_SECONDS,
    windowMinutes: s.windowMinutes,
  };
  return { keys, limits };
}

/** The sign-in role (which keeps the throttle), acting as the person (whose factor only they may read). */
function asSignInFor<T>(personId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withAuth(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.person_id', ${personId}, true)`;
    return fn(tx);
  });
}

export const THROTTLED_MESSAGE = 'Too many wrong codes. Wait 15 minutes, then try again.';
export const CHALLENGE_THROTTLED_MESSAGE = 'Too many wrong codes. Sign in again to get another try.';
export const SLOWED_MESSAGE = 'There have been many wrong codes for this account, so it accepts one try every 5 minutes. Wait 5 minutes, then try again.';

export type CodeOutcome = { ok: true; via: 'totp' | 'recovery-code' } | { ok: false; reason: 'throttled' | 'slowed' | 'wrong' | 'replayed' | 'not-enrolled' };

/**
 * Checks a code from the authenticator (±1 step, each step once) or an unused recovery
 * code (then spent). Wrong codes count in `scope` (a challenge, a session) and on the
 * account; a throttled scope refuses even a right code until the window passes.
 */
export async function checkSecondFactor(
  personId: string,
  input: string,
  now: Date,
  opts: { allowRecoveryCode?: boolean; pending?: boolean; scope?: string } = {},
): Promise<CodeOutcome> {
  const { keys, limits } = codeThrottle(personId, opts.scope ?? 'direct');
  const outcome = await asSignInFor(personId, async (tx): Promise<CodeOutcome> => {
    const verdict = await throttleVerdict(tx, keys, limits, now);
    if (verdict !== 'allowed') return { ok: false, reason: verdict === 'locked' ? 'throttled' : 'slowed' };
    const cred = await tx.totpCredential.findUnique({
      where: { personId },
      select: { id: true, secretEncrypted: true, confirmedAt: true, lastUsedStep: true },
    });
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
  if (outcome.ok || outcome.reason === 'wrong' || outcome.reason === 'replayed') {
    await withAuth((tx) => recordAttempt(tx, keys, outcome.ok, true, now));
  }
  return outcome;
}

export function codeRefusal(outcome: Exclude<CodeOutcome, { ok: true }>): AppError {
  if (outcome.reason === 'throttled') return new AppError('FORBIDDEN', THROTTLED_MESSAGE);
  if (outcome.reason === 'slowed') return new AppError('FORBIDDEN', SLOWED_MESSAGE);
  if (outcome.reason === 'replayed')
    return new AppError('INVALID', 'That code has already been used. Wait for the next code in your app', {
      code: ['That code has already been used. Wait for the next code in your app'],
    });
  if (outcome.reason === 'not-enrolled') return new AppError('CONFLICT', 'There is no authenticator app to check this code against');
  return new AppError('INVALID', 'Enter the 6-digit code from your authenticator app', {
    code: ['The code is not right. Enter the 6-digit code your authenticator app shows now'],
  });
}

/** Signed in: codes are counted per session, so one session's wrong codes never lock another's. */
export const sessionScope = (sessionId: string | null) => `session:${sessionId ?? 'none'}`;

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
  const outcome = await checkSecondFactor(personId, code, now, { pending: true, scope: sessionScope(sessionId) });
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
      if (s && !s.method.endsWith('+totp') && s.method !== 'entra')
        await tx.authSession.update({ where: { id: sessionId }, data: { method: `${s.method}+totp` } });
    }
  });
  return codes;
}

/** Turning the second factor off needs a current code (or an unused recovery code, for a lost phone). */
export async function disableTotp(personId: string, code: string, now = currentTime(), sessionId: string | null = null): Promise<void> {
  const outcome = await checkSecondFactor(personId, code, now, { allowRecoveryCode: true, scope: sessionScope(sessionId) });
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
export async function issueChallenge(
  tx: Tx,
  personId: string,
  method: 'password' | 'magic-link',
  callbackUrl: string | null,
  now = currentTime(),
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await tx.secondFactorChallenge.create({
    data: {
      tokenHash: challengeHash(token),
      personId,
      method,
      callbackUrl,
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MINUTES * 60_000),
      createdAt: now,
    },
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
 * until the challenge's own limit of wrong codes (which ends it) or its ten minutes stop them.
 */
export async function completeChallenge(token: string, code: string, now = currentTime()): Promise<{ challenge: Challenge; via: 'totp' | 'recovery-code' }> {
  const challenge = await findChallenge(token, now);
  if (!challenge) throw new AppError('FORBIDDEN', 'Your sign-in has timed out. Sign in again.');
  const outcome = await checkSecondFactor(challenge.personId, code, now, { allowRecoveryCode: true, scope: `challenge:${challenge.id}` });
  if (!outcome.ok && outcome.reason === 'throttled') {
    // this sign-in has had its tries: it ends here, and a fresh one starts from the password
    await withAuth((tx) => tx.secondFactorChallenge.updateMany({ where: { id: challenge.id, usedAt: null }, data: { usedAt: now } }));
    throw new AppError('FORBIDDEN', CHALLENGE_THROTTLED_MESSAGE);
  }
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import { passwordStep, magicLinkStep, signInWithPassword } from '../../lib/auth/options';
import { hashPassword } from '../../lib/auth/password';
import { issueMagicLink } from '../../lib/auth/magic-link';
import { touchSession, listSessions } from '../../lib/auth/sessions';
import { withApp, withAuth, withPerson } from '../../lib/db/tenant';
import {
  beginTotpEnrolment,
  checkSecondFactor,
  codeRefusal,
  confirmTotpEnrolment,
  disableTotp,
  finishSecondFactorSignIn,
  pendingTotpSecret,
  secondFactorStatus,
  CHALLENGE_TTL_MINUTES,
  CHALLENGE_THROTTLED_MESSAGE,
  THROTTLED_MESSAGE,
  CODE_CEILING_PER_DAY,
  CODE_SLOWDOWN_SECONDS,
  SLOWED_MESSAGE,
} from '../../lib/auth/second-factor';
import { totpCodeAt, timeStep } from '../../lib/auth/totp';
import { openSecret } from '../../lib/auth/secret-box';
import { AppError } from '../../lib/errors';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';

let t: TestDb;
let passwordHash: string;
beforeAll(async () => {
  t = await openTestDatabase();
  passwordHash = await hashPassword('correct horse battery');
});
afterAll(() => closeTestDatabase(t));

const PASSWORD = 'correct horse battery';
const request = () => ({ ip: `203.0.113.${crypto.randomInt(1, 250)}`, userAgent: 'vitest' });
// A fixed, aligned instant: the tests drive the clock, they never wait for it.
const T0 = new Date(Date.UTC(2026, 11, 3, 9, 0, 0));
const plus = (ms: number, from = T0) => new Date(from.getTime() + ms);
const STEP = 30_000;

async function person() {
  const email = `mfa-${crypto.randomBytes(5).toString('hex')}@example.test`;
  return t.prisma.person.create({ data: { name: 'Second Factor Person', email, password: { create: { hash: passwordHash } } } });
}

/** A person signed in with a password, with an authenticator enrolled at T0; the secret as the test's own app would hold it. */
async function enrolled() {
  const p = await person();
  const s = (await signInWithPassword({ email: p.email, password: PASSWORD }, request(), T0))!;
  const secret = await beginTotpEnrolment(p.id, T0);
  const codes = await confirmTotpEnrolment(p.id, s.sid, totpCodeAt(secret, T0), T0);
  return { p, secret, codes, sid: s.sid };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('enrolling an authenticator app', () => {
  it('shows the secret until confirmed with a code, stores it sealed, then never again', async () => {
    const p = await person();
    const secret = await beginTotpEnrolment(p.id, T0);
    expect(await pendingTotpSecret(p.id)).toBe(secret);
    const row = await withPerson(p.id, (tx) => tx.totpCredential.findUniqueOrThrow({ where: { personId: p.id } }));
    expect(row.secretEncrypted).not.toContain(secret);
    expect(openSecret(row.secretEncrypted)).toBe(secret);
    expect(await secondFactorStatus(p.id)).toMatchObject({ enrolled: false, enrolling: true });

    // a wrong code does not confirm it
    const wrong = String((Number(totpCodeAt(secret, T0)) + 1) % 1_000_000).padStart(6, '0');
    expect((await refusal(confirmTotpEnrolment(p.id, null, wrong, T0))).code).toBe('INVALID');
    expect(await secondFactorStatus(p.id)).toMatchObject({ enrolled: false });

    const codes = await confirmTotpEnrolment(p.id, null, totpCodeAt(secret, T0), T0);
    expect(codes).toHaveLength(10);
    expect(await pendingTotpSecret(p.id)).toBeNull();
    expect(await secondFactorStatus(p.id)).toMatchObject({ enrolled: true, enrolling: false, recoveryCodesLeft: 10 });
    // only hashes of the recovery codes are kept
    const stored = await withPerson(p.id, (tx) => tx.recoveryCode.findMany({ where: { personId: p.id } }));
    expect(stored).toHaveLength(10);
    for (const c of codes) expect(JSON.stringify(stored)).not.toContain(c.replace('-', ''));
    // a second enrolment over a confirmed one is refused: turn it off first
    expect((await refusal(beginTotpEnrolment(p.id, T0))).code).toBe('CONFLICT');
  });

  it('upgrades the session that confirmed it and ends every other session of the person', async () => {
    const p = await person();
    const here = (await signInWithPassword({ email: p.email, password: PASSWORD }, request(), T0))!;
    const elsewhere = (await signInWithPassword({ email: p.email, password: PASSWORD }, request(), T0))!;
    const secret = await beginTotpEnrolment(p.id, T0);
    await confirmTotpEnrolment(p.id, here.sid, totpCodeAt(secret, T0), T0);
    expect(await touchSession(elsewhere.sid, T0)).toBeNull();
    expect(await touchSession(here.sid, T0)).toMatchObject({ method: 'password+totp' });
  });

  it('keeps the secret from everyone but its person, the app role included', async () => {
    const { p } = await enrolled();
    const other = await person();
    expect(await withApp((tx) => tx.totpCredential.findMany({ where: { personId: p.id } }))).toEqual([]);
    expect(await withPerson(other.id, (tx) => tx.totpCredential.findMany({ where: { personId: p.id } }))).toEqual([]);
    expect(await withPerson(other.id, (tx) => tx.recoveryCode.count({ where: { personId: p.id } }))).toBe(0);
    expect(await withPerson(p.id, (tx) => tx.recoveryCode.count({ where: { personId: p.id } }))).toBe(10);
  });

  it('turns off only with a current code (or a recovery code)', async () => {
    const { p, secret } = await enrolled();
    expect((await refusal(disableTotp(p.id, '000000', plus(STEP)))).code).toBe('INVALID');
    expect(await secondFactorStatus(p.id)).toMatchObject({ enrolled: true });
    await disableTotp(p.id, totpCodeAt(secret, plus(STEP)), plus(STEP));
    expect(await secondFactorStatus(p.id)).toMatchObject({ enrolled: false, enrolling: false, recoveryCodesLeft: 0 });
    expect(await withPerson(p.id, (tx) => tx.recoveryCode.count({ where: { personId: p.id } }))).toBe(0);

    const again = await enrolled();
    await disableTotp(again.p.id, again.codes[3]!, plus(STEP));
    expect(await secondFactorStatus(again.p.id)).toMatchObject({ enrolled: false });
  });
});

describe('signing in with a second factor', () => {
  it('makes no session after the right password until the code is given, then records both factors', async () => {
    const { p, secret } = await enrolled();
    const at = plus(5 * STEP);
    const before = (await listSessions(p.id, at)).length;
    const step = await passwordStep({ email: p.email, password: PASSWORD }, request(), at, '/northbridge');
    expect(step).toMatchObject({ id: p.id, challenge: expect.any(String) });
    expect(step && 'sid' in step).toBe(false);
    expect(await signInWithPassword({ email: p.email, password: PASSWORD }, request(), at)).toBeNull();
    expect((await listSessions(p.id, at)).length).toBe(before);

    const token = (step as { challenge: string }).challenge;
    // nothing is stored that would let the token be replayed from the database
    expect(JSON.stringify(await t.prisma.secondFactorChallenge.findMany({ where: { personId: p.id } }))).not.toContain(token);
    const done = await finishSecondFactorSignIn(token, totpCodeAt(secret, at), request(), at);
    expect(done).toMatchObject({ person: { id: p.id }, callbackUrl: '/northbridge' });
    expect(await touchSession(done.sid, at)).toMatchObject({ method: 'password+totp', person: { id: p.id } });
    // the challenge is spent
    expect((await refusal(finishSecondFactorSignIn(token, totpCodeAt(secret, plus(STEP, at)), request(), plus(STEP, at)))).code).toBe('FORBIDDEN');
  });

  it('a wrong password still gives nothing, not even a challenge', async () => {
    const { p } = await enrolled();
    expect(await passwordStep({ email: p.email, password: 'wrong password!' }, request(), plus(STEP))).toBeNull();
    expect(await t.prisma.secondFactorChallenge.count({ where: { personId: p.id } })).toBe(0);
  });

  it('asks an email link for the code too', async () => {
    const { p, secret } = await enrolled();
    const at = plus(3 * STEP);
    const link = (await withAuth((tx) => issueMagicLink(tx, p.email!, at)))!;
    const step = await magicLinkStep(link.token, request(), at);
    expect(step).toMatchObject({ challenge: expect.any(String) });
    const done = await finishSecondFactorSignIn((step as { challenge: string }).challenge, totpCodeAt(secret, at), request(), at);
    expect(await touchSession(done.sid, at)).toMatchObject({ method: 'magic-link+totp' });
  });

  it('a challenge expires after ten minutes', async () => {
    const { p, secret } = await enrolled();
    const step = (await passwordStep({ email: p.email, password: PASSWORD }, request(), plus(STEP))) as { challenge: string };
    const late = plus(STEP + CHALLENGE_TTL_MINUTES * 60_000 + 1);
    expect((await refusal(finishSecondFactorSignIn(step.challenge, totpCodeAt(secret, late), request(), late))).code).toBe('FORBIDDEN');
  });

  it('takes each recovery code once', async () => {
    const { p, codes } = await enrolled();
    const at = plus(2 * STEP);
    const first = (await passwordStep({ email: p.email, password: PASSWORD }, request(), at)) as { challenge: string };
    const done = await finishSecondFactorSignIn(first.challenge, codes[0]!.toUpperCase(), request(), at);
    expect(await touchSession(done.sid, at)).toMatchObject({ method: 'password+recovery-code' });
    expect(await secondFactorStatus(p.id)).toMatchObject({ recoveryCodesLeft: 9 });
    const second = (await passwordStep({ email: p.email, password: PASSWORD }, request(), at)) as { challenge: string };
    const error = await refusal(finishSecondFactorSignIn(second.challenge, codes[0]!, request(), at));
    expect(error.code).toBe('INVALID');
  });
});

describe('replay and throttling', () => {
  it('refuses a code whose time step has already been used, and older steps after a newer one', async () => {
    const { p, secret } = await enrolled();
    // enrolment used T0's step: its code is refused again, even within the window
    expect(await checkSecondFactor(p.id, totpCodeAt(secret, T0), plus(10_000))).toEqual({ ok: false, reason: 'replayed' });
    const at = plus(STEP);
    expect(await checkSecondFactor(p.id, totpCodeAt(secret, at), at)).toEqual({ ok: true, via: 'totp' });
    expect(await checkSecondFactor(p.id, totpCodeAt(secret, at), plus(5_000, at))).toEqual({ ok: false, reason: 'replayed' });
    const row = await withPerson(p.id, (tx) => tx.totpCredential.findUniqueOrThrow({ where: { personId: p.id } }));
    expect(row.lastUsedStep).toBe(timeStep(at));
  });

  it('lets only one of two requests racing with the same code through', async () => {
    const { p, secret } = await enrolled();
    const at = plus(4 * STEP);
    const results = await Promise.all([checkSecondFactor(p.id, totpCodeAt(secret, at), at), checkSecondFactor(p.id, totpCodeAt(secret, at), at)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('throttles wrong codes per sign-in: five end that sign-in, a fresh one from the password works', async () => {
    const { p, secret } = await enrolled();
    const at = plus(10 * STEP);
    const first = (await passwordStep({ email: p.email, password: PASSWORD }, request(), at)) as { challenge: string };
    for (let i = 0; i < 5; i++) {
      const error = await refusal(finishSecondFactorSignIn(first.challenge, '000000', request(), plus(i * 1000, at)));
      expect(error.code).toBe('INVALID');
    }
    const right = plus(6_000, at);
    // that sign-in has had its tries: even the right code is refused, and it is over
    expect(await refusal(finishSecondFactorSignIn(first.challenge, totpCodeAt(secret, right), request(), right))).toMatchObject({
      code: 'FORBIDDEN',
      message: CHALLENGE_THROTTLED_MESSAGE,
    });
    expect(await refusal(finishSecondFactorSignIn(first.challenge, totpCodeAt(secret, right), request(), right))).toMatchObject({
      code: 'FORBIDDEN',
      message: /timed out/,
    });
    // someone else's wrong codes in their sign-in do not stop the owner's
    const second = (await passwordStep({ email: p.email, password: PASSWORD }, request(), right)) as { challenge: string };
    const done = await finishSecondFactorSignIn(second.challenge, totpCodeAt(secret, right), request(), right);
    expect(await touchSession(done.sid, right)).toMatchObject({ method: 'password+totp' });
  });

  it('signed in, throttles wrong codes per session until the window passes', async () => {
    const { p, secret, sid } = await enrolled();
    const at = plus(10 * STEP);
    for (let i = 0; i < 5; i++) expect((await refusal(disableTotp(p.id, '000000', plus(i * 1000, at), sid))).code).toBe('INVALID');
    const right = plus(6_000, at);
    expect(await refusal(disableTotp(p.id, totpCodeAt(secret, right), right, sid))).toMatchObject({ code: 'FORBIDDEN', message: THROTTLED_MESSAGE });
    expect(await checkSecondFactor(p.id, totpCodeAt(secret, right), right, { scope: `session:${sid}` })).toEqual({ ok: false, reason: 'throttled' });
    // another person is not affected
    const other = await enrolled();
    expect(await checkSecondFactor(other.p.id, totpCodeAt(other.secret, right), right)).toEqual({ ok: true, via: 'totp' });
    // fifteen minutes on, the right code works again in that session
    const later = plus(16 * 60_000, at);
    await disableTotp(p.id, totpCodeAt(secret, later), later, sid);
    expect(await secondFactorStatus(p.id)).toMatchObject({ enrolled: false });
  });

  it('slows, never locks, an account whose codes are guessed across many sign-ins', async () => {
    const { p, secret } = await enrolled();
    const at = plus(20 * STEP);
    // two sign-ins' worth of wrong codes, each under its own limit, reach the daily ceiling
    for (let i = 0; i < CODE_CEILING_PER_DAY; i++) {
      expect(await checkSecondFactor(p.id, '000000', plus(i * 1000, at), { scope: `challenge:${i % 2}` })).toEqual({ ok: false, reason: 'wrong' });
    }
    const soon = plus(CODE_CEILING_PER_DAY * 1000, at);
    expect(await checkSecondFactor(p.id, totpCodeAt(secret, soon), soon, { scope: 'challenge:fresh' })).toEqual({ ok: false, reason: 'slowed' });
    expect(codeRefusal({ ok: false, reason: 'slowed' }).message).toBe(SLOWED_MESSAGE);
    // five minutes after the last checked code, one more is checked: the right one gets in
    const slot = plus((CODE_CEILING_PER_DAY - 1) * 1000 + CODE_SLOWDOWN_SECONDS * 1000, at);
    expect(await checkSecondFactor(p.id, totpCodeAt(secret, slot), slot, { scope: 'challenge:fresh' })).toEqual({ ok: true, via: 'totp' });
  });

  it('counts wrong codes while enrolling and turning it off as well', async () => {
    const p = await person();
    const secret = await beginTotpEnrolment(p.id, T0);
    for (let i = 0; i < 5; i++) await refusal(confirmTotpEnrolment(p.id, null, '999999', plus(i * 1000)));
    const error = await refusal(confirmTotpEnrolment(p.id, null, totpCodeAt(secret, plus(6000)), plus(6000)));
    expect(error.message).toMatch(/Too many wrong codes/);
  });
});

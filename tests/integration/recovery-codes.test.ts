import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import { passwordStep, signInWithPassword } from '../../lib/auth/options';
import { hashPassword } from '../../lib/auth/password';
import { beginTotpEnrolment, confirmTotpEnrolment, finishSecondFactorSignIn, secondFactorStatus, THROTTLED_MESSAGE } from '../../lib/auth/second-factor';
import { PROOF_THROTTLED_MESSAGE, regenerateRecoveryCodes } from '../../lib/auth/recovery-codes';
import { totpCodeAt } from '../../lib/auth/totp';
import { touchSession } from '../../lib/auth/sessions';
import { withCouncil, withPerson } from '../../lib/db/tenant';
import { AppError } from '../../lib/errors';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

// Issue 15, after the second factor: a fresh set of recovery codes from "Sign-in security".

let t: TestDb;
let passwordHash: string;
beforeAll(async () => {
  t = await openTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => closeTestDatabase(t));

const PASSWORD = 'correct horse battery';
const request = () => ({ ip: `203.0.113.${crypto.randomInt(1, 250)}`, userAgent: 'vitest' });
// the tests drive the clock; they never wait for it
const T0 = new Date(Date.UTC(2026, 11, 3, 10, 0, 0));
const STEP = 30_000;
const plus = (ms: number, from = T0) => new Date(from.getTime() + ms);

async function enrolled(councils = 0) {
  const email = `codes-${crypto.randomBytes(5).toString('hex')}@example.test`;
  const p = await t.prisma.person.create({ data: { name: 'Recovery Codes Person', email, password: { create: { hash: passwordHash } } } });
  const memberOf = [];
  for (let i = 0; i < councils; i++) {
    const council = await make.council(`Codes Council ${i}`);
    await withCouncil(council.id, (tx) => tx.councilMembership.create({ data: { councilId: council.id, personId: p.id, role: 'ADMIN' } }));
    memberOf.push(council);
  }
  const s = (await signInWithPassword({ email, password: PASSWORD }, request(), T0))!;
  const secret = await beginTotpEnrolment(p.id, T0);
  const codes = await confirmTotpEnrolment(p.id, s.sid, totpCodeAt(secret, T0), T0);
  return { p, secret, codes, sid: s.sid, memberOf };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Signs in with the password and then a recovery code; the session, or the refusal. */
async function signInWithRecoveryCode(email: string, code: string, at: Date) {
  const step = (await passwordStep({ email, password: PASSWORD }, request(), at)) as { challenge: string };
  return finishSecondFactorSignIn(step.challenge, code, request(), at);
}

describe('making new recovery codes', () => {
  it('with a current code: the old set stops working, each new code works once', async () => {
    const { p, secret, codes: old, sid } = await enrolled();
    const at = plus(2 * STEP);
    const fresh = await regenerateRecoveryCodes(p.id, sid, { code: totpCodeAt(secret, at) }, request(), at);
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((c) => old.includes(c))).toEqual([]);
    expect(await secondFactorStatus(p.id)).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });
    // only hashes are kept
    const stored = await withPerson(p.id, (tx) => tx.recoveryCode.findMany({ where: { personId: p.id } }));
    for (const c of fresh) expect(JSON.stringify(stored)).not.toContain(c.replace('-', ''));

    const later = plus(3 * STEP);
    expect((await refusal(signInWithRecoveryCode(p.email!, old[0]!, later))).code).toBe('INVALID');
    const done = await signInWithRecoveryCode(p.email!, fresh[0]!, later);
    expect(await touchSession(done.sid, later)).toMatchObject({ method: 'password+recovery-code' });
    expect((await refusal(signInWithRecoveryCode(p.email!, fresh[0]!, later))).code).toBe('INVALID');
    expect(await secondFactorStatus(p.id)).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it('with the password instead', async () => {
    const { p, codes: old, sid } = await enrolled();
    const at = plus(STEP);
    const fresh = await regenerateRecoveryCodes(p.id, sid, { password: PASSWORD }, request(), at);
    expect((await refusal(signInWithRecoveryCode(p.email!, old[1]!, at))).code).toBe('INVALID');
    expect(await signInWithRecoveryCode(p.email!, fresh[1]!, at)).toMatchObject({ person: { id: p.id } });
  });

  it('changes nothing on a wrong code or password, a replayed code, or a recovery code as proof', async () => {
    const { p, secret, codes: old, sid } = await enrolled();
    const at = plus(4 * STEP);
    expect((await refusal(regenerateRecoveryCodes(p.id, sid, { code: '000000' }, request(), at))).code).toBe('INVALID');
    expect(await refusal(regenerateRecoveryCodes(p.id, sid, { password: 'not my password' }, request(), at))).toMatchObject({
      code: 'INVALID',
      fieldErrors: { password: [expect.any(String)] },
    });
    // a recovery code is what is being replaced: it does not prove anything here
    expect((await refusal(regenerateRecoveryCodes(p.id, sid, { code: old[2]! }, request(), at))).code).toBe('INVALID');
    // the enrolment's own code, already used
    expect((await refusal(regenerateRecoveryCodes(p.id, sid, { code: totpCodeAt(secret, T0) }, request(), plus(10_000)))).code).toBe('INVALID');
    expect(await signInWithRecoveryCode(p.email!, old[2]!, at)).toMatchObject({ person: { id: p.id } });
  });

  it('counts wrong proofs on the session: five, and even the right password waits', async () => {
    const { p, sid } = await enrolled();
    const at = plus(5 * STEP);
    for (let i = 0; i < 3; i++) await refusal(regenerateRecoveryCodes(p.id, sid, { password: `wrong ${i}` }, request(), plus(i * 1000, at)));
    for (let i = 3; i < 5; i++) await refusal(regenerateRecoveryCodes(p.id, sid, { code: '000000' }, request(), plus(i * 1000, at)));
    expect(await refusal(regenerateRecoveryCodes(p.id, sid, { password: PASSWORD }, request(), plus(6000, at)))).toMatchObject({
      code: 'FORBIDDEN',
      message: PROOF_THROTTLED_MESSAGE,
    });
    expect(await refusal(regenerateRecoveryCodes(p.id, sid, { code: '123456' }, request(), plus(7000, at)))).toMatchObject({
      code: 'FORBIDDEN',
      message: THROTTLED_MESSAGE,
    });
    // another session of the same person is not held up by this one's wrong tries
    const elsewhere = crypto.randomUUID();
    expect(await regenerateRecoveryCodes(p.id, elsewhere, { password: PASSWORD }, request(), plus(9000, at))).toHaveLength(10);
  });

  it('needs an authenticator app', async () => {
    const p = await t.prisma.person.create({
      data: { name: 'No App', email: `noapp-${crypto.randomBytes(5).toString('hex')}@example.test`, password: { create: { hash: passwordHash } } },
    });
    expect((await refusal(regenerateRecoveryCodes(p.id, null, { password: PASSWORD }, request(), T0))).code).toBe('CONFLICT');
  });

  it('is written to the audit trail of every council the person belongs to', async () => {
    const { p, secret, sid, memberOf } = await enrolled(2);
    const at = plus(6 * STEP);
    const req = request();
    await regenerateRecoveryCodes(p.id, sid, { code: totpCodeAt(secret, at) }, req, at);
    for (const council of memberOf) {
      const events = await withCouncil(council.id, (tx) =>
        tx.auditEvent.findMany({ where: { councilId: council.id, kind: 'account.regenerate-recovery-codes' } }),
      );
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: p.id, entityType: 'Person', entityId: p.id, ip: req.ip });
      // the codes themselves are never in it
      expect(JSON.stringify(events[0]!.data)).not.toMatch(/[a-z0-9]{5}-[a-z0-9]{5}/);
    }
  });
});

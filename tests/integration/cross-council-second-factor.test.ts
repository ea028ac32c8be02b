import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAuth, withCouncil, withPerson } from '../../lib/db/tenant';
import { createSession } from '../../lib/auth/sessions';
import { issueMagicLink } from '../../lib/auth/magic-link';
import { magicLinkStep } from '../../lib/auth/options';
import { beginTotpEnrolment, confirmTotpEnrolment, disableTotp, finishSecondFactorSignIn, secondFactorStatus } from '../../lib/auth/second-factor';
import { regenerateRecoveryCodes } from '../../lib/auth/recovery-codes';
import { totpCodeAt } from '../../lib/auth/totp';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { snapshotB, twoCouncils, type World } from './cross-council/world';
import { exportedFunctions, sourceOf } from './cross-council/action-modules';

// The second factor's actions act on the signed-in person alone: they take no council
// and no person from the form, so they are not defineActions. Each still has a case here,
// run as council A's admin with council B's admin's rows beside it: nothing of B's (their
// authenticator, recovery codes, half-finished sign-ins, sessions, council) may change.

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const SECOND_FACTOR_ACTIONS = 'lib/account/security-form-actions.ts';
const STEP = 30_000;
const request = { ip: '198.51.100.7', userAgent: 'cross-council' };

async function enrol(personId: string, at: Date) {
  const sid = await withAuth((tx) => createSession(tx, personId, 'magic-link', request, at));
  const secret = await beginTotpEnrolment(personId, at);
  const codes = await confirmTotpEnrolment(personId, sid, totpCodeAt(secret, at), at);
  return { sid, secret, codes };
}

async function world() {
  const w = await twoCouncils(t.prisma);
  // aligned to a time step, so each step below is a fresh code
  const t0 = new Date(Math.floor(Date.now() / STEP) * STEP);
  const a = await enrol(w.a.admin.id, t0);
  const b = await enrol(w.b.admin.id, t0);
  // B's admin is halfway through a sign-in too
  const link = await withAuth((tx) => issueMagicLink(tx, w.b.admin.email!, t0));
  await magicLinkStep(link!.token, request, t0);
  return { ...w, t0, at: (steps: number) => new Date(t0.getTime() + steps * STEP), aFactor: a, bFactor: b };
}
type SecondFactorWorld = World & Awaited<ReturnType<typeof world>>;

/** Everything of B's admin's second factor, read as they (and the sign-in role) would. */
async function bIdentity(w: SecondFactorWorld) {
  const personId = w.b.admin.id;
  const own = await withPerson(personId, async (tx) => ({
    totp: await tx.totpCredential.findMany({ where: { personId } }),
    codes: await tx.recoveryCode.findMany({ where: { personId }, orderBy: { codeHash: 'asc' } }),
  }));
  const signIn = await withAuth(async (tx) => ({
    challenges: await tx.secondFactorChallenge.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } }),
    sessions: await tx.authSession.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } }),
    attempts: await tx.signInAttempt.count({ where: { key: { contains: personId } } }),
  }));
  return { ...own, ...signIn, council: await snapshotB(w) };
}

/**
 * For each exported action of the second factor's module: what council A's admin does
 * through it (the lib function it calls, with the person the session names).
 */
const cases: Record<string, (w: SecondFactorWorld) => Promise<void>> = {
  beginTotpFormAction: async (w) => {
    await beginTotpEnrolment(w.a.member.id, w.at(1));
  },
  confirmTotpFormAction: async (w) => {
    const secret = await beginTotpEnrolment(w.a.member.id, w.at(1));
    await confirmTotpEnrolment(w.a.member.id, null, totpCodeAt(secret, w.at(1)), w.at(1));
  },
  disableTotpFormAction: async (w) => {
    await disableTotp(w.a.admin.id, totpCodeAt(w.aFactor.secret, w.at(1)), w.at(1), w.aFactor.sid);
  },
  regenerateRecoveryCodesFormAction: async (w) => {
    await regenerateRecoveryCodes(w.a.admin.id, w.aFactor.sid, { code: totpCodeAt(w.aFactor.secret, w.at(1)) }, request, w.at(1));
  },
  secondFactorSignInFormAction: async (w) => {
    const link = await withAuth((tx) => issueMagicLink(tx, w.a.admin.email!, w.at(1)));
    const step = (await magicLinkStep(link!.token, request, w.at(1))) as { challenge: string };
    await finishSecondFactorSignIn(step.challenge, totpCodeAt(w.aFactor.secret, w.at(1)), request, w.at(1));
  },
};

describe('cross-council suite: the second factor', () => {
  it('has a case for every action of the second factor, and none left over', () => {
    const actions = exportedFunctions(SECOND_FACTOR_ACTIONS);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((name) => !(name in cases))).toEqual([]);
    expect(Object.keys(cases).filter((name) => !actions.includes(name))).toEqual([]);
  });

  it('the actions take the person from the session, never from the form', () => {
    expect(sourceOf(SECOND_FACTOR_ACTIONS)).not.toMatch(/formData\.get\(['"](personId|councilId|sessionId|actorId)['"]\)/);
  });

  for (const name of Object.keys(cases)) {
    it(`${name}: council A's admin changes nothing of council B's admin`, async () => {
      const w = await world();
      const before = await bIdentity(w);
      await cases[name]!(w);
      expect(await bIdentity(w)).toEqual(before);
    });
  }

  it("no council's transaction reads a second factor, and a person reads and changes only their own", async () => {
    const w = await world();
    for (const councilId of [w.a.council.id, w.b.council.id]) {
      for (const table of ['TotpCredential', 'RecoveryCode']) {
        expect(await withCouncil(councilId, (tx) => tx.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`)), table).toEqual([]);
      }
      await expect(withCouncil(councilId, (tx) => tx.$queryRaw`SELECT * FROM "SecondFactorChallenge"`)).rejects.toThrow(/permission denied/);
    }
    const b = w.b.admin.id;
    const asA = <T>(fn: Parameters<typeof withPerson<T>>[1]) => withPerson(w.a.admin.id, fn);
    expect(await asA((tx) => tx.$queryRaw<unknown[]>`SELECT * FROM "TotpCredential" WHERE "personId" = ${b}::uuid`)).toEqual([]);
    expect(await asA((tx) => tx.$executeRaw`UPDATE "RecoveryCode" SET "usedAt" = now() WHERE "personId" = ${b}::uuid`)).toBe(0);
    expect(await asA((tx) => tx.$executeRaw`DELETE FROM "TotpCredential" WHERE "personId" = ${b}::uuid`)).toBe(0);
    await expect(asA((tx) => tx.recoveryCode.create({ data: { personId: b, codeHash: 'planted' } }))).rejects.toThrow();
    expect(await secondFactorStatus(b)).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import { withAuth, withCouncil, withPerson } from '../../lib/db/tenant';
import { resolveAccess } from '../../lib/access/resolve';
import { createSession } from '../../lib/auth/sessions';
import { boardAccess } from '../../lib/papers/route-access';
import { setSecondFactorRequirement } from '../../lib/councils/security-actions';
import { removeMember } from '../../lib/members/actions';
import { beginTotpEnrolment, confirmTotpEnrolment, disableTotp } from '../../lib/auth/second-factor';
import { councilsOwingSecondFactor, secondFactorSatisfied, SecondFactorRequiredError } from '../../lib/auth/second-factor-requirement';
import { totpCodeAt } from '../../lib/auth/totp';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { governanceWorld } from './governance-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const T0 = new Date(Date.UTC(2026, 11, 3, 9, 0, 0));

async function world() {
  const w = await governanceWorld(T0);
  // an Independent Chair by seat (not by board access), and an Entra-only administrator
  const seatChair = await t.prisma.person.create({ data: { name: 'Seat Chair', email: `seat-chair-${w.council.slug}@example.test` } });
  const entraAdmin = await t.prisma.person.create({
    data: { name: 'Entra Admin', entraIssuer: 'https://login.microsoftonline.com/x/v2.0', entraObjectId: crypto.randomUUID() },
  });
  await withCouncil(w.council.id, async (tx) => {
    await tx.councilMembership.create({ data: { councilId: w.council.id, personId: seatChair.id, role: 'MEMBER' } });
    await tx.councilMembership.create({ data: { councilId: w.council.id, personId: entraAdmin.id, role: 'ADMIN' } });
    await tx.seat.create({
      data: {
        councilId: w.council.id,
        boardId: w.board.id,
        personId: seatChair.id,
        role: 'INDEPENDENT_CHAIR',
        agency: 'Independent',
        position: 'Independent Chair',
      },
    });
  });
  const require = (value: 'yes' | 'no', actorId = w.admin.id) =>
    setSecondFactorRequirement.execute({ actorId, councilSlug: w.council.slug, input: { requireSecondFactor: value }, now: T0 });
  return { ...w, seatChair, entraAdmin, require };
}

/** What the one access path answers for the council: reached, or the refusal. */
async function reach(slug: string, personId: string, session: { sessionId?: string; authMethod?: string } = {}) {
  return resolveAccess({ id: personId, ...session }, slug).then(
    (a) => ({ reached: true as const, councilRole: a.councilRole }),
    (e: unknown) => (e instanceof SecondFactorRequiredError ? { refused: 'second factor' as const } : Promise.reject(e)),
  );
}
const owes = { refused: 'second factor' };

async function session(personId: string, method: string) {
  return withAuth((tx) => createSession(tx, personId, method, { ip: null, userAgent: null }, new Date()));
}

async function enrol(personId: string) {
  const secret = await beginTotpEnrolment(personId, T0);
  await confirmTotpEnrolment(personId, null, totpCodeAt(secret, T0), T0);
  return secret;
}

describe('a council that requires a second factor of its administrators and Chairs', () => {
  it('is set by a council admin only, and audited', async () => {
    const w = await world();
    expect(await w.require('yes', w.member.id)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await w.require('maybe' as 'yes')).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await w.require('yes')).toMatchObject({ ok: true, data: { requireSecondFactor: true } });
    expect((await t.prisma.council.findUniqueOrThrow({ where: { id: w.council.id } })).requireSecondFactor).toBe(true);
    const events = await withCouncil(w.council.id, (tx) =>
      tx.auditEvent.findMany({ where: { councilId: w.council.id, kind: 'council.second-factor-requirement' } }),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: w.admin.id, data: { before: { requireSecondFactor: false }, after: { requireSecondFactor: true } } });
  });

  it('cannot be set for another council, whatever the form names', async () => {
    const w = await world();
    const other = await world();
    const result = await setSecondFactorRequirement.execute({ actorId: w.admin.id, councilSlug: other.council.slug, input: { requireSecondFactor: 'yes' } });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await setSecondFactorRequirement.execute({
      actorId: w.admin.id,
      councilSlug: w.council.slug,
      input: { requireSecondFactor: 'yes', councilId: other.council.id },
    });
    expect((await t.prisma.council.findUniqueOrThrow({ where: { id: other.council.id } })).requireSecondFactor).toBe(false);
  });

  it('shuts administrators and Chairs without one out of everything in the council; members carry on', async () => {
    const w = await world();
    // before the requirement, everyone reaches the council
    for (const p of [w.admin, w.chair, w.seatChair, w.member]) expect(await reach(w.council.slug, p.id)).toMatchObject({ reached: true });
    await w.require('yes');

    // the council admin: the access path refuses, and so every action
    expect(await reach(w.council.slug, w.admin.id)).toEqual(owes);
    const membership = await withCouncil(w.council.id, (tx) => tx.councilMembership.findFirstOrThrow({ where: { personId: w.member.id } }));
    expect(await removeMember.execute({ actorId: w.admin.id, councilSlug: w.council.slug, input: { membershipId: membership.id } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: expect.stringMatching(/second factor/),
    });
    expect(await setSecondFactorRequirement.execute({ actorId: w.admin.id, councilSlug: w.council.slug, input: { requireSecondFactor: 'no' } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    // Chairs, by board access and by seat: route handlers refuse too
    for (const chair of [w.chair, w.seatChair]) {
      expect(await reach(w.council.slug, chair.id)).toEqual(owes);
      await expect(boardAccess({ actorId: chair.id, councilSlug: w.council.slug, boardSlug: w.board.slug })).rejects.toBeInstanceOf(SecondFactorRequiredError);
    }
    // a member who is neither is not affected
    expect(await reach(w.council.slug, w.member.id)).toMatchObject({ reached: true });
    await expect(boardAccess({ actorId: w.member.id, councilSlug: w.council.slug, boardSlug: w.board.slug })).resolves.toMatchObject({
      board: { id: w.board.id },
    });
    // an administrator who can only sign in through Entra ID counts as having the directory's MFA
    expect(await reach(w.council.slug, w.entraAdmin.id)).toMatchObject({ reached: true });

    // once enrolled, the admin is back, and can act
    const secret = await enrol(w.admin.id);
    expect(await reach(w.council.slug, w.admin.id)).toEqual({ reached: true, councilRole: 'ADMIN' });
    expect(await removeMember.execute({ actorId: w.admin.id, councilSlug: w.council.slug, input: { membershipId: membership.id } })).toMatchObject({
      ok: true,
    });
    // turning the app off shuts them out again
    await disableTotp(w.admin.id, totpCodeAt(secret, new Date(T0.getTime() + 30_000)), new Date(T0.getTime() + 30_000));
    expect(await reach(w.council.slug, w.admin.id)).toEqual(owes);

    // and when the council stops requiring it, everyone is back
    await t.prisma.council.update({ where: { id: w.council.id }, data: { requireSecondFactor: false } });
    for (const p of [w.admin, w.chair, w.seatChair]) expect(await reach(w.council.slug, p.id)).toMatchObject({ reached: true });
  });

  it('lets actions and route handlers judge the session when they know how it signed in', async () => {
    const w = await world();
    await w.require('yes');
    // an administrator with an email (so a password or email link could sign them in) as well as an Entra ID link
    await t.prisma.person.update({
      where: { id: w.admin.id },
      data: { entraIssuer: 'https://login.microsoftonline.com/y/v2.0', entraObjectId: crypto.randomUUID() },
    });
    const [entra, password] = [await session(w.admin.id, 'entra'), await session(w.admin.id, 'password')];
    expect(await reach(w.council.slug, w.admin.id, { sessionId: entra })).toMatchObject({ reached: true });
    expect(await reach(w.council.slug, w.admin.id, { sessionId: password })).toEqual(owes);
    expect(await reach(w.council.slug, w.admin.id)).toEqual(owes);
    const off = { actorId: w.admin.id, councilSlug: w.council.slug, input: { requireSecondFactor: 'no' } };
    expect(await setSecondFactorRequirement.execute({ ...off, sessionId: password })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await expect(boardAccess({ actorId: w.admin.id, sessionId: entra, councilSlug: w.council.slug, boardSlug: w.board.slug })).resolves.toMatchObject({
      councilRole: 'ADMIN',
    });
    expect(await setSecondFactorRequirement.execute({ ...off, sessionId: entra })).toMatchObject({ ok: true });
  });

  it('judges each browser session by how it was signed in (the check every request makes)', async () => {
    const w = await world();
    await w.require('yes');
    const council = await t.prisma.council.findUniqueOrThrow({ where: { id: w.council.id } });
    const owed = async (personId: string, method: string) => {
      const satisfied = await withPerson(personId, (tx) => secondFactorSatisfied(tx, personId, method));
      return (await councilsOwingSecondFactor(personId, [{ council, role: personId === w.admin.id ? 'ADMIN' : 'MEMBER' }], satisfied)).has(council.id);
    };
    // no app: a password or email-link session owes it; an Entra ID session does not
    expect(await owed(w.admin.id, 'password')).toBe(true);
    expect(await owed(w.admin.id, 'magic-link')).toBe(true);
    expect(await owed(w.admin.id, 'entra')).toBe(false);
    expect(await owed(w.chair.id, 'password')).toBe(true);
    expect(await owed(w.member.id, 'password')).toBe(false);
    // with an app: only sessions that gave a code count
    await enrol(w.admin.id);
    expect(await owed(w.admin.id, 'password')).toBe(true);
    expect(await owed(w.admin.id, 'password+totp')).toBe(false);
    expect(await owed(w.admin.id, 'password+recovery-code')).toBe(false);
    expect(await owed(w.admin.id, 'magic-link+totp')).toBe(false);
  });
});

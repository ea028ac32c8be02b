import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definedActions, type DefinedAction } from '../../lib/action/define';
import { withAuth, withCouncil, withCouncilAs, withMailer, withPerson } from '../../lib/db/tenant';
import { newFeedToken } from '../../lib/calendar/feeds';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { caseInput, snapshotB, twoCouncils, type Cases, type World } from './cross-council/world';
import { actionModuleFiles, relativeToRoot } from './cross-council/action-modules';

// Registers every action the app defines (every module under lib/ that calls
// defineAction, whatever its name), and every feature's cases (files named
// cross-council/<feature>.cases.ts): a new action without a case fails the suite.
const actionFiles = actionModuleFiles();
for (const file of actionFiles) await import(/* @vite-ignore */ file);
const caseFiles = import.meta.glob<{ cases: Cases }>('./cross-council/*.cases.ts', { eager: true });
const cases: Cases = Object.assign({}, ...Object.values(caseFiles).map((m) => m.cases));

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
const world = () => twoCouncils(t.prisma);
afterAll(() => closeTestDatabase(t));

describe('cross-council suite', () => {
  it('has a case for every action the app defines', () => {
    const names = definedActions()
      .map((a) => a.name)
      .sort();
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !(n in cases))).toEqual([]);
    // and no case for an action that is not there (a renamed action would leave its case behind)
    expect(Object.keys(cases).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('sees actions defined outside files named actions.ts (the council security setting was missed)', () => {
    expect(actionFiles.map(relativeToRoot)).toContain('lib/councils/security-actions.ts');
    expect(definedActions().map((a) => a.name)).toContain('councils.requireSecondFactor');
  });

  for (const action of definedActions()) {
    describe(action.name, () => {
      const boardSlug = action.scope === 'board' ? 'improvement-board' : undefined;
      const run = (w: World, councilSlug: string, input: Record<string, unknown>) =>
        (action as DefinedAction).execute({ actorId: w.a.admin.id, councilSlug, boardSlug, input });

      it("refuses council A's admin acting in council B's name", async () => {
        const w = await world();
        const { input } = caseInput(await cases[action.name]!(w, t.prisma));
        const before = await snapshotB(w);
        const result = await run(w, w.b.council.slug, input);
        expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
        expect(await snapshotB(w)).toEqual(before);
      });

      it("refuses council B's ids sent through council A", async () => {
        const w = await world();
        const { input, routeCouncilOnly } = caseInput(await cases[action.name]!(w, t.prisma));
        const before = await snapshotB(w);
        const result = await run(w, w.a.council.slug, input);
        // a form about the route's council alone names nothing of B's: it may succeed, on A only
        if (!routeCouncilOnly) {
          expect(result.ok).toBe(false);
          expect(['NOT_FOUND', 'FORBIDDEN']).toContain(result.ok ? '' : result.code);
        }
        expect(await snapshotB(w)).toEqual(before);
      });
    });
  }
});

/**
 * The identity tables (issue 15, finding 10): a council's transaction reads the people of
 * that council and no one else; hashes, sessions, feeds and sign-in attempts are their
 * owner's. Raw SQL, as the app's role, as a probe would try.
 */
describe('cross-council suite: identity tables', () => {
  async function identityWorld() {
    const w = await world();
    // someone in both councils, and a session, a feed, a password and sign-in attempts for A's admin
    const shared = await t.prisma.person.create({
      data: {
        name: 'Shared chair',
        email: `shared-${w.a.council.slug}@example.test`,
        password: { create: { hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA' } },
      },
    });
    for (const side of [w.a, w.b])
      await withCouncil(side.council.id, (tx) => tx.councilMembership.create({ data: { councilId: side.council.id, personId: shared.id } }));
    await t.prisma.passwordCredential.create({ data: { personId: w.a.admin.id, hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$c2VjcmV0' } });
    const session = await t.prisma.authSession.create({ data: { personId: w.a.admin.id, method: 'password', expiresAt: new Date(Date.now() + 3_600_000) } });
    await t.prisma.calendarFeed.create({ data: { personId: w.a.admin.id, tokenHash: newFeedToken().tokenHash } });
    await t.prisma.signInAttempt.create({ data: { key: `account:${w.a.admin.email}`, succeeded: false } });
    return { ...w, shared, session };
  }
  type IdentityWorld = Awaited<ReturnType<typeof identityWorld>>;
  const aOnly = (w: IdentityWorld) => [w.a.admin.id, w.a.member.id];

  it("council B's transaction reads no person of council A who is not also in B", async () => {
    const w = await identityWorld();
    const seen = await withCouncil(w.b.council.id, (tx) => tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM "Person"`);
    const ids = seen.map((r) => r.id);
    for (const id of aOnly(w)) expect(ids).not.toContain(id);
    expect(ids).toEqual(expect.arrayContaining([w.b.admin.id, w.b.member.id, w.shared.id]));
    // found by email or id, A's people are not there either
    expect(await withCouncil(w.b.council.id, (tx) => tx.person.findUnique({ where: { email: w.a.admin.email! } }))).toBeNull();
    expect(await withCouncil(w.b.council.id, (tx) => tx.person.findUnique({ where: { id: w.a.member.id } }))).toBeNull();
  });

  it("council B's transaction cannot change or remove council A's people", async () => {
    const w = await identityWorld();
    expect(await withCouncil(w.b.council.id, (tx) => tx.$executeRaw`UPDATE "Person" SET name = 'renamed' WHERE id = ${w.a.admin.id}::uuid`)).toBe(0);
    // not even someone in both councils, or the acting person's own row without acting as them
    expect(await withCouncil(w.b.council.id, (tx) => tx.$executeRaw`UPDATE "Person" SET name = 'renamed' WHERE id = ${w.shared.id}::uuid`)).toBe(0);
    await expect(withCouncil(w.b.council.id, (tx) => tx.$executeRaw`DELETE FROM "Person" WHERE id = ${w.a.admin.id}::uuid`)).rejects.toThrow(
      /permission denied/,
    );
    expect(await t.prisma.person.findUniqueOrThrow({ where: { id: w.a.admin.id } })).toMatchObject({ name: 'A admin' });
  });

  it('no tenant or person transaction can read a password hash', async () => {
    const w = await identityWorld();
    for (const run of [
      (sql: string) => withCouncil(w.a.council.id, (tx) => tx.$queryRawUnsafe(sql)),
      (sql: string) => withPerson(w.a.admin.id, (tx) => tx.$queryRawUnsafe(sql)),
    ]) {
      await expect(run('SELECT * FROM "PasswordCredential"')).rejects.toThrow(/permission denied/);
      await expect(run(`SELECT tabled_password_hash('${w.a.admin.id}'::uuid)`)).rejects.toThrow(/permission denied/);
    }
    // the column the probe read is gone from Person
    const columns = await t.db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Person'`);
    expect(columns.map((c) => c.column_name)).not.toContain('passwordHash');
  });

  it("sessions, calendar feeds, sign-in attempts and email links are their owner's only", async () => {
    const w = await identityWorld();
    const tables = ['AuthSession', 'CalendarFeed', 'SignInAttempt'];
    for (const table of tables) {
      const inB = await withCouncil(w.b.council.id, (tx) => tx.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`));
      expect(inB, table).toEqual([]);
      const inA = await withCouncil(w.a.council.id, (tx) => tx.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`));
      expect(inA, table).toEqual([]);
      const asMember = await withPerson(w.a.member.id, (tx) => tx.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`));
      expect(asMember, table).toEqual([]);
      const asOwner = await withPerson(w.a.admin.id, (tx) => tx.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`));
      expect(asOwner.length, table).toBeGreaterThan(0);
    }
    await expect(withCouncil(w.a.council.id, (tx) => tx.$queryRaw`SELECT * FROM "MagicLinkToken"`)).rejects.toThrow(/permission denied/);
    // another person's session cannot be revoked or moved
    expect(await withPerson(w.a.member.id, (tx) => tx.$executeRaw`UPDATE "AuthSession" SET "revokedAt" = now() WHERE id = ${w.session.id}::uuid`)).toBe(0);
    await expect(
      withPerson(w.a.member.id, (tx) =>
        tx.authSession.create({ data: { personId: w.a.admin.id, method: 'password', expiresAt: new Date(Date.now() + 60_000) } }),
      ),
    ).rejects.toThrow();
  });

  it('a person reads their own row, and in a council the people they share it with', async () => {
    const w = await identityWorld();
    const own = await withPerson(w.a.member.id, (tx) => tx.person.findMany({ select: { id: true } }));
    expect(own.map((p) => p.id)).toEqual([w.a.member.id]);
    const inB = await withCouncilAs(w.b.council.id, w.shared.id, (tx) => tx.person.findMany({ select: { id: true, name: true, email: true } }));
    expect(inB.map((p) => p.id).sort()).toEqual([w.b.admin.id, w.b.member.id, w.shared.id].sort());
  });

  it('council B cannot rename council A', async () => {
    const w = await identityWorld();
    expect(await withCouncil(w.b.council.id, (tx) => tx.$executeRaw`UPDATE "Council" SET name = 'taken over' WHERE id = ${w.a.council.id}::uuid`)).toBe(0);
    expect(await t.prisma.council.findUniqueOrThrow({ where: { id: w.a.council.id } })).toMatchObject({ name: 'A Council' });
  });

  it('the sign-in and mail roles have no grant on any council’s data', async () => {
    const w = await identityWorld();
    for (const table of ['Board', 'CouncilMembership', 'Meeting', 'AuditEvent', 'Invitation']) {
      await expect(
        withAuth((tx) => tx.$queryRawUnsafe(`SELECT * FROM "${table}" LIMIT 1`)),
        table,
      ).rejects.toThrow(/permission denied/);
      await expect(
        withMailer((tx) => tx.$queryRawUnsafe(`SELECT * FROM "${table}" LIMIT 1`)),
        table,
      ).rejects.toThrow(/permission denied/);
    }
    await expect(withMailer((tx) => tx.$queryRaw`SELECT * FROM "Person" LIMIT 1`)).rejects.toThrow(/permission denied/);
    await expect(withAuth((tx) => tx.$queryRaw`SELECT * FROM "PasswordCredential"`)).rejects.toThrow(/permission denied/);
    // the sign-in role reads one hash through its function, and only for a person not disabled
    const [row] = await withAuth((tx) => tx.$queryRaw<{ hash: string | null }[]>`SELECT tabled_password_hash(${w.a.admin.id}::uuid) AS hash`);
    expect(row?.hash).toMatch(/^\$argon2id\$/);
  });
});

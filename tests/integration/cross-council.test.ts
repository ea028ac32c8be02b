import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definedActions, type DefinedAction } from '../../lib/action/define';
import { withCouncil } from '../../lib/db/tenant';
import { newInvitationToken } from '../../lib/invitations/token';
import { closeTestDatabase, makeCouncil, openTestDatabase, type TestDb } from './support';

// Registers every action the app defines: a new action without a case below fails the suite.
import.meta.glob('../../lib/**/actions.ts', { eager: true });

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

/** Two councils, each with an admin, a board, a member and an open invitation. */
async function twoCouncils() {
  const make = async (label: string) => {
    const council = await makeCouncil(t.prisma, `${label} Council`);
    const admin = await t.prisma.person.create({ data: { name: `${label} admin`, email: `${council.slug}-admin@example.test` } });
    const member = await t.prisma.person.create({ data: { name: `${label} member`, email: `${council.slug}-member@example.test` } });
    return withCouncil(council.id, async (tx) => {
      await tx.councilMembership.create({ data: { councilId: council.id, personId: admin.id, role: 'ADMIN' } });
      const membership = await tx.councilMembership.create({ data: { councilId: council.id, personId: member.id, role: 'MEMBER' } });
      const board = await tx.board.create({ data: { councilId: council.id, slug: 'improvement-board', name: `${label} board`, kind: 'IMPROVEMENT_BOARD' } });
      const invitation = await tx.invitation.create({
        data: { councilId: council.id, email: `invitee@${council.slug}.test`, tokenHash: newInvitationToken(council.id).tokenHash, invitedById: admin.id, expiresAt: new Date(Date.now() + 86_400_000) },
      });
      return { council, admin, member, membership, board, invitation };
    });
  };
  return { a: await make('A'), b: await make('B') };
}
type World = Awaited<ReturnType<typeof twoCouncils>>;

/** B's rows as they stand, to prove a refused attempt changed nothing. */
async function snapshotB(w: World) {
  return withCouncil(w.b.council.id, async (tx) => ({
    invitations: await tx.invitation.findMany({ orderBy: { id: 'asc' } }),
    memberships: await tx.councilMembership.findMany({ orderBy: { id: 'asc' } }),
    access: await tx.boardAccess.findMany({ orderBy: { id: 'asc' } }),
    boards: await tx.board.findMany({ orderBy: { id: 'asc' } }),
    audit: await tx.auditEvent.count(),
  }));
}

/** For each action: the form a council A admin could post carrying council B's ids. */
const cases: Record<string, (w: World) => Record<string, unknown>> = {
  'invitations.create': (w) => ({ email: 'intruder@example.test', councilRole: 'MEMBER', boardId: w.b.board.id, boardRole: 'MEMBER', councilId: w.b.council.id }),
  'invitations.revoke': (w) => ({ invitationId: w.b.invitation.id }),
  'members.remove': (w) => ({ membershipId: w.b.membership.id }),
};

describe('cross-council suite', () => {
  it('has a case for every action the app defines', () => {
    const names = definedActions().map((a) => a.name).sort();
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !(n in cases))).toEqual([]);
  });

  for (const action of definedActions()) {
    describe(action.name, () => {
      const boardSlug = action.scope === 'board' ? 'improvement-board' : undefined;
      const run = (w: World, councilSlug: string) =>
        (action as DefinedAction).execute({ actorId: w.a.admin.id, councilSlug, boardSlug, input: cases[action.name]!(w) });

      it("refuses council A's admin acting in council B's name", async () => {
        const w = await twoCouncils();
        const before = await snapshotB(w);
        const result = await run(w, w.b.council.slug);
        expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
        expect(await snapshotB(w)).toEqual(before);
      });

      it("refuses council B's ids sent through council A", async () => {
        const w = await twoCouncils();
        const before = await snapshotB(w);
        const result = await run(w, w.a.council.slug);
        expect(result.ok).toBe(false);
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(result.ok ? '' : result.code);
        expect(await snapshotB(w)).toEqual(before);
      });
    });
  }
});

import type { PrismaClient } from '../../../lib/db/generated/prisma/client';
import { withCouncil } from '../../../lib/db/tenant';
import { newInvitationToken } from '../../../lib/invitations/token';
import * as make from '../../fixtures';

/**
 * The cross-council suite's world: two councils, each with an admin, a board, a member
 * and an open invitation. A feature that needs more of council B (a meeting, a seat, a
 * terms draft) adds it here and to the snapshot, so every case can prove nothing changed.
 */
/** Two councils, each with an admin, a board, a member and an open invitation. */
export async function twoCouncils(prisma: PrismaClient) {
  const one = async (label: string) => {
    const council = await make.council(`${label} Council`);
    const admin = await prisma.person.create({ data: { name: `${label} admin`, email: `${council.slug}-admin@example.test` } });
    const member = await prisma.person.create({ data: { name: `${label} member`, email: `${council.slug}-member@example.test` } });
    return withCouncil(council.id, async (tx) => {
      await tx.councilMembership.create({ data: { councilId: council.id, personId: admin.id, role: 'ADMIN' } });
      const membership = await tx.councilMembership.create({ data: { councilId: council.id, personId: member.id, role: 'MEMBER' } });
      const board = await tx.board.create({ data: { councilId: council.id, slug: 'improvement-board', name: `${label} board`, kind: 'IMPROVEMENT_BOARD' } });
      const invitation = await tx.invitation.create({
        data: {
          councilId: council.id,
          email: `invitee@${council.slug}.test`,
          tokenHash: newInvitationToken(council.id).tokenHash,
          invitedById: admin.id,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      return { council, admin, member, membership, board, invitation };
    });
  };
  return { a: await one('A'), b: await one('B') };
}
export type World = Awaited<ReturnType<typeof twoCouncils>>;

/**
 * Every council-owned row of council B, table by table, and B's own row, to prove a
 * refused attempt changed nothing anywhere (tables are found from the schema, so new ones
 * are covered).
 */
export const snapshotB = (w: World) => snapshotCouncil(w.b.council.id);

/** Every council-owned row of one council (and its own row), to compare before and after. */
export async function snapshotCouncil(councilId: string): Promise<Record<string, unknown[]>> {
  return withCouncil(councilId, async (tx) => {
    const tables = await tx.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'councilId' ORDER BY table_name`;
    // the council's own row (its name, its settings) has no councilId column
    const council = await tx.$queryRaw<{ row: unknown }[]>`SELECT to_jsonb(c) AS row FROM "Council" c WHERE c."id" = ${councilId}::uuid`;
    const out: Record<string, unknown[]> = { Council: council.map((r) => r.row) };
    for (const { table_name } of tables) {
      const rows = await tx.$queryRawUnsafe<{ row: unknown }[]>(
        `SELECT to_jsonb(t) AS row FROM "${table_name}" t WHERE "councilId" = $1::uuid ORDER BY to_jsonb(t)::text`,
        councilId,
      );
      out[table_name] = rows.map((r) => r.row);
    }
    return out;
  });
}

/**
 * For each action name: the form a council A admin could post carrying council B's ids.
 * A case may first create the council B rows it needs (with withCouncil on B's id).
 */
export type Cases = Record<string, (w: World, prisma: PrismaClient) => CaseInput | Promise<CaseInput>>;
export type CaseInput = Record<string, unknown>;

const ROUTE_COUNCIL_ONLY = '__routeCouncilOnly';

/**
 * A form that names no record, only a change to the council in the route (its settings):
 * there is no id of B's to carry, so posted through A it may well succeed, on A. Its case
 * still proves that A's admin cannot make it in B's name, and that a councilId in the form
 * changes nothing of B's.
 */
export const routeCouncilOnly = (input: CaseInput): CaseInput => ({ ...input, [ROUTE_COUNCIL_ONLY]: true });

export function caseInput(raw: CaseInput): { input: CaseInput; routeCouncilOnly: boolean } {
  const { [ROUTE_COUNCIL_ONLY]: only, ...input } = raw;
  return { input, routeCouncilOnly: only === true };
}

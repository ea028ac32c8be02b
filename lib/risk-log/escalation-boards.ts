import type { CouncilRole, Prisma } from '../db/generated/prisma/client';
import type { Tx } from '../db/tenant';
import { can } from '../auth/permissions';
import { boardRolesFor, currentSeatOf } from '../boards/access';

type Who = { personId: string; councilRole: CouncilRole };

/**
 * Boards of the council matching `where`, each with this person's roles on it, worked out
 * as the action wrapper does for the route's board (granted access, a current seat, and
 * administrator of every board for a council owner or admin), inside the caller's
 * transaction. `mayEscalateTo` says whether they may write a risk into that board's log.
 */
export async function boardsWithRiskRoles(tx: Tx, who: Who, where: Prisma.BoardWhereInput) {
  const rows = await tx.board.findMany({
    where,
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      access: { where: { personId: who.personId }, select: { role: true } },
      seats: { where: currentSeatOf(who.personId), select: { personId: true, role: true } },
    },
  });
  return rows.map(({ access, seats, ...board }) => {
    const roles = boardRolesFor(who.personId, who.councilRole, access, seats);
    return { ...board, roles, mayEscalateTo: can(roles, 'risk', 'create') };
  });
}

import 'server-only';
import { withCouncil } from '../db/tenant';
import type { CouncilContext } from '../councils/queries';

/** Members of the council with their board access, and invitations still open. */
export async function listMembersAndInvitations(ctx: CouncilContext, now = new Date()) {
  return withCouncil(ctx.council.id, async (tx) => {
    // One connection per transaction: its queries run one after another.
    const members = await tx.councilMembership.findMany({
      where: { councilId: ctx.council.id, endedAt: null },
      orderBy: { person: { name: 'asc' } },
      select: {
        id: true,
        role: true,
        createdAt: true,
        person: {
          select: {
            id: true,
            name: true,
            email: true,
            boardAccess: { where: { councilId: ctx.council.id }, select: { role: true, board: { select: { name: true } } } },
          },
        },
      },
    });
    const invitations = await tx.invitation.findMany({
      where: { councilId: ctx.council.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: 'desc' },
      select: { id: true, email: true, councilRole: true, boardRole: true, boardId: true, expiresAt: true, invitedBy: { select: { name: true } } },
    });
    const boards = await tx.board.findMany({ where: { councilId: ctx.council.id }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
    const boardName = new Map(boards.map((b) => [b.id, b.name]));
    return { members, invitations: invitations.map((i) => ({ ...i, boardName: i.boardId ? (boardName.get(i.boardId) ?? null) : null })), boards };
  });
}

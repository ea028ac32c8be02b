import 'server-only';
import type { BoardContext } from '../boards/context';
import { can } from '../auth/permissions';
import { withCouncil } from '../db/tenant';

/**
 * An action's links to other boards' logs: the action it was referred from (on the board
 * this one supports) and those it was referred to (on supporting boards), each with its
 * status; and the supporting boards it could still be referred to, for the form.
 */
export async function getActionReferrals(ctx: Pick<BoardContext, 'council' | 'board' | 'roles'>, actionId: string) {
  const linked = { reference: true, status: true, board: { select: { slug: true, name: true } } } as const;
  return withCouncil(ctx.council.id, async (tx) => {
    const action = await tx.action.findFirst({
      where: { id: actionId, boardId: ctx.board.id },
      select: { referredFrom: { select: linked }, referrals: { orderBy: { createdAt: 'asc' }, select: { ...linked, boardId: true } } },
    });
    const supporting = can(ctx.roles, 'action', 'create')
      ? await tx.board.findMany({
          where: { parentBoardId: ctx.board.id, status: { not: 'DISSOLVED' } },
          orderBy: { name: 'asc' },
          select: { id: true, name: true },
        })
      : [];
    const referredTo = new Set(action?.referrals.map((r) => r.boardId));
    return {
      referredFrom: action?.referredFrom ?? null,
      referrals: action?.referrals ?? [],
      canReferTo: supporting.filter((b) => !referredTo.has(b.id)),
    };
  });
}

import type { Tx } from '../db/tenant';
import type { ActionContext } from '../action/define';
import { AppError, invalidField } from '../errors';
import { parentProblem } from './hierarchy';
import { lockFor } from '../db/locks';

/**
 * A board's form names the board it was rendered for. The route's board must be that
 * board, so a stale tab or a crafted post cannot apply one board's form to another, and
 * another council's board id is answered as not found, like any foreign id.
 */
export function requireRouteBoard(ctx: ActionContext, boardId: string): { id: string; slug: string; name: string } {
  if (!ctx.board || ctx.board.id !== boardId) throw new AppError('NOT_FOUND', 'That board was not found');
  return ctx.board;
}

/**
 * Serialises changes to the council's board hierarchy, so two boards made each other's
 * parent at the same moment cannot both pass the cycle check.
 */
export async function lockBoardHierarchy(tx: Tx, councilId: string) {
  await lockFor(tx, 'boardHierarchy', councilId);
}

/** The parent a board is to support: in this council (else not found) and not making a cycle. */
export async function checkParent(tx: Tx, councilId: string, boardId: string | null, parentId: string | null) {
  if (parentId === null) return null;
  const parent = await tx.board.findFirst({ where: { id: parentId, councilId }, select: { id: true, name: true } });
  if (!parent) throw new AppError('NOT_FOUND', 'That board was not found');
  if (boardId) {
    await lockBoardHierarchy(tx, councilId);
    const edges = await tx.board.findMany({ where: { councilId }, select: { id: true, parentBoardId: true } });
    const problem = parentProblem(boardId, parentId, edges);
    if (problem === 'self') throw invalidField('parentBoardId', 'A board cannot support itself: choose another board, or none');
    if (problem === 'cycle')
      throw invalidField('parentBoardId', `${parent.name} already supports this board, directly or through another board, so this board cannot support it`);
  }
  return parent;
}

/** Action reference prefixes are unique in the council, so a reference names one board's action. */
export async function prefixesInUse(tx: Tx, councilId: string, exceptBoardId: string | null) {
  const rows = await tx.board.findMany({
    where: { councilId, ...(exceptBoardId ? { id: { not: exceptBoardId } } : {}) },
    select: { name: true, actionReferencePrefix: true },
  });
  return new Map(rows.map((r) => [r.actionReferencePrefix, r.name]));
}

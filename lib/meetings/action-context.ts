import { boardOf, type ActionContext } from '../action/define';
import { AppError } from '../errors';

/** The board of a board-scoped action; the wrapper has already resolved it from the route. */
export const actionBoard = boardOf;

/**
 * A create form names the board it was rendered for. A post naming another board (a
 * stale tab, or another council's board id) is answered as not found, like any foreign id.
 */
export function assertFormBoard(ctx: ActionContext, boardId: string) {
  const board = actionBoard(ctx);
  if (board.id !== boardId) throw new AppError('NOT_FOUND', 'That board was not found');
  return board;
}

import 'server-only';
import { notFound } from '../errors';
import { defineQuery } from '../access/query';
import { withCouncil } from '../db/tenant';
import type { CouncilContext } from '../councils/queries';
import type { BoardContext } from './context';
import { editableBoardSelect } from './form-values';
import { supportingBoards } from './hierarchy';

/** Boards a new board could support: any of the council's boards that has not been dissolved. */
export async function listParentOptions(ctx: CouncilContext) {
  return withCouncil(ctx.council.id, (tx) =>
    tx.board.findMany({ where: { councilId: ctx.council.id, status: { not: 'DISSOLVED' } }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  );
}

/**
 * Everything the settings page shows: the details and rules (with the version the edit
 * form carries), the status history newest first with who recorded each change, the
 * reporting lines, and the boards this one may support (never itself or a board that
 * already supports it, which would make a cycle).
 */
async function readBoardSettingsUnchecked(ctx: BoardContext) {
  const { councilId, boardId } = { councilId: ctx.council.id, boardId: ctx.board.id };
  const data = await withCouncil(councilId, async (tx) => {
    // one connection per transaction: its queries run one after another
    const board = await tx.board.findFirst({
      where: { id: boardId, councilId },
      select: {
        ...editableBoardSelect,
        slug: true,
        status: true,
        termsApprovalRoute: true,
        termsApprovalBody: true,
        parentBoard: { select: { name: true, slug: true } },
        agendaAgreedByBoardId: true,
        agendasAgreedFor: { orderBy: { name: 'asc' }, select: { name: true, slug: true } },
        childBoards: { orderBy: { name: 'asc' }, select: { name: true, slug: true } },
      },
    });
    const statusChanges = await tx.boardStatusChange.findMany({
      where: { boardId },
      orderBy: [{ effectiveOn: 'desc' }, { createdAt: 'desc' }],
      select: { id: true, status: true, effectiveOn: true, decision: true, recordedById: true, createdAt: true },
    });
    const reportingLines = await tx.boardReportingLine.findMany({
      where: { boardId },
      orderBy: [{ body: 'asc' }, { name: 'asc' }],
      select: { id: true, body: true, name: true, frequency: true },
    });
    const boards = await tx.board.findMany({
      where: { councilId },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, parentBoardId: true, status: true, agendaAgreedByBoardId: true },
    });
    const recorderIds = [...new Set(statusChanges.map((c) => c.recordedById).filter((id): id is string => Boolean(id)))];
    const recorders = recorderIds.length ? await tx.person.findMany({ where: { id: { in: recorderIds } }, select: { id: true, name: true } }) : [];
    return { board, statusChanges, reportingLines, boards, recorders };
  });
  if (!data.board) throw notFound();
  const below = supportingBoards(boardId, data.boards);
  const names = new Map(data.recorders.map((p) => [p.id, p.name]));
  return {
    board: data.board,
    statusChanges: data.statusChanges.map((c) => ({ ...c, recordedBy: c.recordedById ? (names.get(c.recordedById) ?? null) : null })),
    reportingLines: data.reportingLines,
    parentOptions: data.boards.filter((b) => b.id !== boardId && !below.has(b.id)).map((b) => ({ id: b.id, name: b.name })),
    // a board that meets and agrees its own agendas (one step of delegation only)
    agendaAgreementOptions: data.boards
      .filter((b) => b.id !== boardId && b.status !== 'DISSOLVED' && !b.agendaAgreedByBoardId)
      .map((b) => ({ id: b.id, name: b.name })),
  };
}
export const getBoardSettings = defineQuery({ resource: 'board', operation: 'update', run: readBoardSettingsUnchecked });

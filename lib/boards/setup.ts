import { withCouncil } from '../db/tenant';
import type { BoardContext } from './context';
import { isSettingUp, setupSteps, type SetupFacts } from '../rules/board-setup';

/** What a new board has done towards being set up, for its overview's checklist. */
export async function getBoardSetup(ctx: BoardContext) {
  const boardId = ctx.board.id;
  const facts: SetupFacts = await withCouncil(ctx.council.id, async (tx) => {
    const [seats, filledSeats, termsVersions, approvedTerms, meetings, reportingLines, board] = await Promise.all([
      tx.seat.count({ where: { boardId } }),
      tx.seat.count({ where: { boardId, personId: { not: null } } }),
      tx.termsVersion.count({ where: { boardId } }),
      tx.termsVersion.count({ where: { boardId, status: { in: ['APPROVED', 'SUPERSEDED'] } } }),
      tx.meeting.count({ where: { boardId } }),
      tx.boardReportingLine.count({ where: { boardId } }),
      tx.board.findUniqueOrThrow({ where: { id: boardId }, select: { status: true } }),
    ]);
    return { seats, filledSeats, termsVersions, approvedTerms, meetings, reportingLines, established: board.status === 'ESTABLISHED' };
  });
  return { facts, steps: setupSteps(facts), settingUp: isSettingUp(facts) };
}

import type { Tx } from '../db/tenant';

// What dissolving a board does besides its status: it meets no more, and agrees no other board's agendas.

/** Cancels the board's meetings still to come (the trail kept: status, reason, version), for its dissolution. */
export async function cancelComingMeetings(tx: Tx, boardId: string, now: Date, reason: string) {
  const coming = await tx.meeting.findMany({ where: { boardId, status: 'SCHEDULED', startsAt: { gt: now } }, select: { id: true } });
  const cancelledReason = reason.slice(0, 500);
  if (coming.length) {
    await tx.meeting.updateMany({
      where: { id: { in: coming.map((m) => m.id) }, status: 'SCHEDULED' },
      data: { status: 'CANCELLED', cancelledReason, version: { increment: 1 } },
    });
  }
  return coming.map((m) => ({ id: m.id, reason: cancelledReason }));
}

/** Boards whose agendas the dissolved board agreed: their own Chairs agree them again. */
export async function endDelegationsTo(tx: Tx, councilId: string, boardId: string) {
  const delegating = await tx.board.findMany({ where: { councilId, agendaAgreedByBoardId: boardId }, select: { id: true, name: true } });
  if (delegating.length) await tx.board.updateMany({ where: { id: { in: delegating.map((b) => b.id) } }, data: { agendaAgreedByBoardId: null } });
  return delegating;
}

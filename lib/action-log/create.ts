import type { Tx } from '../db/tenant';
import { formatActionReference, nextActionNumber } from '../rules/action-reference';
import { londonDay } from '../rules/london-calendar';

export type NewLogAction = {
  councilId: string;
  boardId: string;
  description: string;
  ownerSeatId: string | null;
  ownerAgency: string | null;
  /** a London day, YYYY-MM-DD */
  dueOn: string;
  sourceMeetingId?: string | null;
  sourceMinutesItemId?: string | null;
  sourcePlanActionId?: string | null;
};

/**
 * Adds an action to a board's log with the next reference of the year. The board row is
 * locked first so that two people raising actions at once cannot draw the same number;
 * every path that creates log actions (the log itself, minutes, plans) comes through here.
 */
export async function createLogAction(tx: Tx, input: NewLogAction, now: Date) {
  const [board] = await tx.$queryRaw<{ actionReferencePrefix: string }[]>`
    SELECT "actionReferencePrefix" FROM "Board" WHERE id = ${input.boardId}::uuid FOR UPDATE`;
  if (!board) throw new Error(`board ${input.boardId} not found`);
  const year = Number(londonDay(now).slice(0, 4));
  const head = `${board.actionReferencePrefix}-${year}-`;
  const issued = await tx.action.findMany({
    where: { boardId: input.boardId, reference: { startsWith: head } },
    select: { reference: true },
  });
  const n = nextActionNumber(
    issued.map((a) => a.reference),
    board.actionReferencePrefix,
    year,
  );
  return tx.action.create({
    data: {
      councilId: input.councilId,
      boardId: input.boardId,
      reference: formatActionReference(board.actionReferencePrefix, year, n),
      description: input.description,
      ownerSeatId: input.ownerSeatId,
      ownerAgency: input.ownerAgency,
      dueOn: new Date(`${input.dueOn}T00:00:00Z`),
      sourceMeetingId: input.sourceMeetingId ?? null,
      sourceMinutesItemId: input.sourceMinutesItemId ?? null,
      sourcePlanActionId: input.sourcePlanActionId ?? null,
      // when it was raised: sign-off needs a meeting that ended after this
      createdAt: now,
    },
    select: { id: true, reference: true },
  });
}

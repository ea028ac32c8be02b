import { boardOf, type ActionContext } from '../action/define';
import type { Prisma } from '../db/generated/prisma/client';
import { AppError, conflict } from '../errors';
import { CHAIR_ROLES, refreshChairPresenters } from '../meetings/agenda/chair-presenter';
import { lockBoardSeats } from './rules';
import { seatForDisplay, seatSelect, seatSnapshot, type SeatRow } from './snapshot';

/** The route's board, locked for membership changes, with the setting the rules need. */
export async function boardFor(ctx: ActionContext) {
  if (!ctx.board) throw new AppError('NOT_FOUND', 'Page not found');
  await lockBoardSeats(ctx.tx, ctx.board.id);
  const board = await ctx.tx.board.findFirst({
    where: { id: ctx.board.id, councilId: ctx.council.id },
    select: { id: true, name: true, substitutesPerMember: true },
  });
  if (!board) throw new AppError('NOT_FOUND', 'Page not found');
  return board;
}

/** The seat a form names, on this board, still at the version the form was editing. */
export async function seatAt(ctx: ActionContext, boardId: string, seatId: string, version: number, formFields: readonly string[]) {
  const seat = await ctx.tx.seat.findFirst({ where: { id: seatId, boardId }, select: seatSelect });
  if (!seat) throw new AppError('NOT_FOUND', 'That seat was not found');
  if (seat.version !== version) throw conflict(seatForDisplay(seat, formFields));
  return seat;
}

/**
 * Writes a change to a seat under its version, then keeps it as history: what it was,
 * what it is, who recorded it and, if the board has agreed it, at which meeting.
 */
export async function saveChange(
  ctx: ActionContext,
  before: SeatRow,
  data: Prisma.SeatUncheckedUpdateManyInput,
  summary: string,
  meetingId: string | null,
  formFields: readonly string[],
) {
  const { count } = await ctx.tx.seat.updateMany({
    where: { id: before.id, version: before.version },
    data: { ...data, agreedAtMeetingId: meetingId, version: { increment: 1 } },
  });
  if (count === 0) {
    const latest = await ctx.tx.seat.findFirst({ where: { id: before.id }, select: seatSelect });
    if (!latest) throw new AppError('NOT_FOUND', 'That seat was not found');
    throw conflict(seatForDisplay(latest, formFields));
  }
  const after = await ctx.tx.seat.findFirstOrThrow({ where: { id: before.id }, select: seatSelect });
  return record(ctx, after, summary, meetingId, seatSnapshot(before));
}

export async function record(ctx: ActionContext, after: SeatRow, summary: string, meetingId: string | null, before: ReturnType<typeof seatSnapshot> | null) {
  const snapshot = seatSnapshot(after);
  await ctx.tx.seatChange.create({
    data: {
      councilId: ctx.council.id,
      seatId: after.id,
      summary,
      before: before ?? undefined,
      after: snapshot,
      agreedAtMeetingId: meetingId,
      recordedById: ctx.actor.id,
    },
  });
  // a Chair's seat changed: the coming agendas name the new Chair on the items the Chair presents
  const chairSeat = (role: unknown) => (CHAIR_ROLES as readonly unknown[]).includes(role);
  if (chairSeat(after.role) || chairSeat(before?.role)) await refreshChairPresenters(ctx.tx, boardOf(ctx).id, ctx.now);
  return { seat: after, snapshot };
}

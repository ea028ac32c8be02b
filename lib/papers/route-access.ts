import { withCouncil, type Tx } from '../db/tenant';
import { forbidden, notFound } from '../errors';
import { acceptsChanges, dissolvedMessage } from '../boards/status';
import type { Operation } from '../auth/permissions';
import { assertId, routeAccess, type RouteCall as AccessCall, type RouteContext } from '../access/route';

export { assertId };

/** A route's caller: before access is resolved (tests, scripts), or with the access defineRoute already resolved. */
export type RouteCall = AccessCall & { access?: BoardAccess };

/** The request's access, as defineRoute resolves it (lib/access). */
export type BoardAccess = Omit<RouteContext<never>, 'params'>;

/** The access defineRoute resolved, else resolveAccess now (one transaction), with the paper permission checked. */
export async function boardAccess(call: RouteCall, operation: Operation = 'read'): Promise<BoardAccess> {
  const access = call.access ?? (await routeAccess(call, 'paper', operation));
  // a dissolved board's papers can be read; nothing is uploaded to it
  if (operation !== 'read' && !acceptsChanges(access.board)) throw forbidden(dissolvedMessage(access.board.name));
  return access;
}

/**
 * Whether the person attends this meeting in a member's place: the member sent apologies
 * saying their substitute attends, and the person is that substitute (named on the
 * attendance record, or else the seat's nominated substitute).
 */
export async function standsInAt(tx: Tx, meetingId: string, personId: string): Promise<boolean> {
  const rows = await tx.attendance.findMany({
    where: { meetingId, substituteAttends: true, status: { in: ['APOLOGIES', 'SUBSTITUTE_ATTENDED'] } },
    select: { substitutePersonId: true, seat: { select: { substitutePersonId: true } } },
  });
  return rows.some((r) => (r.substitutePersonId ?? r.seat.substitutePersonId) === personId);
}

/** The meeting in the URL, only if it belongs to the board in the URL (and so the council). */
export async function meetingOfBoard(access: BoardAccess, meetingId: string) {
  assertId(meetingId, 'Meeting');
  const meeting = await withCouncil(access.council.id, (tx) =>
    tx.meeting.findFirst({
      where: { id: meetingId, boardId: access.board.id },
      select: { id: true, title: true, startsAt: true, endsAt: true, status: true, venue: true, kind: true, theme: true, historical: true },
    }),
  );
  if (!meeting) throw notFound('Meeting');
  return meeting;
}

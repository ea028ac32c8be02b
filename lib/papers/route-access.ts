import { z } from 'zod';
import { withApp, withCouncil, type Tx } from '../db/tenant';
import { AppError, notFoundError } from '../errors';
import { findMembership, type CouncilMembershipView } from '../councils/access';
import { findBoardWithRoles } from '../boards/access';
import type { BoardRole } from '../auth/permissions';
import type { RequestInfo } from '../action/define';

/** What a route handler knows about its caller: the signed-in person (if any) and the route. */
export type RouteCall = {
  actorId: string | null;
  councilSlug: string;
  boardSlug: string;
  request?: RequestInfo;
  now?: Date;
  authMethod?: string;
};

export type BoardAccess = CouncilMembershipView & {
  actorId: string;
  board: NonNullable<Awaited<ReturnType<typeof findBoardWithRoles>>>['board'];
  roles: BoardRole[];
};

/**
 * The route-handler twin of defineAction's checks, from the same pieces: a signed-in,
 * enabled person, a current member of the council in the URL, with a role on the board
 * in the URL. A council or board that is not theirs answers 404, as pages do.
 */
export async function boardAccess(call: RouteCall): Promise<BoardAccess> {
  if (!call.actorId) throw new AppError('FORBIDDEN', 'Your session has ended. Sign in again to continue.');
  const actorId = call.actorId;
  const person = await withApp((tx) => tx.person.findUnique({ where: { id: actorId }, select: { disabledAt: true } }));
  if (!person || person.disabledAt) throw new AppError('FORBIDDEN', 'Sign in again to continue');
  const membership = await findMembership(call.councilSlug, actorId, call.authMethod ?? null);
  if (!membership) throw notFoundError();
  const found = await findBoardWithRoles(membership.council.id, membership.councilRole, call.boardSlug, actorId);
  if (!found) throw notFoundError();
  return { ...membership, actorId, board: found.board, roles: found.roles };
}

const uuid = z.string().uuid();

/** A malformed id in a URL is simply an id that does not exist. */
export function assertId(value: string, what = 'Page'): string {
  if (!uuid.safeParse(value).success) throw notFoundError(what);
  return value;
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
      select: { id: true, title: true, startsAt: true, endsAt: true, status: true, venue: true, kind: true, theme: true },
    }),
  );
  if (!meeting) throw notFoundError('Meeting');
  return meeting;
}

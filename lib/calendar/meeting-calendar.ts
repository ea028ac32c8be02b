import { z } from 'zod';
import { withPerson, withCouncil } from '../db/tenant';
import { can } from '../auth/permissions';
import { findMembership } from '../councils/access';
import { findBoardWithRoles } from '../boards/access';
import { buildCalendar } from './ics';
import { meetingEvent, meetingEventSelect } from './meeting-event';

const uuid = z.string().uuid();

/**
 * "Add to calendar" for one meeting, checked as its page is: a signed-in, enabled
 * person, a member of the council with a role on the board, and a meeting of that
 * board. Anything else is null, answered 404 like a page.
 */
export async function meetingCalendarFor(actorId: string, councilSlug: string, boardSlug: string, meetingId: string, now = new Date()): Promise<string | null> {
  if (!uuid.safeParse(meetingId).success) return null;
  const person = await withPerson(actorId, (tx) => tx.person.findUnique({ where: { id: actorId }, select: { disabledAt: true } }));
  if (!person || person.disabledAt) return null;
  const membership = await findMembership(councilSlug, actorId);
  if (!membership) return null;
  const found = await findBoardWithRoles(membership.council.id, membership.councilRole, boardSlug, actorId);
  if (!found || !can(found.roles, 'meeting', 'read')) return null;
  const meeting = await withCouncil(membership.council.id, (tx) =>
    tx.meeting.findFirst({ where: { id: meetingId, boardId: found.board.id }, select: meetingEventSelect }),
  );
  if (!meeting) return null;
  return buildCalendar({ name: meeting.title, events: [meetingEvent(membership.council, meeting)], now });
}

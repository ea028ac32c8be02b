import { z } from 'zod';
import { withCouncil } from '../db/tenant';
import { AppError, notFound } from '../errors';
import { routeAccess } from '../access/route';
import type { BoardContext } from '../boards/context';
import { buildCalendar } from './ics';
import { meetingEvent, meetingEventSelect } from './meeting-event';

const uuid = z.string().uuid();

/** "Add to calendar" for one meeting of the access's board (defineRoute checked the meeting's `read`); any other id is not found. */
export async function meetingCalendar(ctx: Pick<BoardContext, 'council' | 'board'>, meetingId: string, now = new Date()): Promise<string> {
  if (!uuid.safeParse(meetingId).success) throw notFound('Meeting');
  const meeting = await withCouncil(ctx.council.id, (tx) =>
    tx.meeting.findFirst({ where: { id: meetingId, boardId: ctx.board.id, historical: false }, select: meetingEventSelect }),
  );
  if (!meeting) throw notFound('Meeting');
  return buildCalendar({ name: meeting.title, events: [meetingEvent(ctx.council, meeting)], now });
}

/**
 * The same for a person by id, checked as the meeting's page is, through the one access
 * path: a signed-in, enabled person, a member of the council with a role on the board, and
 * a meeting of that board. Anything else is null, answered 404 like a page.
 */
export async function meetingCalendarFor(actorId: string, councilSlug: string, boardSlug: string, meetingId: string, now = new Date()): Promise<string | null> {
  try {
    const ctx = await routeAccess({ actorId, councilSlug, boardSlug, now }, 'meeting', 'read');
    return await meetingCalendar(ctx, meetingId, now);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

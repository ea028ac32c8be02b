import { withCouncil } from '../db/tenant';
import { myCouncils } from '../attendance/my-meetings';
import { buildCalendar } from './ics';
import { meetingEvent, meetingEventSelect } from './meeting-event';

// far enough back that last month's meetings stay in the calendar, near enough to keep it small
const HISTORY_DAYS = 92;

/**
 * The meetings of my boards (a seat I hold, or access granted to me on the board) in
 * every council I belong to, and any meeting where I stand in for a member as their
 * substitute. Cancelled meetings stay in, marked cancelled, so calendars remove them.
 * Being a council admin alone does not fill a calendar with every board's meetings.
 */
export async function personFeedEvents(personId: string, now = new Date()) {
  const from = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const councils = await myCouncils(personId);
  const perCouncil = await Promise.all(
    councils.map((council) =>
      withCouncil(council.id, async (tx) => {
        const boards = await tx.board.findMany({
          where: {
            OR: [{ access: { some: { personId } } }, { seats: { some: { personId, OR: [{ endsOn: null }, { endsOn: { gte: from } }] } } }],
          },
          select: { id: true },
        });
        const meetings = await tx.meeting.findMany({
          where: {
            startsAt: { gte: from },
            // a historical meeting was never run here: it is no one's calendar entry
            historical: false,
            OR: [
              { boardId: { in: boards.map((b) => b.id) } },
              { attendance: { some: { substitutePersonId: personId, substituteAttends: true, status: { in: ['APOLOGIES', 'SUBSTITUTE_ATTENDED'] } } } },
            ],
          },
          orderBy: { startsAt: 'asc' },
          take: 500,
          select: meetingEventSelect,
        });
        return meetings.map((m) => meetingEvent(council, m));
      }),
    ),
  );
  return perCouncil.flat().sort((a, b) => a.start.getTime() - b.start.getTime());
}

export async function personFeedCalendar(personId: string, now = new Date()): Promise<string> {
  return buildCalendar({ name: 'Board meetings (Tabled)', events: await personFeedEvents(personId, now), now });
}

import type { Tx } from '../db/tenant';
import { boardRolesFor } from '../boards/access';
import type { BoardRole } from '../auth/permissions';
import { londonDay } from '../rules/london-calendar';
import { paperReader, type PaperReader } from '../rules/paper-access';

export type Recipient = { personId: string; name: string; email: string; reader: PaperReader };

/**
 * Everyone due a meeting's papers: the people holding the board's seats on the meeting's
 * day (the Chair, members and attendees), people given a member, Chair or attendee role
 * on the board without a seat, and each substitute standing in at this meeting. Each is
 * judged by the same rule as a download (paperReader), so an email never offers a paper
 * its reader cannot open. Administrators are not "due" papers as such: they circulate
 * them. Only people who can sign in to open them are written to: an email address, not
 * disabled, a current member of the council.
 */
export async function peopleDuePapers(tx: Tx, where: { councilId: string; boardId: string; meetingId: string; startsAt: Date }): Promise<Recipient[]> {
  const day = new Date(`${londonDay(where.startsAt)}T00:00:00Z`); // a @db.Date compares as UTC midnight
  const [seats, access, standIns] = await Promise.all([
    tx.seat.findMany({
      where: {
        boardId: where.boardId,
        AND: [{ OR: [{ startsOn: null }, { startsOn: { lte: day } }] }, { OR: [{ endsOn: null }, { endsOn: { gte: day } }] }],
      },
      select: { personId: true, substitutePersonId: true, role: true },
    }),
    tx.boardAccess.findMany({ where: { boardId: where.boardId, role: { in: ['CHAIR', 'MEMBER', 'ATTENDEE'] } }, select: { personId: true, role: true } }),
    tx.attendance.findMany({
      where: { meetingId: where.meetingId, substituteAttends: true, status: { in: ['APOLOGIES', 'SUBSTITUTE_ATTENDED'] } },
      select: { substitutePersonId: true, seat: { select: { substitutePersonId: true } } },
    }),
  ]);
  const standingIn = new Set(standIns.map((a) => a.substitutePersonId ?? a.seat.substitutePersonId).filter((id): id is string => !!id));
  const candidates = new Set<string>([...seats.map((s) => s.personId), ...access.map((a) => a.personId), ...standingIn].filter((id): id is string => !!id));
  if (candidates.size === 0) return [];

  const people = await tx.person.findMany({
    where: { id: { in: [...candidates] }, email: { not: null }, disabledAt: null, memberships: { some: { councilId: where.councilId, endedAt: null } } },
    select: { id: true, name: true, email: true },
    orderBy: { name: 'asc' },
  });
  const recipients: Recipient[] = [];
  for (const person of people) {
    const roles = boardRolesFor(
      person.id,
      'MEMBER', // the council role only adds ADMINISTRATOR, which does not make anyone due papers
      access.filter((a) => a.personId === person.id).map((a) => ({ role: a.role as BoardRole })),
      seats.filter((s) => s.personId === person.id || s.substitutePersonId === person.id),
    );
    const reader = paperReader(roles, standingIn.has(person.id));
    if (reader && person.email) recipients.push({ personId: person.id, name: person.name, email: person.email, reader });
  }
  return recipients;
}

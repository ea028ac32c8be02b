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
export type Unreachable = { personId: string; name: string; why: string };

/** Everyone due a meeting's papers (see peopleDuePapers), and those due them who cannot be written to, with why. */
export async function reachOfPapers(
  tx: Tx,
  where: { councilId: string; boardId: string; meetingId: string; startsAt: Date },
): Promise<{ recipients: Recipient[]; unreachable: Unreachable[] }> {
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
  if (candidates.size === 0) return { recipients: [], unreachable: [] };

  const people = await tx.person.findMany({
    where: { id: { in: [...candidates] } },
    select: {
      id: true,
      name: true,
      email: true,
      disabledAt: true,
      memberships: { where: { councilId: where.councilId, endedAt: null }, select: { id: true } },
    },
    orderBy: { name: 'asc' },
  });
  const recipients: Recipient[] = [];
  const unreachable: Unreachable[] = [];
  for (const person of people) {
    const roles = boardRolesFor(
      person.id,
      'MEMBER', // the council role only adds ADMINISTRATOR, which does not make anyone due papers
      access.filter((a) => a.personId === person.id).map((a) => ({ role: a.role as BoardRole })),
      seats.filter((s) => s.personId === person.id || s.substitutePersonId === person.id),
    );
    const reader = paperReader(roles, standingIn.has(person.id));
    if (!reader) continue;
    const why = !person.email
      ? 'no email address is on record'
      : person.disabledAt
        ? 'their account is disabled'
        : person.memberships.length === 0
          ? 'they have no account in this council yet: invite them to sign in to read papers'
          : null;
    if (why) unreachable.push({ personId: person.id, name: person.name, why });
    else recipients.push({ personId: person.id, name: person.name, email: person.email!, reader });
  }
  return { recipients, unreachable };
}

/** Everyone due a meeting's papers who can be written to (see reachOfPapers for those who cannot). */
export async function peopleDuePapers(tx: Tx, where: { councilId: string; boardId: string; meetingId: string; startsAt: Date }): Promise<Recipient[]> {
  return (await reachOfPapers(tx, where)).recipients;
}

/** " Not sent to 2 people: Ann Lee (no email address is on record); …" or nothing. */
export function unreachableNote(unreachable: Unreachable[]): string {
  if (unreachable.length === 0) return '';
  const who = unreachable.map((u) => `${u.name} (${u.why})`).join('; ');
  return `. Not sent to ${unreachable.length} ${unreachable.length === 1 ? 'person' : 'people'} due them: ${who}`;
}

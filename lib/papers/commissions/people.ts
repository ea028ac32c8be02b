import type { Tx } from '../../db/tenant';
import { dbDay } from '../../forms/fields';
import type { LondonDay } from '../../rules/london-calendar';

export type PersonChoice = { id: string; name: string; email: string | null; position?: string };

/** The board's seat holders today, who may be asked for a paper by picking them. */
export async function authorChoices(tx: Tx, boardId: string, today: LondonDay): Promise<PersonChoice[]> {
  const seats = await tx.seat.findMany({
    where: { boardId, personId: { not: null }, OR: [{ endsOn: null }, { endsOn: { gte: dbDay(today) } }] },
    orderBy: [{ position: 'asc' }],
    select: { position: true, person: { select: { id: true, name: true, email: true } } },
  });
  const seen = new Map<string, PersonChoice>();
  for (const s of seats) if (s.person && !seen.has(s.person.id)) seen.set(s.person.id, { ...s.person, position: s.position });
  return [...seen.values()];
}

/**
 * Who may review a paper: people with an account in this council (a current membership)
 * who hold a role on the board: its administrators (named, or the council's own), and
 * the members, Chair and substitutes in its seats.
 */
export async function reviewerChoices(tx: Tx, councilId: string, boardId: string, today: LondonDay): Promise<PersonChoice[]> {
  const [memberships, access, seats] = await Promise.all([
    tx.councilMembership.findMany({ where: { councilId, endedAt: null }, select: { personId: true, role: true } }),
    tx.boardAccess.findMany({ where: { boardId, role: { in: ['ADMINISTRATOR', 'CHAIR', 'MEMBER', 'SUBSTITUTE'] } }, select: { personId: true } }),
    tx.seat.findMany({
      where: { boardId, OR: [{ endsOn: null }, { endsOn: { gte: dbDay(today) } }] },
      select: { personId: true, substitutePersonId: true },
    }),
  ]);
  const hasAccount = new Set(memberships.map((m) => m.personId));
  const ids = new Set<string>([
    ...memberships.filter((m) => m.role === 'ADMIN' || m.role === 'OWNER').map((m) => m.personId),
    ...access.map((a) => a.personId),
    ...seats.flatMap((s) => [s.personId, s.substitutePersonId]).filter((id): id is string => Boolean(id)),
  ]);
  const people = await tx.person.findMany({
    where: { id: { in: [...ids].filter((id) => hasAccount.has(id)) } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, email: true },
  });
  return people;
}

import { withCouncil, type Tx } from '../db/tenant';
import { londonDay } from '../rules/london-calendar';
import type { CouncilRole } from '../db/generated/prisma/client';
import type { BoardRole } from '../auth/permissions';
import { isCouncilAdmin } from '../councils/access';

export const boardSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  status: true,
  isPublic: true,
  advisory: true,
  paperNoticeWorkingDays: true,
  apologyNoticeWorkingDays: true,
  minutesDistributionDays: true,
  quorumMinimum: true,
  riskAppetiteScore: true,
} as const;

type SeatLink = { personId: string | null; role: string };

/** Seats that give this person a role today: held or substituted, and not yet ended. */
export function currentSeatOf(personId: string) {
  const today = new Date(`${londonDay(new Date())}T00:00:00Z`);
  return {
    AND: [{ OR: [{ personId }, { substitutePersonId: personId }] }, { OR: [{ endsOn: null }, { endsOn: { gte: today } }] }],
  };
}

/**
 * A person's roles on a board: their granted access, their seat (a substitute seat
 * makes them a substitute), and administrator for every board when they are a council
 * owner or admin. No roles means the board is not theirs to see.
 */
export function boardRolesFor(personId: string, councilRole: CouncilRole, access: { role: BoardRole }[], seats: SeatLink[]): BoardRole[] {
  const roles = new Set<BoardRole>(access.map((a) => a.role));
  if (isCouncilAdmin(councilRole)) roles.add('ADMINISTRATOR');
  for (const seat of seats) {
    if (seat.personId !== personId) roles.add('SUBSTITUTE');
    else if (seat.role === 'ATTENDEE') roles.add('ATTENDEE');
    else if (seat.role === 'CHAIR' || seat.role === 'INDEPENDENT_CHAIR') roles.add('CHAIR');
    else roles.add('MEMBER');
  }
  return [...roles];
}

/** The board with this slug in the council, with the person's roles on it, or null if they have none. */
export async function findBoardWithRoles(councilId: string, councilRole: CouncilRole, boardSlug: string, personId: string) {
  const found = await withCouncil(councilId, (tx) =>
    tx.board.findFirst({
      where: { councilId, slug: boardSlug },
      select: {
        ...boardSelect,
        access: { where: { personId }, select: { role: true } },
        seats: { where: currentSeatOf(personId), select: { personId: true, role: true } },
      },
    }),
  );
  if (!found) return null;
  const { access, seats, ...board } = found;
  const roles = boardRolesFor(personId, councilRole, access, seats);
  return roles.length ? { board, roles } : null;
}

/**
 * Every board of the council with this person's roles on it, in one query inside the
 * caller's (council-scoped) transaction: the council page, the board switcher and the
 * board in the URL all read it, once per request (lib/access/page.ts).
 */
export async function councilBoardsIn(tx: Tx, councilId: string, councilRole: CouncilRole, personId: string) {
  const now = new Date();
  const rows = await tx.board.findMany({
    where: { councilId },
    orderBy: [{ parentBoardId: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
    select: {
      ...boardSelect,
      parentBoardId: true,
      parentBoard: { select: { name: true } },
      meetings: { where: { startsAt: { gte: now }, status: 'SCHEDULED' }, orderBy: { startsAt: 'asc' }, take: 1, select: { startsAt: true, title: true } },
      access: { where: { personId }, select: { role: true } },
      seats: { where: currentSeatOf(personId), select: { personId: true, role: true } },
    },
  });
  return rows.map(({ access, seats, ...board }) => ({ ...board, roles: boardRolesFor(personId, councilRole, access, seats) }));
}

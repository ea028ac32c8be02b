import type { Tx } from '../db/tenant';
import { invalid } from '../errors';
import { checkSeat, describeProblem, type ProposedSeat, type SubstituteFlag } from '../rules/substitutes';
import { lockFor } from '../db/locks';

/**
 * Serialises membership changes on one board, so two changes at once (a member added
 * while they are being named someone's substitute) cannot both pass the rules.
 */
export async function lockBoardSeats(tx: Tx, boardId: string) {
  await lockFor(tx, 'boardSeats', boardId);
}

const fieldFor = { person: 'personChoice', substitute: 'substituteChoice' } as const;

/**
 * Applies lib/rules/substitutes.ts to a proposed seat against the board's other seats:
 * a problem refuses the change with the field it concerns; flags are returned to be
 * shown (a member with no substitute yet).
 */
export async function enforceSeatRules(
  tx: Tx,
  board: { id: string; substitutesPerMember: number },
  seat: ProposedSeat,
  today: string,
): Promise<SubstituteFlag[]> {
  const rows = await tx.seat.findMany({
    where: { boardId: board.id },
    select: { id: true, role: true, personId: true, substitutePersonId: true, endsOn: true },
  });
  const otherSeats = rows.map((r) => ({
    id: r.id,
    role: r.role,
    holderId: r.personId,
    substituteId: r.substitutePersonId,
    endsOn: r.endsOn ? r.endsOn.toISOString().slice(0, 10) : null,
  }));
  const { problems, flags } = checkSeat({ seat, otherSeats, substitutesPerMember: board.substitutesPerMember, today });
  if (problems.length === 0) return flags;
  const ids = problems.flatMap((p) => ('personId' in p ? [p.personId] : []));
  const people = ids.length ? await tx.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(people.map((p) => [p.id, p.name]));
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[fieldFor[p.field]] ??= []).push(describeProblem(p, (id) => names.get(id) ?? 'That person'));
  throw invalid(fieldErrors);
}

import type { Tx } from '../../db/tenant';
import { dbDay } from '../../forms/fields';
import { londonDay } from '../../rules/london-calendar';
import type { StandingKind } from './schema';
import { standingItemDraft } from './standing-items';

/** The seats whose holder chairs the board, the first present one presiding. */
export const CHAIR_ROLES = ['INDEPENDENT_CHAIR', 'CHAIR'] as const;

const chairPresents: StandingKind[] = (['DECLARATIONS_OF_INTEREST', 'APOLOGIES', 'PREVIOUS_MINUTES', 'ACTION_LOG', 'RISK_LOG', 'FORWARD_PLAN'] as const).filter(
  (kind) => standingItemDraft(kind, null).chairPresents,
);

/**
 * After a Chair's seat changes (a new Chair, a seat filled or ended), the standing items
 * the Chair presents on the board's coming agendas name whoever will chair each meeting
 * on its day, or "Chair" while the seat is empty. A presenter the administrator typed
 * (anyone who never chaired the board) is left as it is.
 */
export async function refreshChairPresenters(tx: Tx, boardId: string, now: Date): Promise<number> {
  const seats = await tx.seat.findMany({
    where: { boardId, role: { in: [...CHAIR_ROLES] } },
    select: { role: true, startsOn: true, endsOn: true, person: { select: { name: true } } },
  });
  const chairNames = new Set(['Chair', ...seats.map((s) => s.person?.name).filter((n): n is string => !!n)]);
  const items = await tx.agendaItem.findMany({
    where: { standing: { in: chairPresents }, meeting: { boardId, status: 'SCHEDULED', startsAt: { gt: now } } },
    select: { id: true, presenter: true, meeting: { select: { startsAt: true } } },
  });
  let changed = 0;
  for (const item of items) {
    if (item.presenter !== null && !chairNames.has(item.presenter)) continue;
    const day = dbDay(londonDay(item.meeting.startsAt));
    const chair = seats
      .filter((s) => s.person && (!s.startsOn || s.startsOn <= day) && (!s.endsOn || s.endsOn >= day))
      .sort((a, b) => CHAIR_ROLES.indexOf(a.role as (typeof CHAIR_ROLES)[number]) - CHAIR_ROLES.indexOf(b.role as (typeof CHAIR_ROLES)[number]))[0];
    const presenter = chair?.person?.name ?? 'Chair';
    if (presenter === item.presenter) continue;
    await tx.agendaItem.update({ where: { id: item.id }, data: { presenter } });
    changed++;
  }
  return changed;
}

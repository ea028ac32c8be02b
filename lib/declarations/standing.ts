import type { Tx } from '../db/tenant';
import { refreshChairPresenters } from '../meetings/agenda/chair-presenter';
import { standingItemDraft } from '../meetings/agenda/standing-items';

/**
 * A new meeting's agenda opens with "Declarations of interest" when its board keeps that
 * standing item (the default), as almost every public board's agenda does.
 */
export async function addDeclarationsItem(
  tx: Tx,
  councilId: string,
  board: { id: string; declarationsStandingItem: boolean },
  meetingIds: readonly string[],
  now: Date,
) {
  if (!board.declarationsStandingItem || meetingIds.length === 0) return;
  const draft = standingItemDraft('DECLARATIONS_OF_INTEREST', null);
  await tx.agendaItem.createMany({
    data: meetingIds.map((meetingId) => ({
      councilId,
      meetingId,
      position: 1,
      title: draft.title,
      purpose: draft.purpose,
      durationMinutes: draft.durationMinutes,
      presenter: 'Chair',
      standing: 'DECLARATIONS_OF_INTEREST' as const,
    })),
  });
  // the Chair presents it: name whoever chairs each meeting on its day
  await refreshChairPresenters(tx, board.id, now);
}

import { withCouncil } from '../../../lib/db/tenant';
import type { Cases, World } from './world';

/** A coming meeting of council B's board, with a forward plan item for it. */
async function planOfB(w: World) {
  const { council, board } = w.b;
  return withCouncil(council.id, async (tx) => {
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const meeting = await tx.meeting.create({
      data: { councilId: council.id, boardId: board.id, title: 'B meeting', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) },
    });
    const item = await tx.forwardPlanItem.create({
      data: { councilId: council.id, boardId: board.id, meetingId: meeting.id, kind: 'REPORT', title: 'B report' },
    });
    return { meeting, item };
  });
}

export const cases: Cases = {
  'forward-plan.create': async (w) => ({ meetingId: (await planOfB(w)).meeting.id, kind: 'REPORT', title: 'From council A' }),
  'forward-plan.update': async (w) => ({ itemId: (await planOfB(w)).item.id, version: '1', meetingId: '', kind: 'OTHER', title: 'Rewritten by council A' }),
  'forward-plan.remove': async (w) => ({ itemId: (await planOfB(w)).item.id }),
  'forward-plan.add-to-agenda': async (w) => ({ meetingId: (await planOfB(w)).meeting.id }),
};

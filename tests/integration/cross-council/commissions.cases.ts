import { withCouncil } from '../../../lib/db/tenant';
import type { Cases, World } from './world';

/**
 * Council B's meeting with an agenda item, a forward plan item and a commission in the
 * given status, so that the only reason to refuse is that the ids are council B's.
 */
async function commissionInB(w: World, status: 'REQUESTED' | 'SUBMITTED' | 'APPROVED' = 'REQUESTED') {
  return withCouncil(w.b.council.id, async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        councilId: w.b.council.id,
        boardId: w.b.board.id,
        title: 'B meeting',
        startsAt: new Date('2030-11-05T10:00:00Z'),
        endsAt: new Date('2030-11-05T12:00:00Z'),
      },
    });
    const item = await tx.agendaItem.create({ data: { councilId: w.b.council.id, meetingId: meeting.id, position: 1, title: 'B item', purpose: 'ASSURANCE' } });
    const planned = await tx.forwardPlanItem.create({ data: { councilId: w.b.council.id, boardId: w.b.board.id, title: 'B planned', meetingId: meeting.id } });
    const commission = await tx.paperCommission.create({
      data: {
        councilId: w.b.council.id,
        boardId: w.b.board.id,
        meetingId: meeting.id,
        agendaItemId: item.id,
        title: 'B paper',
        authorName: 'B author',
        authorEmail: 'author@b.test',
        dueOn: new Date('2030-10-20T00:00:00Z'),
        status,
        requestedById: w.b.admin.id,
        ...(status === 'REQUESTED'
          ? {}
          : {
              fileName: 'b.pdf',
              contentType: 'application/pdf',
              sizeBytes: 10,
              sha256: '0'.repeat(64),
              storageKey: `papers/${w.b.council.id}/00000000-0000-4000-8000-000000000001`,
              submittedAt: new Date('2030-10-19T10:00:00Z'),
            }),
      },
    });
    return { agendaItemId: item.id, forwardPlanItemId: planned.id, commissionId: commission.id };
  });
}

export const cases: Cases = {
  'commissions.request': async (w) => ({
    agendaItemId: (await commissionInB(w)).agendaItemId,
    title: 'A paper',
    marking: 'OFFICIAL',
    authorName: 'Someone',
    authorEmail: 'someone@example.test',
  }),
  'commissions.change-due': async (w) => ({ commissionId: (await commissionInB(w)).commissionId, version: '1', dueOn: '2030-10-25' }),
  'commissions.review': async (w) => ({ commissionId: (await commissionInB(w, 'SUBMITTED')).commissionId, version: '1', decision: 'approve' }),
  'commissions.circulate': async (w) => ({ commissionId: (await commissionInB(w, 'APPROVED')).commissionId, version: '1' }),
  'commissions.withdraw': async (w) => ({ commissionId: (await commissionInB(w)).commissionId, version: '1' }),
};

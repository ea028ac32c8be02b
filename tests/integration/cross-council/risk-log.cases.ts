import { withCouncil } from '../../../lib/db/tenant';
import type { Cases, World } from './world';

const scores = { inherentLikelihood: '4', inherentImpact: '4', currentLikelihood: '4', currentImpact: '3', targetLikelihood: '2', targetImpact: '2' };
const form = { title: 'Workforce', description: 'Too few social workers', category: 'Workforce', reviewDueOn: '1/1/2099', ...scores };

/** A risk on a board of council `side`, with a seat and a mitigation. */
async function riskOf(w: World, side: 'a' | 'b') {
  const { council, board, member } = w[side];
  return withCouncil(council.id, async (tx) => {
    const seat = await tx.seat.create({
      data: { councilId: council.id, boardId: board.id, personId: member.id, role: 'MEMBER', agency: 'Council', position: 'Director' },
    });
    const risk = await tx.risk.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        reference: 'R-01',
        title: `${side} risk`,
        description: 'd',
        category: 'Workforce',
        ownerSeatId: seat.id,
        inherentLikelihood: 4,
        inherentImpact: 4,
        currentLikelihood: 4,
        currentImpact: 3,
        targetLikelihood: 2,
        targetImpact: 2,
        reviewDueOn: new Date('2099-01-01'),
      },
    });
    const mitigation = await tx.riskMitigation.create({ data: { councilId: council.id, riskId: risk.id, description: 'Recruit' } });
    return { seat, risk, mitigation };
  });
}

export const cases: Cases = {
  // the owner named in the form is a seat of council B's board
  'risks.create': async (w) => ({ ...form, ownerSeatId: (await riskOf(w, 'b')).seat.id }),
  'risks.update': async (w) => ({ ...form, riskId: (await riskOf(w, 'b')).risk.id, version: '1' }),
  'risks.review': async (w) => ({
    riskId: (await riskOf(w, 'b')).risk.id,
    version: '1',
    reviewedOn: '1/1/2026',
    likelihood: '5',
    impact: '5',
    nextReviewOn: '1/1/2099',
  }),
  'risks.add-mitigation': async (w) => ({ riskId: (await riskOf(w, 'b')).risk.id, mitigation: 'From council A' }),
  'risks.complete-mitigation': async (w) => {
    const b = await riskOf(w, 'b');
    return { riskId: b.risk.id, mitigationId: b.mitigation.id };
  },
  'risks.change-status': async (w) => ({ riskId: (await riskOf(w, 'b')).risk.id, version: '1', status: 'CLOSED' }),
  // A's own risk escalated to council B's board: another council's board is not found
  'risks.escalate': async (w) => {
    await riskOf(w, 'b');
    return { riskId: (await riskOf(w, 'a')).risk.id, version: '1', targetBoardId: w.b.board.id };
  },
};

import { withCouncil } from '../../../lib/db/tenant';
import type { Cases, World } from './world';

/** Council B's held meeting with an agenda item, B's member on a seat, and one declaration of theirs. */
async function declarationInB(w: World) {
  const b = w.b;
  return withCouncil(b.council.id, async (tx) => {
    const startsAt = new Date(Date.now() - 3 * 86_400_000);
    const meeting = await tx.meeting.create({
      data: { councilId: b.council.id, boardId: b.board.id, title: 'B meeting', status: 'HELD', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) },
    });
    const item = await tx.agendaItem.create({ data: { councilId: b.council.id, meetingId: meeting.id, position: 1, title: 'B item' } });
    await tx.seat.create({ data: { councilId: b.council.id, boardId: b.board.id, personId: b.member.id, role: 'MEMBER', agency: 'B', position: 'B member' } });
    const declaration = await tx.declaration.create({
      data: {
        councilId: b.council.id,
        meetingId: meeting.id,
        agendaItemId: item.id,
        personId: b.member.id,
        kind: 'PECUNIARY',
        description: 'B interest',
        declaredAt: new Date(),
        recordedById: b.member.id,
      },
    });
    return { meetingId: meeting.id, agendaItemId: item.id, declarationId: declaration.id };
  });
}

const form = { kind: 'PECUNIARY', description: 'An interest', withdrew: 'true' };

export const cases: Cases = {
  'declarations.declare': async (w) => {
    const { meetingId, agendaItemId } = await declarationInB(w);
    return { meetingId, agendaItemId, ...form };
  },
  'declarations.record': async (w) => {
    const { meetingId, agendaItemId } = await declarationInB(w);
    return { meetingId, agendaItemId, personId: w.b.member.id, ...form };
  },
  'declarations.remove': async (w) => ({ declarationId: (await declarationInB(w)).declarationId }),
};

import { withCouncil } from '../../../lib/db/tenant';
import type { Cases, World } from './world';

/** Council B's meeting on its board, with a seat held by B's member and that seat's apologies. */
async function meetingInB(w: World) {
  return withCouncil(w.b.council.id, async (tx) => {
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    const meeting = await tx.meeting.create({
      data: {
        councilId: w.b.council.id,
        boardId: w.b.board.id,
        title: 'B meeting',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 7_200_000),
        agendaAgreedAt: new Date(),
      },
    });
    const seat = await tx.seat.create({
      data: { councilId: w.b.council.id, boardId: w.b.board.id, personId: w.b.member.id, role: 'MEMBER', agency: 'B', position: 'B member' },
    });
    await tx.attendance.create({ data: { councilId: w.b.council.id, meetingId: meeting.id, seatId: seat.id, status: 'APOLOGIES', apologySentAt: new Date() } });
    await tx.board.update({ where: { id: w.b.board.id }, data: { isPublic: true } });
    return { meetingId: meeting.id, seatId: seat.id };
  });
}

export const cases: Cases = {
  'attendance.send-apologies': async (w) => ({ ...(await meetingInB(w)), substituteAttends: 'no' }),
  'attendance.withdraw-apologies': async (w) => meetingInB(w),
  'attendance.record-apologies': async (w) => ({ ...(await meetingInB(w)), response: 'APOLOGIES' }),
  'attendance.record': async (w) => {
    const { meetingId, seatId } = await meetingInB(w);
    return { meetingId, fingerprint: '0'.repeat(64), [`status_${seatId}`]: 'PRESENT' };
  },
  'attendance.decide-quorum': async (w) => ({ meetingId: (await meetingInB(w)).meetingId, version: '1', decision: 'Enough members are present.' }),
  'public.publish-meeting': async (w) => ({ meetingId: (await meetingInB(w)).meetingId }),
};

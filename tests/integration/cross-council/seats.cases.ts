import crypto from 'node:crypto';
import { withCouncil } from '../../../lib/db/tenant';
import type { Cases, World } from './world';

/** A seat on council B's board, with one recorded change and a meeting held last week. */
async function seatOfB(w: World) {
  const { council, board, member } = w.b;
  return withCouncil(council.id, async (tx) => {
    const startsAt = new Date(Date.now() - 7 * 86_400_000);
    const meeting = await tx.meeting.create({
      data: { councilId: council.id, boardId: board.id, title: 'B meeting', status: 'HELD', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) },
    });
    const seat = await tx.seat.create({
      data: { councilId: council.id, boardId: board.id, personId: member.id, role: 'MEMBER', agency: 'B Council', position: 'Director' },
    });
    const vacancy = await tx.seat.create({ data: { councilId: council.id, boardId: board.id, role: 'MEMBER', agency: 'B Schools', position: 'Head teacher' } });
    const change = await tx.seatChange.create({ data: { councilId: council.id, seatId: seat.id, summary: 'Added B member' } });
    return { meeting, seat, vacancy, change };
  });
}

/** A contact of council B (on one of its seats, with no account). */
async function contactOfB(w: World) {
  const { council, board } = w.b;
  return withCouncil(council.id, async (tx) => {
    const id = crypto.randomUUID();
    await tx.person.createMany({ data: [{ id, name: 'B contact', email: null }] });
    await tx.seat.create({ data: { councilId: council.id, boardId: board.id, personId: id, role: 'MEMBER', agency: 'B Police', position: 'Inspector' } });
    return { id };
  });
}

const details = { role: 'MEMBER', agency: 'Agency', position: 'Position' };

export const cases: Cases = {
  // council B's member (a person A does not know) put on A's board, with B's meeting as the agreement
  'seats.create': async (w) => ({ ...details, personChoice: w.b.member.id, agreedAtMeetingId: (await seatOfB(w)).meeting.id }),
  'seats.update': async (w) => ({ ...details, seatId: (await seatOfB(w)).seat.id, version: '1' }),
  'seats.end': async (w) => ({ seatId: (await seatOfB(w)).seat.id, version: '1', endsOn: new Date().toISOString().slice(0, 10) }),
  'seats.fill': async (w) => ({ seatId: (await seatOfB(w)).vacancy.id, version: '1', personChoice: 'NEW', newPersonName: 'Intruder' }),
  'seats.change-substitute': async (w) => ({ seatId: (await seatOfB(w)).seat.id, version: '1', substituteChoice: 'NEW', newSubstituteName: 'Intruder' }),
  // B's seat moved onto A's member; B's contact given an address or merged into A's member
  'seats.move-to-account': async (w) => ({ seatId: (await seatOfB(w)).seat.id, version: '1', accountId: w.a.member.id }),
  'people.set-contact-email': async (w) => ({ contactId: (await contactOfB(w)).id, email: 'intruder@example.test' }),
  'people.merge-contact': async (w) => ({ contactId: (await contactOfB(w)).id, accountId: w.a.member.id }),
  'seats.agree-change': async (w) => {
    const b = await seatOfB(w);
    return { changeId: b.change.id, meetingId: b.meeting.id };
  },
};

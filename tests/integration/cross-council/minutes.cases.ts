import { withCouncil } from '../../../lib/db/tenant';
import { actionField, discussionField } from '../../../lib/minutes/fields';
import type { Cases, World } from './world';

type Side = World['a'];
const DAY = 86_400_000;

/** A held meeting of this side's board, with a seat, and minutes at the given stage (one item). */
async function minutesOf(side: Side, status: 'DRAFT' | 'SENT_TO_CHAIR' | 'APPROVED' | 'DISTRIBUTED' | null) {
  return withCouncil(side.council.id, async (tx) => {
    const startsAt = new Date(Date.now() - 10 * DAY);
    const meeting = await tx.meeting.create({
      data: {
        councilId: side.council.id,
        boardId: side.board.id,
        title: 'Held meeting',
        status: 'HELD',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 7_200_000),
      },
    });
    const later = await tx.meeting.create({
      data: {
        councilId: side.council.id,
        boardId: side.board.id,
        title: 'Later meeting',
        status: 'HELD',
        startsAt: new Date(Date.now() - DAY),
        endsAt: new Date(Date.now() - DAY + 7_200_000),
      },
    });
    const seat = await tx.seat.create({
      data: { councilId: side.council.id, boardId: side.board.id, personId: side.member.id, role: 'MEMBER', agency: 'Council', position: 'Director' },
    });
    const signed = status === 'APPROVED' || status === 'DISTRIBUTED';
    // written as a draft, then moved on: the database refuses text added to signed minutes
    const minutes = status
      ? await tx.minutesVersion.create({
          data: {
            councilId: side.council.id,
            meetingId: meeting.id,
            versionNo: 1,
            status: 'DRAFT',
            approvedAt: signed ? startsAt : null,
            approvedHash: signed ? 'f'.repeat(64) : null,
            distributedAt: status === 'DISTRIBUTED' ? startsAt : null,
            items: { create: [{ councilId: side.council.id, position: 1, heading: 'Item', discussion: 'Discussed.' }] },
          },
        })
      : null;
    if (minutes && status && status !== 'DRAFT') await tx.minutesVersion.update({ where: { id: minutes.id }, data: { status } });
    return { meeting, later, seat, minutes: minutes! };
  });
}

const hash = 'a'.repeat(64);

export const cases: Cases = {
  'minutes.create': async (w) => ({ meetingId: (await minutesOf(w.b, null)).meeting.id, councilId: w.b.council.id }),
  // council A's own draft naming council B's seat as an action's owner
  'minutes.update': async (w) => {
    const [a, b] = [await minutesOf(w.a, 'DRAFT'), await minutesOf(w.b, 'DRAFT')];
    return {
      minutesId: a.minutes.id,
      version: '1',
      [discussionField(1)]: 'Edited by A.',
      [actionField(1, 1, 'description')]: 'Do it.',
      [actionField(1, 1, 'owner')]: b.seat.id,
      [actionField(1, 1, 'due')]: '2030-01-31',
    };
  },
  'minutes.send': async (w) => ({ minutesId: (await minutesOf(w.b, 'DRAFT')).minutes.id, version: '1' }),
  'minutes.return': async (w) => ({ minutesId: (await minutesOf(w.b, 'SENT_TO_CHAIR')).minutes.id, version: '1', comments: 'Returned by A.' }),
  'minutes.approve': async (w) => ({ minutesId: (await minutesOf(w.b, 'SENT_TO_CHAIR')).minutes.id, version: '1', textHash: hash }),
  'minutes.distribute': async (w) => ({ minutesId: (await minutesOf(w.b, 'APPROVED')).minutes.id, version: '1' }),
  // council A's own distributed minutes, confirmed at council B's meeting
  'minutes.confirm': async (w) => {
    const [a, b] = [await minutesOf(w.a, 'DISTRIBUTED'), await minutesOf(w.b, 'DISTRIBUTED')];
    return { minutesId: a.minutes.id, version: '1', meetingId: b.later.id };
  },
  'minutes.correct': async (w) => ({ minutesId: (await minutesOf(w.b, 'DISTRIBUTED')).minutes.id, version: '1' }),
};

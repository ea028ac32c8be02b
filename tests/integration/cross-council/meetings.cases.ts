import { withCouncil } from '../../../lib/db/tenant';
import type { Cases, World } from './world';

type Side = World['a'];

/** A scheduled meeting of this council's board with one agenda item, and a risk to link. */
async function meetingWithItem(side: Side) {
  return withCouncil(side.council.id, async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        councilId: side.council.id,
        boardId: side.board.id,
        title: 'Improvement Board',
        startsAt: new Date('2030-11-05T10:00:00Z'),
        endsAt: new Date('2030-11-05T12:00:00Z'),
      },
    });
    const item = await tx.agendaItem.create({
      data: { councilId: side.council.id, meetingId: meeting.id, position: 1, title: 'Performance report', purpose: 'ASSURANCE' },
    });
    const risk = await tx.risk.create({
      data: {
        councilId: side.council.id,
        boardId: side.board.id,
        reference: 'R-01',
        title: 'Vacancies',
        description: 'd',
        category: 'Workforce',
        inherentLikelihood: 4,
        inherentImpact: 4,
        currentLikelihood: 4,
        currentImpact: 4,
        targetLikelihood: 2,
        targetImpact: 2,
        reviewDueOn: new Date('2030-12-01'),
      },
    });
    const link = await tx.agendaItemLink.create({ data: { councilId: side.council.id, agendaItemId: item.id, riskId: risk.id } });
    return { meeting, item, risk, link };
  });
}

const details = { title: 'Improvement Board', kind: 'ORDINARY', startTime: '10:00', endTime: '12:00', venue: 'Somewhere', virtualLink: '' };

export const cases: Cases = {
  // a past meeting recorded as history, on B's board through A's route
  'meetings.record-historical': (w) => ({
    boardId: w.b.board.id,
    title: 'Improvement Board',
    kind: 'ORDINARY',
    date: '14/3/2025',
    startTime: '10:00',
    endTime: '12:00',
    present: 'Intruder',
    minutes: 'Intrusion',
    decisions: 'Intrusion',
  }),
  'meetings.schedule': (w) => ({ ...details, boardId: w.b.board.id, date: '5/11/2030', councilId: w.b.council.id }),
  'meetings.scheduleSeries': (w) => ({
    ...details,
    boardId: w.b.board.id,
    repeats: 'MONTHLY_WEEKDAY',
    week: '1',
    weekday: 'TU',
    startsOn: '1/11/2030',
    months: '3',
  }),
  'meetings.update': async (w) => ({ ...details, meetingId: (await meetingWithItem(w.b)).meeting.id, version: '1' }),
  'meetings.cancel': async (w) => ({ meetingId: (await meetingWithItem(w.b)).meeting.id, reason: 'Not needed' }),
  'meetings.reschedule': async (w) => ({
    meetingId: (await meetingWithItem(w.b)).meeting.id,
    newDate: '12/11/2030',
    newStartTime: '10:00',
    newEndTime: '12:00',
  }),
  'meetings.recordScheduleReview': (w) => ({ boardId: w.b.board.id }),

  // council A's own meeting, with council B's risk to link
  'agenda.addItem': async (w) => ({
    meetingId: (await meetingWithItem(w.a)).meeting.id,
    title: 'Item',
    purpose: 'DECISION',
    riskId: (await meetingWithItem(w.b)).risk.id,
  }),
  'agenda.addStandingItem': async (w) => ({ meetingId: (await meetingWithItem(w.b)).meeting.id, standing: 'APOLOGIES' }),
  'agenda.updateItem': async (w) => ({ itemId: (await meetingWithItem(w.b)).item.id, version: '1', title: 'Renamed', purpose: 'DECISION' }),
  'agenda.moveItem': async (w) => ({ itemId: (await meetingWithItem(w.b)).item.id, direction: 'down' }),
  'agenda.removeItem': async (w) => ({ itemId: (await meetingWithItem(w.b)).item.id }),
  'agenda.linkItem': async (w) => ({ itemId: (await meetingWithItem(w.a)).item.id, target: 'risk', riskId: (await meetingWithItem(w.b)).risk.id }),
  'agenda.unlinkItem': async (w) => ({ linkId: (await meetingWithItem(w.b)).link.id }),
  'agenda.agree': async (w) => ({ meetingId: (await meetingWithItem(w.b)).meeting.id, version: '1' }),
  'agenda.agree-for-board': async (w) => ({ meetingId: (await meetingWithItem(w.b)).meeting.id, version: '1' }),
};

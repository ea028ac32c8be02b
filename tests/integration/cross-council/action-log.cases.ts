import { withCouncil } from '../../../lib/db/tenant';
import { proposalToken } from '../../../lib/due-date-revisions/schema';
import { routeCouncilOnly, type Cases, type World } from './world';

/** An action on council B's board, in progress, with a seat, a meeting held last week and a date waiting for agreement. */
async function actionOfB(w: World) {
  const { council, board, member } = w.b;
  return withCouncil(council.id, async (tx) => {
    const startsAt = new Date(Date.now() - 7 * 86_400_000);
    const meeting = await tx.meeting.create({
      data: { councilId: council.id, boardId: board.id, title: 'B meeting', status: 'HELD', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) },
    });
    const seat = await tx.seat.create({
      data: { councilId: council.id, boardId: board.id, personId: member.id, role: 'MEMBER', agency: 'B Council', position: 'Director' },
    });
    const action = await tx.action.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        reference: 'IB-2026-001',
        description: 'B action',
        ownerSeatId: seat.id,
        dueOn: new Date('2026-12-31T00:00:00Z'),
        status: 'IN_PROGRESS',
        sourceMeetingId: meeting.id,
      },
    });
    const revision = await tx.actionDueDateRevision.create({
      data: { councilId: council.id, actionId: action.id, previousDueOn: action.dueOn, proposedDueOn: new Date('2027-03-31T00:00:00Z'), reason: 'More time' },
    });
    return { meeting, seat, action, revision };
  });
}

const later = () => new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

// the import names no record, only the route's board: posted through A it may import into A's log, never B's
const logSheet = JSON.stringify({ headers: ['Reference', 'Action', 'Due date'], rows: [['OLD-1', 'Intrusion', '15/1/2025']] });
const logMapping = { 'map-reference': '0', 'map-description': '1', 'map-dueOn': '2' };

export const cases: Cases = {
  'actionImport.upload': () =>
    routeCouncilOnly({ file: new File(['Reference,Action,Due date\nOLD-1,Intrusion,15/1/2025\n'], 'log.csv', { type: 'text/csv' }) }),
  'actionImport.preview': () => routeCouncilOnly({ sheet: logSheet, fileName: 'log.csv', ...logMapping }),
  'actionImport.commit': () => routeCouncilOnly({ sheet: logSheet, fileName: 'log.csv', ...logMapping }),
  // B's seat as owner and B's meeting as the source of an action on A's board
  'actions.create': async (w) => {
    const b = await actionOfB(w);
    return { description: 'Intrusion', ownerSeatId: b.seat.id, ownerAgency: '', dueOn: later(), sourceMeetingId: b.meeting.id };
  },
  'actions.edit': async (w) => ({
    actionId: (await actionOfB(w)).action.id,
    version: '1',
    description: 'Rewritten',
    ownerAgency: 'Intruders',
    ownerSeatId: '',
    sourceMeetingId: '',
  }),
  'actions.progress': async (w) => ({ actionId: (await actionOfB(w)).action.id, body: 'Intrusion', statusAfter: 'AWAITING_SIGN_OFF' }),
  'actions.propose-date': async (w) => {
    const b = await actionOfB(w);
    return { actionId: b.action.id, seenProposal: proposalToken(b.revision), proposedDueOn: later(), reason: 'Intrusion' };
  },
  'actions.agree-date': async (w) => {
    const b = await actionOfB(w);
    return { actionId: b.action.id, version: '1', revisionId: b.revision.id, agreedAtMeetingId: b.meeting.id };
  },
  'actions.sign-off': async (w) => {
    const b = await actionOfB(w);
    return { actionId: b.action.id, version: '1', signedOffAtMeetingId: b.meeting.id };
  },
  'actions.drop': async (w) => ({ actionId: (await actionOfB(w)).action.id, droppedReason: 'Intrusion' }),
  // B's action from A's page, and B's board as the supporting board
  'actions.refer': async (w) => ({ actionId: (await actionOfB(w)).action.id, targetBoardId: w.b.board.id, referralOwner: 'Someone' }),
};

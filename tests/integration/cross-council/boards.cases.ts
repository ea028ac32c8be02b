import { withCouncil } from '../../../lib/db/tenant';
import type { Cases } from './world';

// Every field valid, so the only reason to refuse is council B's id.
const today = () => new Date().toISOString().slice(0, 10);
const settings = {
  name: 'Intruding board',
  kind: 'EXECUTIVE_GROUP',
  isPublic: 'false',
  virtualAttendance: 'true',
  advisory: 'false',
  paperNoticeWorkingDays: '5',
  apologyNoticeWorkingDays: '2',
  substitutesPerMember: '1',
  minutesDistributionDays: '7',
  publicationNoticeDays: '7',
  commissionDueWorkingDays: '2',
  termsReviewMonths: '6',
  scheduleReviewMonths: '6',
  quorumRule: 'NONE',
  riskAppetiteScore: '12',
};

export const cases: Cases = {
  // a new board in A that supports B's board
  'boards.create': (w) => ({ ...settings, parentBoardId: w.b.board.id, effectiveOn: today(), decision: 'Set up', councilId: w.b.council.id }),
  // A's board form posted with B's board id
  'boards.update': (w) => ({ ...settings, boardId: w.b.board.id, version: '1', actionReferencePrefix: 'XX' }),
  // A's route, B's board as the one to agree A's agendas; and B's board as the route's
  'boards.set-agenda-agreement': (w) => ({ boardId: w.b.board.id, agreedByBoardId: w.b.board.id }),
  'boards.change-status': (w) => ({ boardId: w.b.board.id, status: 'ESTABLISHED', effectiveOn: today(), decision: 'Established' }),
  'boards.add-reporting-line': (w) => ({ boardId: w.b.board.id, body: 'CABINET' }),
  'boards.remove-reporting-line': async (w) => {
    const line = await withCouncil(w.b.council.id, (tx) =>
      tx.boardReportingLine.create({ data: { councilId: w.b.council.id, boardId: w.b.board.id, body: 'DFE', name: 'DfE' } }),
    );
    return { lineId: line.id };
  },
};

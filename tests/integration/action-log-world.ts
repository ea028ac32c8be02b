import { createAction } from '../../lib/action-log/actions';
import { withCouncil } from '../../lib/db/tenant';
import { boardContext, type TestDb } from './support';
import * as make from '../fixtures';

export const ACTION_NOW = new Date('2026-03-20T12:00:00Z');
export const hours = (n: number) => n * 3_600_000;
export const days = (n: number) => hours(24 * n);

/**
 * A council with an Improvement Board: its administrator (a council admin), a Chair and a
 * member by board access, the member's seat, meetings held, under way, to come and cancelled, and a
 * second board with a seat and a meeting of its own.
 */
export type ActionWorld = Awaited<ReturnType<typeof actionWorld>>;

export async function actionWorld(t: TestDb) {
  const c = await make.council();
  const person = (name: string) => t.prisma.person.create({ data: { name, email: `${c.slug}-${name.toLowerCase().replace(/ /g, '.')}@example.test` } });
  const admin = await person('Admin Person');
  const chair = await person('Chair Person');
  const member = await person('Member Person');
  const rows = await withCouncil(c.id, async (tx) => {
    await tx.councilMembership.create({ data: { councilId: c.id, personId: admin.id, role: 'ADMIN' } });
    for (const p of [chair, member]) await tx.councilMembership.create({ data: { councilId: c.id, personId: p.id, role: 'MEMBER' } });
    const board = await tx.board.create({ data: { councilId: c.id, slug: 'improvement-board', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD' } });
    const other = await tx.board.create({
      data: { councilId: c.id, slug: 'executive-group', name: 'Executive Group', kind: 'EXECUTIVE_GROUP', actionReferencePrefix: 'EG' },
    });
    await tx.boardAccess.create({ data: { councilId: c.id, boardId: board.id, personId: chair.id, role: 'CHAIR' } });
    await tx.boardAccess.create({ data: { councilId: c.id, boardId: board.id, personId: member.id, role: 'MEMBER' } });
    const seat = await tx.seat.create({
      data: { councilId: c.id, boardId: board.id, personId: member.id, role: 'MEMBER', agency: 'Test Council', position: "Director of Children's Services" },
    });
    const otherSeat = await tx.seat.create({
      data: { councilId: c.id, boardId: other.id, personId: member.id, role: 'MEMBER', agency: 'Test Council', position: 'Director' },
    });
    const meeting = (boardId: string, title: string, startsAt: Date, status: 'HELD' | 'SCHEDULED' | 'CANCELLED') =>
      tx.meeting.create({ data: { councilId: c.id, boardId, title, startsAt, endsAt: new Date(startsAt.getTime() + hours(2)), status } });
    return {
      board,
      other,
      seat,
      otherSeat,
      held: await meeting(board.id, 'March board', new Date(ACTION_NOW.getTime() - days(7)), 'HELD'),
      // under way at ACTION_NOW: the meeting at which something raised or proposed then can be agreed
      sitting: await meeting(board.id, 'Extraordinary board', new Date(ACTION_NOW.getTime() - hours(1)), 'SCHEDULED'),
      upcoming: await meeting(board.id, 'April board', new Date(ACTION_NOW.getTime() + days(14)), 'SCHEDULED'),
      cancelled: await meeting(board.id, 'Cancelled board', new Date(ACTION_NOW.getTime() - days(3)), 'CANCELLED'),
      otherMeeting: await meeting(other.id, 'Executive Group', new Date(ACTION_NOW.getTime() - days(2)), 'HELD'),
    };
  });
  const call = (actorId: string, at = ACTION_NOW) => ({ actorId, councilSlug: c.slug, boardSlug: 'improvement-board', now: at });
  const action = (id: string) =>
    withCouncil(c.id, (tx) =>
      tx.action.findUniqueOrThrow({ where: { id }, include: { revisions: { orderBy: { proposedAt: 'asc' } }, updates: { orderBy: { createdAt: 'asc' } } } }),
    );
  const add = async (input: Record<string, unknown> = {}) => {
    const result = await createAction.execute({
      ...call(admin.id),
      input: { description: 'Report the audit findings to the board', ownerSeatId: rows.seat.id, ownerAgency: '', dueOn: '30/4/2026', ...input },
    });
    if (!result.ok) throw new Error(`createAction: ${JSON.stringify(result)}`);
    return result.data;
  };
  const ctxFor = (actorId: string) =>
    boardContext(
      c,
      {
        id: rows.board.id,
        slug: rows.board.slug,
        name: rows.board.name,
        kind: 'IMPROVEMENT_BOARD',
        status: 'PROVISIONAL',
        isPublic: false,
        paperNoticeWorkingDays: 5,
        apologyNoticeWorkingDays: 2,
        minutesDistributionDays: 7,
        quorumMinimum: null,
        riskAppetiteScore: 12,
      },
      actorId,
    );
  return { council: c, admin, chair, member, ...rows, call, action, add, ctxFor };
}

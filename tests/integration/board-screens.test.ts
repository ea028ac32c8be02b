import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { getBoardOverview } from '../../lib/boards/queries';
import { listActions } from '../../lib/action-log/queries';
import { listRisks } from '../../lib/risk-log/queries';
import type { BoardContext } from '../../lib/boards/context';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const now = new Date('2026-03-20T12:00:00Z');

async function boardWithLogs(): Promise<BoardContext> {
  const council = await make.council();
  const person = await t.prisma.person.create({ data: { name: 'Test Owner' } });
  const board = await withCouncil(council.id, async (tx) => {
    const board = await tx.board.create({
      data: { councilId: council.id, slug: 'improvement-board', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD', riskAppetiteScore: 12 },
    });
    const seat = await tx.seat.create({
      data: { councilId: council.id, boardId: board.id, personId: person.id, role: 'MEMBER', agency: 'Council', position: 'Director' },
    });
    // Thursday 9 April 2026, 10:00 London: papers due by the end of Tuesday 31 March (Easter).
    await tx.meeting.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        title: 'April board',
        startsAt: new Date('2026-04-09T09:00:00Z'),
        endsAt: new Date('2026-04-09T11:00:00Z'),
      },
    });
    const action = (reference: string, dueOn: string, status: 'OPEN' | 'IN_PROGRESS' | 'CLOSED', agreedDueOn?: string) => ({
      councilId: council.id,
      boardId: board.id,
      reference,
      description: `Action ${reference}`,
      dueOn: day(dueOn),
      status,
      agreedDueOn: agreedDueOn ? day(agreedDueOn) : null,
      ownerSeatId: seat.id,
    });
    await tx.action.createMany({
      data: [
        action('IB-2026-001', '2026-03-01', 'OPEN'), // overdue
        action('IB-2026-002', '2026-03-01', 'IN_PROGRESS', '2026-05-01'), // revised later and agreed: not overdue
        action('IB-2026-003', '2026-06-01', 'OPEN', '2026-03-10'), // agreed revision brought it forward: overdue
        action('IB-2026-004', '2026-03-01', 'CLOSED'), // late but closed: not overdue
        action('IB-2026-005', '2026-03-25', 'OPEN'), // due soon
      ],
    });
    const risk = (reference: string, l: number, i: number, status: 'OPEN' | 'CLOSED' = 'OPEN') => ({
      councilId: council.id,
      boardId: board.id,
      reference,
      title: `Risk ${reference}`,
      description: 'd',
      category: 'Workforce',
      inherentLikelihood: 5,
      inherentImpact: 5,
      currentLikelihood: l,
      currentImpact: i,
      targetLikelihood: 1,
      targetImpact: 1,
      reviewDueOn: day('2026-03-01'),
      status,
    });
    await tx.risk.createMany({ data: [risk('R-01', 4, 4), risk('R-02', 4, 4), risk('R-03', 2, 3), risk('R-04', 5, 5, 'CLOSED')] });
    return board;
  });
  return boardContext(council, { ...board }, person.id);
}

describe('board overview', () => {
  it('shows the next meeting with its paper deadline from the working-days rule', async () => {
    const ctx = await boardWithLogs();
    const o = await getBoardOverview(ctx, now);
    expect(o.nextMeeting?.title).toBe('April board');
    expect(o.nextMeeting?.paperDeadline.toISOString()).toBe('2026-03-31T22:59:59.999Z');
  });

  it('counts overdue actions against the agreed revised date when there is one', async () => {
    const ctx = await boardWithLogs();
    const o = await getBoardOverview(ctx, now);
    expect(o.overdueCount).toBe(2);
    expect(o.overdue.map((a) => a.reference).sort()).toEqual(['IB-2026-001', 'IB-2026-003']);
  });

  it('ranks open risks by current score and counts those above appetite', async () => {
    const ctx = await boardWithLogs();
    const o = await getBoardOverview(ctx, now);
    expect(o.topRisks.map((r) => [r.reference, r.score])).toEqual([
      ['R-01', 16],
      ['R-02', 16],
      ['R-03', 6],
    ]);
    expect(o.risksAboveAppetite).toBe(2);
  });

  it('shows the boards that report to it: their next meeting and the risks they escalated here, still open', async () => {
    const ctx = await boardWithLogs();
    const council = { id: ctx.council.id, slug: ctx.council.slug, name: ctx.council.name };
    const group = await make.executiveGroup(council, { parentBoardId: ctx.board.id });
    await make.executiveGroup(council, { slug: 'old-group', name: 'Dissolved Group', parentBoardId: ctx.board.id, status: 'DISSOLVED' });
    await make.meeting(council, group, { title: 'Executive Group', startsAt: '2026-04-02T09:00:00Z' });
    await withCouncil(council.id, async (tx) => {
      const target = await tx.risk.findFirstOrThrow({ where: { boardId: ctx.board.id, reference: 'R-01' } });
      const risk = (reference: string, status: 'ESCALATED' | 'CLOSED') => ({
        councilId: council.id,
        boardId: group.id,
        reference,
        title: reference,
        description: 'd',
        category: 'Workforce',
        inherentLikelihood: 3,
        inherentImpact: 3,
        currentLikelihood: 3,
        currentImpact: 3,
        targetLikelihood: 2,
        targetImpact: 2,
        reviewDueOn: day('2026-05-01'),
        status,
        escalatedToRiskId: target.id,
      });
      await tx.risk.createMany({ data: [risk('EG-R1', 'ESCALATED'), risk('EG-R2', 'CLOSED')] });
    });
    const o = await getBoardOverview(ctx, now);
    expect(o.supporting).toEqual([
      {
        slug: 'executive-group',
        name: 'Executive Group',
        nextMeeting: { title: 'Executive Group', startsAt: new Date('2026-04-02T09:00:00Z') },
        openEscalations: 1,
      },
    ]);
  });
});

describe('action log', () => {
  it('filters overdue actions and gives each a RAG', async () => {
    const ctx = await boardWithLogs();
    // every action, closed ones too (the log opens on open work: see action-log.test.ts)
    const all = await listActions(ctx, { show: 'all' }, now);
    expect(all.total).toBe(5);
    expect((await listActions(ctx, {}, now)).rows.map((a) => a.reference)).not.toContain('IB-2026-004');
    const rag = Object.fromEntries(all.rows.map((a) => [a.reference, a.rag]));
    expect(rag).toEqual({ 'IB-2026-001': 'red', 'IB-2026-002': 'green', 'IB-2026-003': 'red', 'IB-2026-004': 'complete', 'IB-2026-005': 'amber' });
    const overdue = await listActions(ctx, { view: 'overdue' }, now);
    expect(overdue.rows.map((a) => a.reference).sort()).toEqual(['IB-2026-001', 'IB-2026-003']);
    const closed = await listActions(ctx, { status: 'CLOSED' }, now);
    expect(closed.rows.map((a) => a.reference)).toEqual(['IB-2026-004']);
  });

  it("shows 'my actions' only to their owner", async () => {
    const ctx = await boardWithLogs();
    expect((await listActions(ctx, { view: 'mine', show: 'all' }, now)).total).toBe(5);
    const stranger = await t.prisma.person.create({ data: { name: 'Someone else' } });
    expect((await listActions({ ...ctx, actor: { ...ctx.actor, id: stranger.id } }, { view: 'mine', show: 'all' }, now)).total).toBe(0);
  });
});

describe('risk log', () => {
  it('counts open risks on the heat map by current likelihood and impact', async () => {
    const ctx = await boardWithLogs();
    const r = await listRisks(ctx, {}, now);
    expect(r.heatMap[3]?.[3]).toBe(2);
    expect(r.heatMap[1]?.[2]).toBe(1);
    expect(r.heatMap[4]?.[4]).toBe(0); // the closed risk is not on the map
    expect(
      r.rows
        .filter((x) => x.reviewOverdue)
        .map((x) => x.reference)
        .sort(),
    ).toEqual(['R-01', 'R-02', 'R-03']);
  });
});

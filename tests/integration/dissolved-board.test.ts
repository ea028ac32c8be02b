import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definedActions, type DefinedAction } from '../../lib/action/define';
import { changeBoardStatus } from '../../lib/boards/actions';
import { withCouncil } from '../../lib/db/tenant';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { snapshotCouncil, twoCouncils, type World } from './cross-council/world';
import { actionModuleFiles } from './cross-council/action-modules';

// A dissolved board is a record: it can be read, and nothing on it can change. Every
// board-scoped action the app defines is tried on a dissolved board by the council's
// administrator (who may do anything on a live one): each is refused, saying why, and not
// one row of the council changes. A new action is covered without a line added here.
for (const file of actionModuleFiles()) await import(/* @vite-ignore */ file);

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const now = new Date('2026-12-03T12:00:00Z');
const hours = (n: number) => n * 3_600_000;

async function dissolvedWorld(): Promise<World> {
  const w = await twoCouncils(t.prisma);
  await withCouncil(w.a.council.id, (tx) => tx.board.update({ where: { id: w.a.board.id }, data: { status: 'DISSOLVED' } }));
  return w;
}

describe('a dissolved board', () => {
  const boardActions = definedActions().filter((a) => a.scope === 'board');

  it('is covered for every board-scoped action the app defines', () => {
    expect(boardActions.length).toBeGreaterThan(40);
  });

  it('refuses every board-scoped action, with the reason, and changes nothing', async () => {
    const w = await dissolvedWorld();
    const before = await snapshotCouncil(w.a.council.id);
    for (const action of boardActions) {
      const result = await (action as DefinedAction).execute({
        actorId: w.a.admin.id,
        councilSlug: w.a.council.slug,
        boardSlug: 'improvement-board',
        input: { boardId: w.a.board.id },
        now,
      });
      expect(result, action.name).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
        message: 'A board has been dissolved: its records can be read, but nothing can be added or changed',
      });
    }
    expect(await snapshotCouncil(w.a.council.id)).toEqual(before);
  });

  it('cancels its coming meetings on dissolution, each with the reason and an audit event; past meetings stay as they were', async () => {
    const w = await twoCouncils(t.prisma);
    const { id: councilId } = w.a.council;
    const boardId = w.a.board.id;
    const meeting = (title: string, startsAt: Date, status: 'SCHEDULED' | 'HELD' = 'SCHEDULED') =>
      withCouncil(councilId, (tx) =>
        tx.meeting.create({ data: { councilId, boardId, title, startsAt, endsAt: new Date(startsAt.getTime() + hours(2)), status } }),
      );
    const held = await meeting('Last held meeting', new Date(now.getTime() - hours(24 * 30)), 'HELD');
    const coming = [
      await meeting('January meeting', new Date(now.getTime() + hours(24 * 40))),
      await meeting('February meeting', new Date(now.getTime() + hours(24 * 70))),
    ];

    const result = await changeBoardStatus.execute({
      actorId: w.a.admin.id,
      councilSlug: w.a.council.slug,
      boardSlug: 'improvement-board',
      now,
      input: { boardId, status: 'DISSOLVED', effectiveOn: '2026-12-03', decision: 'Cabinet agreed the requirements are substantially met' },
    });
    expect(result).toMatchObject({ ok: true, data: { cancelledMeetings: 2 }, message: 'A board is now dissolved; 2 coming meetings were cancelled' });

    const meetings = await withCouncil(councilId, (tx) =>
      tx.meeting.findMany({ where: { boardId }, select: { id: true, status: true, cancelledReason: true } }),
    );
    const byId = new Map(meetings.map((m) => [m.id, m]));
    expect(byId.get(held.id)).toMatchObject({ status: 'HELD', cancelledReason: null });
    for (const m of coming)
      expect(byId.get(m.id)).toMatchObject({
        status: 'CANCELLED',
        cancelledReason: 'The board was dissolved (Cabinet agreed the requirements are substantially met)',
      });
    const audit = await withCouncil(councilId, (tx) => tx.auditEvent.findMany({ where: { kind: 'meeting.cancel', boardId }, select: { entityId: true } }));
    expect(audit.map((a) => a.entityId).sort()).toEqual(coming.map((m) => m.id).sort());
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { listMeetings, PAST_PAGE_SIZE, UPCOMING_SHOWN } from '../../lib/meetings/queries';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => closeTestDatabase(t));

const now = new Date('2026-06-15T12:00:00Z');
const day = 86_400_000;

describe('the meeting list', () => {
  it('shows the next meetings and pages the past ones newest first, each meeting once, without reading them all', async () => {
    const council = await make.council();
    // people are global rows, written by the owner as in the other worlds
    const admin = await t.prisma.person.create({ data: { name: 'Admin', email: `admin-${council.slug}@example.test` } });
    const board = await withCouncil(council.id, (tx) =>
      tx.board.create({ data: { councilId: council.id, slug: 'ib', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD' } }),
    );
    const ctx = boardContext(council, board as never, admin.id);
    await withCouncil(council.id, (tx) =>
      tx.meeting.createMany({
        data: [
          // 45 past meetings, one a week back from yesterday
          ...Array.from({ length: 45 }, (_, i) => ({
            councilId: council.id,
            boardId: board.id,
            title: `Past ${i + 1}`,
            startsAt: new Date(now.getTime() - (1 + 7 * i) * day),
            endsAt: new Date(now.getTime() - (1 + 7 * i) * day + 3_600_000),
            status: 'HELD' as const,
          })),
          // 15 coming, one a week from tomorrow
          ...Array.from({ length: 15 }, (_, i) => ({
            councilId: council.id,
            boardId: board.id,
            title: `Coming ${i + 1}`,
            startsAt: new Date(now.getTime() + (1 + 7 * i) * day),
            endsAt: new Date(now.getTime() + (1 + 7 * i) * day + 3_600_000),
          })),
        ],
      }),
    );
    const first = await listMeetings(ctx, { now });
    expect(first.upcoming.map((m) => m.title)).toEqual(Array.from({ length: UPCOMING_SHOWN }, (_, i) => `Coming ${i + 1}`));
    expect(first.moreUpcoming).toBe(true);
    expect(first.past).toHaveLength(PAST_PAGE_SIZE);
    expect(first.past[0]!.title).toBe('Past 1');
    expect(first.morePast).toBe(true);

    const titles = [...first.past.map((m) => m.title)];
    for (let page = 2; ; page++) {
      const r = await listMeetings(ctx, { now, pastPage: page });
      titles.push(...r.past.map((m) => m.title));
      if (!r.morePast) break;
    }
    expect(titles).toEqual(Array.from({ length: 45 }, (_, i) => `Past ${i + 1}`));
    expect((await listMeetings(ctx, { now, pastPage: 99 })).past).toEqual([]);
  });
});

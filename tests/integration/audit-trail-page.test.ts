import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { AUDIT_PAGE_SIZE, auditFilterSchema, listAuditEvents } from '../../lib/audit/queries';
import type { CouncilContext } from '../../lib/councils/queries';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => closeTestDatabase(t));

const base = Date.parse('2026-02-01T09:00:00.000Z');
const KINDS = ['a.one', 'b.two', 'c.three'] as const;

/** A council with n events, a few sharing a timestamp, kinds in turn; and a neighbour with events of its own. */
async function councilWithEvents(n: number) {
  const council = await make.council('Audit Paging Council');
  const neighbour = await make.council('Neighbour Council');
  await withCouncil(council.id, (tx) =>
    tx.auditEvent.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        councilId: council.id,
        kind: KINDS[i % 3]!,
        entityType: 'Thing',
        entityId: String(i),
        data: { summary: `event ${i}` },
        hash: `h${i}`,
        // every tenth pair shares its second, so ties are broken by id
        createdAt: new Date(base + (i % 10 === 1 ? i - 1 : i) * 1000),
      })),
    }),
  );
  await withCouncil(neighbour.id, (tx) =>
    tx.auditEvent.create({ data: { councilId: neighbour.id, kind: 'z.neighbour', entityType: 'Thing', entityId: 'n', data: {}, hash: 'n' } }),
  );
  const ctx: CouncilContext = {
    actor: { id: 'x', name: 'Admin', email: null },
    council: { id: council.id, slug: council.slug, name: council.name, region: 'ENGLAND_AND_WALES' },
    councilRole: 'ADMIN',
  };
  return { ctx, neighbour };
}

const page = (ctx: CouncilContext, query: Record<string, string> = {}) => listAuditEvents(ctx, auditFilterSchema.parse(query));
const order = (a: { createdAt: Date; id: bigint }, b: { createdAt: Date; id: bigint }) => b.createdAt.getTime() - a.createdAt.getTime() || Number(b.id - a.id);

describe('the audit trail page', () => {
  it('pages by position, newest first: every event exactly once going back, the same pages coming forward, and no count', async () => {
    const { ctx } = await councilWithEvents(130);
    const first = await page(ctx);
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newer).toBeNull();
    expect(first).not.toHaveProperty('total');
    const seen = [...first.events];
    const pages = [first];
    let cursor = first.older;
    while (cursor) {
      const next = await page(ctx, { before: cursor });
      pages.push(next);
      seen.push(...next.events);
      cursor = next.older;
    }
    expect(pages.map((p) => p.events.length)).toEqual([50, 50, 30]);
    expect(new Set(seen.map((e) => String(e.id))).size).toBe(130);
    expect(seen).toEqual([...seen].sort(order));
    // coming back from the last page gives the middle page again, then the first
    const back = await page(ctx, { after: pages[2]!.newer! });
    expect(back.events.map((e) => e.id)).toEqual(pages[1]!.events.map((e) => e.id));
    const front = await page(ctx, { after: back.newer! });
    expect(front.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(front.newer).toBeNull();
  });

  it("filters by kind with the same paging, offers only this council's kinds, and ignores a forged position", async () => {
    const { ctx } = await councilWithEvents(130);
    const two = await page(ctx, { kind: 'b.two' });
    expect(two.events).toHaveLength(43);
    expect(two.events.every((e) => e.kind === 'b.two')).toBe(true);
    expect(two.older).toBeNull();
    expect(two.kinds).toEqual(['a.one', 'b.two', 'c.three']);
    const forged = await page(ctx, { before: "2026-01-01'; DROP TABLE x; --" });
    expect(forged.events.map((e) => e.id)).toEqual((await page(ctx)).events.map((e) => e.id));
    // a date range and the position together
    const ranged = await page(ctx, { from: '2026-02-01', to: '2026-02-01', kind: 'a.one' });
    expect(ranged.events).toHaveLength(44);
  });

  it('reads the (councilId, kind, createdAt) index for a kind, newest first', async () => {
    const { ctx } = await councilWithEvents(30);
    const plan = await withCouncil(ctx.council.id, async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN SELECT id FROM "AuditEvent" WHERE "councilId" = '${ctx.council.id}' AND kind = 'b.two' ORDER BY "createdAt" DESC, id DESC LIMIT 51`,
      );
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/AuditEvent_councilId_kind_createdAt_idx/);
  });
});

import 'server-only';
import { z } from 'zod';
import type { Prisma } from '../db/generated/prisma/client';
import { withCouncil } from '../db/tenant';
import type { CouncilContext } from '../councils/queries';

// A position in the trail: the createdAt and id of an event, as `2026-03-01T10:00:00.000Z~123`.
const cursor = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z~\d{1,19}$/)
  .transform((s) => {
    const [at, id] = s.split('~') as [string, string];
    return { at: new Date(at), id: BigInt(id) };
  })
  .refine((c) => !Number.isNaN(c.at.getTime()));

/**
 * A day the filter can use: a real calendar date (not 2026-02-30 or 9999-99-99) in years
 * a council's record can hold. Anything else is ignored like any other bad filter value,
 * rather than reaching the database as a date it cannot store.
 */
const filterDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => {
    const year = Number(v.slice(0, 4));
    const d = new Date(`${v}T00:00:00Z`);
    return year >= 2000 && year <= 2200 && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  })
  .optional()
  .catch(undefined);

export const auditFilterSchema = z.object({
  kind: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().uuid().optional().catch(undefined),
  from: filterDay,
  to: filterDay,
  /** older than this event (the "Older entries" link) */
  before: cursor.optional().catch(undefined),
  /** newer than this event (the "Newer entries" link) */
  after: cursor.optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
export const AUDIT_PAGE_SIZE = 50;

export const auditCursor = (e: { createdAt: Date; id: bigint }) => `${e.createdAt.toISOString()}~${e.id}`;

/**
 * One page of the council's audit trail, newest first, with the choices the filters offer.
 * Paged by position (keyset on createdAt and id), not by offset and without an exact
 * total: a council's trail grows without end, and both a deep offset and a count read
 * every row before the page. Filtered by kind it reads the (councilId, kind, createdAt)
 * index; unfiltered, (councilId, createdAt). The kinds offered come from a skip scan of
 * the same index, one probe per distinct kind, however many events there are.
 */
export async function listAuditEvents(ctx: CouncilContext, filter: AuditFilter) {
  const councilId = ctx.council.id;
  const where: Prisma.AuditEventWhereInput = {
    councilId,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.actor ? { actorId: filter.actor } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
            ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const newerFirst = !filter.after;
  const position = filter.after ?? filter.before;
  const keyset: Prisma.AuditEventWhereInput | null = position
    ? filter.after
      ? { OR: [{ createdAt: { gt: position.at } }, { createdAt: position.at, id: { gt: position.id } }] }
      : { OR: [{ createdAt: { lt: position.at } }, { createdAt: position.at, id: { lt: position.id } }] }
    : null;
  const dir = newerFirst ? 'desc' : 'asc';
  return withCouncil(councilId, async (tx) => {
    // One connection per transaction: its queries run one after another.
    const rows = await tx.auditEvent.findMany({
      where: keyset ? { AND: [where, keyset] } : where,
      orderBy: [{ createdAt: dir }, { id: dir }],
      take: AUDIT_PAGE_SIZE + 1,
      select: { id: true, kind: true, entityType: true, entityId: true, data: true, ip: true, createdAt: true, actor: { select: { name: true } } },
    });
    const more = rows.length > AUDIT_PAGE_SIZE;
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    const events = newerFirst ? page : page.reverse();
    const kinds = await tx.$queryRaw<{ kind: string }[]>`
      WITH RECURSIVE k AS (
        SELECT min(kind) AS kind FROM "AuditEvent" WHERE "councilId" = ${councilId}::uuid
        UNION ALL
        SELECT (SELECT min(kind) FROM "AuditEvent" WHERE "councilId" = ${councilId}::uuid AND kind > k.kind) FROM k WHERE k.kind IS NOT NULL
      )
      SELECT kind FROM k WHERE kind IS NOT NULL`;
    const actors = await tx.councilMembership.findMany({
      where: { councilId },
      select: { person: { select: { id: true, name: true } } },
      orderBy: { person: { name: 'asc' } },
    });
    const first = events[0];
    const last = events[events.length - 1];
    return {
      events,
      // where the links lead: older than the last shown, newer than the first shown
      older: last && (newerFirst ? more : true) ? auditCursor(last) : null,
      newer: first && (newerFirst ? !!position : more) ? auditCursor(first) : null,
      kinds: kinds.map((k) => k.kind),
      actors: actors.map((a) => a.person),
    };
  });
}

import 'server-only';
import { z } from 'zod';
import type { Prisma } from '../db/generated/prisma/client';
import { withCouncil } from '../db/tenant';
import type { CouncilContext } from '../councils/queries';

export const auditFilterSchema = z.object({
  kind: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().uuid().optional().catch(undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
export const AUDIT_PAGE_SIZE = 50;

/** One page of the council's audit trail, newest first, with the choices the filters offer. */
export async function listAuditEvents(ctx: CouncilContext, filter: AuditFilter) {
  const page = filter.page ?? 1;
  const where: Prisma.AuditEventWhereInput = {
    councilId: ctx.council.id,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.actor ? { actorId: filter.actor } : {}),
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}), ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  return withCouncil(ctx.council.id, async (tx) => {
    // One connection per transaction: its queries run one after another.
    const events = await tx.auditEvent.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, kind: true, entityType: true, entityId: true, data: true, ip: true, createdAt: true, actor: { select: { name: true } } },
    });
    const total = await tx.auditEvent.count({ where });
    const kinds = await tx.auditEvent.groupBy({ by: ['kind'], where: { councilId: ctx.council.id }, orderBy: { kind: 'asc' } });
    const actors = await tx.councilMembership.findMany({ where: { councilId: ctx.council.id }, select: { person: { select: { id: true, name: true } } }, orderBy: { person: { name: 'asc' } } });
    return {
      events,
      total,
      page,
      pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
      kinds: kinds.map((k) => k.kind),
      actors: actors.map((a) => a.person),
    };
  });
}

import type { PrismaClient } from '../db/generated/prisma/client';
import { withCouncil } from '../db/tenant';
import { auditHash } from './hash';

export type ChainReport = { councilId: string; slug: string; events: number; brokenAt: bigint | null; reason?: string };

const BATCH = 2000;

/** Recomputes every council's chain from the first event; reports the first event that does not fit. */
export async function verifyAuditChains(prisma: PrismaClient, onlySlug?: string): Promise<ChainReport[]> {
  const councils = await prisma.council.findMany({ where: onlySlug ? { slug: onlySlug } : {}, select: { id: true, slug: true }, orderBy: { slug: 'asc' } });
  const reports: ChainReport[] = [];
  for (const council of councils) reports.push(await verifyCouncil(prisma, council));
  return reports;
}

async function verifyCouncil(prisma: PrismaClient, council: { id: string; slug: string }): Promise<ChainReport> {
  let prevHash: string | null = null;
  let afterId = -1n;
  let events = 0;
  for (;;) {
    const rows = await withCouncil(
      council.id,
      (tx) => tx.auditEvent.findMany({ where: { councilId: council.id, id: { gt: afterId } }, orderBy: { id: 'asc' }, take: BATCH }),
      prisma,
    );
    for (const row of rows) {
      events += 1;
      if (row.prevHash !== prevHash) return { ...report(council, events), brokenAt: row.id, reason: 'does not point at the event before it' };
      const expected = auditHash(prevHash, row);
      if (expected !== row.hash) return { ...report(council, events), brokenAt: row.id, reason: 'its content does not match its hash' };
      prevHash = row.hash;
      afterId = row.id;
    }
    if (rows.length < BATCH) return report(council, events);
  }
}

const report = (council: { id: string; slug: string }, events: number): ChainReport => ({ councilId: council.id, slug: council.slug, events, brokenAt: null });

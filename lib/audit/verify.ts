import type { PrismaClient } from '../db/generated/prisma/client';
import { withApp, withCouncil } from '../db/tenant';
import type { FileStore } from '../storage/store';
import { anchorSignatureValid, latestAnchor, type SignedAnchor } from './anchor';
import { auditHash } from './hash';

export type ChainReport = {
  councilId: string;
  slug: string;
  events: number;
  brokenAt: bigint | null;
  reason?: string;
  /** what the latest signed anchor said: checked, none written yet, or not checked (no key or store) */
  anchor: { status: 'ok'; count: number; at: string } | { status: 'none' } | { status: 'unchecked'; why: string } | { status: 'failed'; why: string };
};

export type AnchorCheck = { store: FileStore; key: string | null };

const BATCH = 2000;

/**
 * Recomputes every council's chain from the first event and reports the first event that
 * does not fit. With anchors, the chain must also reach the latest signed head: at least
 * as many events as it counted, with the same event and hash at that position, so that
 * deleting the newest events (or rewriting and re-hashing them) is found too.
 */
export async function verifyAuditChains(prisma: PrismaClient, onlySlug?: string, anchors?: AnchorCheck): Promise<ChainReport[]> {
  // Through the app role, so the check runs as well under a login role that is only a member of tabled_app.
  const councils = await withApp(
    (tx) => tx.council.findMany({ where: onlySlug ? { slug: onlySlug } : {}, select: { id: true, slug: true }, orderBy: { slug: 'asc' } }),
    prisma,
  );
  const reports: ChainReport[] = [];
  for (const council of councils) reports.push(await verifyCouncil(prisma, council, anchors));
  return reports;
}

async function anchorFor(councilId: string, anchors?: AnchorCheck): Promise<{ anchor: SignedAnchor | null; status: ChainReport['anchor'] }> {
  if (!anchors) return { anchor: null, status: { status: 'unchecked', why: 'no anchor store given' } };
  const anchor = await latestAnchor(anchors.store, councilId);
  if (!anchor) return { anchor: null, status: { status: 'none' } };
  if (!anchors.key) return { anchor: null, status: { status: 'unchecked', why: 'AUDIT_ANCHOR_KEY is not set, so the anchor cannot be checked' } };
  if (anchor.councilId !== councilId || !anchorSignatureValid(anchor, anchors.key)) {
    return { anchor: null, status: { status: 'failed', why: 'the latest anchor is not signed with AUDIT_ANCHOR_KEY (altered or forged)' } };
  }
  return { anchor, status: { status: 'ok', count: anchor.count, at: anchor.at } };
}

async function verifyCouncil(prisma: PrismaClient, council: { id: string; slug: string }, anchors?: AnchorCheck): Promise<ChainReport> {
  const { anchor, status } = await anchorFor(council.id, anchors);
  const base = { councilId: council.id, slug: council.slug, anchor: status };
  if (status.status === 'failed') return { ...base, events: 0, brokenAt: null, reason: status.why };
  let prevHash: string | null = null;
  let afterId = -1n;
  let events = 0;
  let atAnchor: { id: bigint; hash: string } | null = null;
  for (;;) {
    const rows = await withCouncil(
      council.id,
      (tx) => tx.auditEvent.findMany({ where: { councilId: council.id, id: { gt: afterId } }, orderBy: { id: 'asc' }, take: BATCH }),
      prisma,
    );
    for (const row of rows) {
      events += 1;
      if (row.prevHash !== prevHash) return { ...base, events, brokenAt: row.id, reason: 'does not point at the event before it' };
      const expected = auditHash(prevHash, row);
      if (expected !== row.hash) return { ...base, events, brokenAt: row.id, reason: 'its content does not match its hash' };
      if (anchor && events === anchor.count) atAnchor = { id: row.id, hash: row.hash };
      prevHash = row.hash;
      afterId = row.id;
    }
    if (rows.length < BATCH) break;
  }
  if (anchor && anchor.count > 0) {
    if (events < anchor.count) {
      return {
        ...base,
        events,
        brokenAt: afterId < 0n ? null : afterId,
        reason: `the signed anchor of ${anchor.at} counted ${anchor.count} events and only ${events} remain: the newest events were removed`,
        anchor: { status: 'failed', why: 'events removed' },
      };
    }
    if (!atAnchor || atAnchor.hash !== anchor.hash || String(atAnchor.id) !== anchor.lastId) {
      return {
        ...base,
        events,
        brokenAt: atAnchor?.id ?? null,
        reason: `event ${anchor.count} is not the one the signed anchor of ${anchor.at} recorded: the chain was rewritten`,
        anchor: { status: 'failed', why: 'chain rewritten' },
      };
    }
  }
  return { ...base, events, brokenAt: null };
}

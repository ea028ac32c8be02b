import type { AuditKind } from './kinds';
import type { Tx } from '../db/tenant';
import { auditHash } from './hash';
import { lockFor } from '../db/locks';

export type AuditDraft = {
  kind: AuditKind;
  entityType: string;
  entityId: string;
  boardId?: string | null;
  before?: unknown;
  after?: unknown;
  summary?: string;
};

export type AuditOrigin = { councilId: string; actorId: string | null; ip: string | null; userAgent: string | null };

/** Dates and other non-JSON values become what jsonb will store, so the hash is of what is kept. */
const asStored = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/**
 * Appends events to the council's hash chain inside the caller's transaction, so an
 * event commits or rolls back with its change. A per-council advisory lock orders
 * concurrent writers so the chain never forks.
 */
export async function appendAudit(tx: Tx, origin: AuditOrigin, drafts: AuditDraft[], now = new Date()): Promise<void> {
  if (drafts.length === 0) return;
  await lockFor(tx, 'auditChain', origin.councilId);
  const last = await tx.auditEvent.findFirst({ where: { councilId: origin.councilId }, orderBy: { id: 'desc' }, select: { hash: true } });
  let prevHash = last?.hash ?? null;
  for (const d of drafts) {
    const fields = {
      councilId: origin.councilId,
      boardId: d.boardId ?? null,
      actorId: origin.actorId,
      kind: d.kind,
      entityType: d.entityType,
      entityId: d.entityId,
      data: asStored({ summary: d.summary, before: d.before, after: d.after }),
      ip: origin.ip,
      userAgent: origin.userAgent,
      createdAt: now,
    };
    const hash = auditHash(prevHash, fields);
    await tx.auditEvent.create({ data: { ...fields, prevHash, hash } });
    prevHash = hash;
  }
}

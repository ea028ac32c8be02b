import type { PrismaClient } from '../db/generated/prisma/client';
import { getPrisma } from '../db/client';
import { withApp, withCouncil } from '../db/tenant';
import type { FileStore } from './store';

export type ReconcileReport = {
  /** leftover partial writes removed */
  removedPartial: string[];
  /** finished files no row points at, removed */
  removedUnreferenced: string[];
  /** partial writes whose row had committed, finished (renamed into place) */
  recovered: string[];
  /** rows whose file is not in the store: reported, never deleted (the record stays) */
  missing: { councilId: string; paperFileId: string; storageKey: string }[];
  /** the store cannot list its files, so only missing files were looked for */
  listed: boolean;
};

export type ReconcileOptions = {
  store: FileStore;
  prisma?: PrismaClient;
  now?: Date;
  /** files younger than this are left alone: an upload may be writing them right now */
  olderThanMs?: number;
  /** a partial write whose row committed is finished once it is older than this */
  recoverAfterMs?: number;
};

// Only paper files are reconciled against PaperFile; other prefixes (audit anchors) are kept.
const RECONCILED_PREFIX = 'papers/';

/** STORAGE_ORPHAN_MINUTES, default 60. */
export function orphanAgeMs(): number {
  const minutes = Number(process.env.STORAGE_ORPHAN_MINUTES ?? 60);
  return (Number.isFinite(minutes) && minutes >= 0 ? minutes : 60) * 60_000;
}

/** Every stored key of every council's paper files and commissioned papers' files (row-level security: one council at a time). */
async function referencedKeys(prisma: PrismaClient): Promise<Map<string, { councilId: string; paperFileId: string }>> {
  const councils = await withApp((tx) => tx.council.findMany({ select: { id: true } }), prisma);
  const keys = new Map<string, { councilId: string; paperFileId: string }>();
  for (const { id: councilId } of councils) {
    const files = await withCouncil(councilId, (tx) => tx.paperFile.findMany({ where: { councilId }, select: { id: true, storageKey: true } }), prisma);
    for (const f of files) keys.set(f.storageKey, { councilId, paperFileId: f.id });
    // a commissioned paper's file, sent by its author and not yet circulated as a paper's version
    const commissioned = await withCouncil(
      councilId,
      (tx) => tx.paperCommission.findMany({ where: { councilId, storageKey: { not: null }, paperId: null }, select: { id: true, storageKey: true } }),
      prisma,
    );
    for (const c of commissioned) if (c.storageKey && !keys.has(c.storageKey)) keys.set(c.storageKey, { councilId, paperFileId: `commission:${c.id}` });
  }
  return keys;
}

/**
 * Brings the file store in step with the database after a crash: removes partial writes
 * and files no row points at once they are older than the threshold, finishes a partial
 * write whose row committed (the process died between the commit and the rename), and
 * reports rows whose file is missing.
 */
export async function reconcileStorage(opts: ReconcileOptions): Promise<ReconcileReport> {
  const { store } = opts;
  const prisma = opts.prisma ?? (await getPrisma());
  const now = (opts.now ?? new Date()).getTime();
  const olderThanMs = opts.olderThanMs ?? orphanAgeMs();
  const recoverAfterMs = opts.recoverAfterMs ?? Math.min(olderThanMs, 60_000);
  const report: ReconcileReport = { removedPartial: [], removedUnreferenced: [], recovered: [], missing: [], listed: Boolean(store.list) };

  // Rows first: a file that appears after this read is young, and the threshold spares it.
  const referenced = await referencedKeys(prisma);
  const present = new Set<string>();
  if (store.list && store.removeEntry) {
    for await (const entry of store.list()) {
      const age = now - entry.modifiedAt.getTime();
      if (!entry.key?.startsWith(RECONCILED_PREFIX)) continue;
      if (!entry.partial) {
        present.add(entry.key);
        if (!referenced.has(entry.key) && age >= olderThanMs) {
          await store.removeEntry(entry.name);
          report.removedUnreferenced.push(entry.name);
        }
        continue;
      }
      if (referenced.has(entry.key) && store.recover && age >= recoverAfterMs) {
        const finished = await store.has?.(entry.key);
        if (!finished) {
          await store.recover(entry);
          present.add(entry.key);
          report.recovered.push(entry.name);
          continue;
        }
      }
      if (age >= olderThanMs) {
        await store.removeEntry(entry.name);
        report.removedPartial.push(entry.name);
      }
    }
  }
  for (const [key, row] of referenced) {
    // Only uploads' keys: the demo seed's papers are metadata alone (demo/…), with no file by design.
    if (!key.startsWith(RECONCILED_PREFIX)) continue;
    const there = store.list ? present.has(key) : await exists(store, key);
    if (!there) report.missing.push({ ...row, storageKey: key });
  }
  return report;
}

async function exists(store: FileStore, key: string): Promise<boolean> {
  if (store.has) return store.has(key);
  const found = await store.get(key);
  await found?.body.cancel();
  return found !== null;
}

/** One line for the log: what was cleared, and every row whose file is missing. */
export function describeReconcile(report: ReconcileReport): string[] {
  const lines = [
    `[storage] reconciled: ${report.removedPartial.length} partial and ${report.removedUnreferenced.length} unreferenced file(s) removed, ${report.recovered.length} finished, ${report.missing.length} missing${report.listed ? '' : ' (this store cannot list its files: only missing files were checked)'}`,
  ];
  for (const m of report.missing) lines.push(`[storage] MISSING file for PaperFile ${m.paperFileId} (council ${m.councilId}): ${m.storageKey}`);
  return lines;
}

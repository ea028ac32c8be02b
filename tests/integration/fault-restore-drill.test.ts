import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient, openDatabase, type Database } from '../../lib/db/connection';
import { applyMigrations } from '../../lib/db/migrate';
import { withCouncil } from '../../lib/db/tenant';
import { appendAudit } from '../../lib/audit/append';
import { writeAuditAnchors } from '../../lib/audit/anchor';
import { verifyAuditChains } from '../../lib/audit/verify';
import { localDiskStore } from '../../lib/storage/local-disk';
import { newPaperKey } from '../../lib/storage/keys';
import { countDifferences, createBackup, restoreBackup, type Setup } from '../../lib/backup/snapshot';
import { DatabaseLockedError } from '../../lib/db/data-dir-lock';
import {} from './support';
import { randomSlug } from '../fixtures';
import type { AuditKind } from '../../lib/audit/kinds';

// Fault suite: the restore drill. Back up a database with councils, audit events, an
// anchor and a paper file; wipe it; restore; the same row counts, the same file, and
// every audit chain verifying against its anchor. Embedded always; the PostgreSQL server
// too when TEST_DATABASE_URL is set (pg_dump/pg_restore as a role that bypasses RLS).
const KEY = 'drill-key-'.repeat(4);
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tabled-drill-'));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

/** A small but real world: a council, a board, people, events in its chain, an anchor, a file. */
async function populate(db: Database, filesDir: string) {
  const prisma = createPrismaClient(db);
  try {
    const council = await prisma.council.create({ data: { slug: randomSlug(), name: 'Drill Council' } });
    const person = await prisma.person.create({ data: { name: 'Drill Admin', email: `${council.slug}@example.test` } });
    await withCouncil(
      council.id,
      async (tx) => {
        await tx.councilMembership.create({ data: { councilId: council.id, personId: person.id, role: 'ADMIN' } });
        const board = await tx.board.create({ data: { councilId: council.id, slug: 'ib', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD' } });
        await appendAudit(
          tx,
          { councilId: council.id, actorId: person.id, ip: null, userAgent: null },
          Array.from({ length: 5 }, (_, i) => ({ kind: 'drill.event' as AuditKind, entityType: 'Board', entityId: board.id, summary: `event ${i}` })),
        );
      },
      prisma,
    );
    const store = localDiskStore(filesDir);
    const key = newPaperKey(council.id);
    await store.put(key, new Blob(['the board pack']).stream());
    await writeAuditAnchors({ store, key: KEY, prisma, councilIds: [council.id], log: () => undefined });
    return { councilSlug: council.slug, fileKey: key };
  } finally {
    await prisma.$disconnect();
  }
}

async function verifyRestored(db: Database, filesDir: string, world: { councilSlug: string; fileKey: string }) {
  const prisma = createPrismaClient(db);
  try {
    const reports = await verifyAuditChains(prisma, world.councilSlug, { store: localDiskStore(filesDir), key: KEY });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ events: 5, brokenAt: null, anchor: { status: 'ok', count: 5 } });
    const file = await localDiskStore(filesDir).get(world.fileKey);
    expect(await new Response(file!.body).text()).toBe('the board pack');
  } finally {
    await prisma.$disconnect();
  }
}

describe('restore drill', { timeout: 240_000 }, () => {
  it('embedded: backup (app stopped), wipe, restore, verify, same row counts', async () => {
    const root = path.join(tmp, 'embedded');
    const setup: Setup = { kind: 'embedded', dataDir: path.join(root, 'pglite'), filesDir: path.join(root, 'files') };
    const db = await openDatabase({ kind: 'embedded', dataDir: setup.dataDir });
    await applyMigrations(db);
    const world = await populate(db, setup.filesDir);
    // the app is running: a backup is refused rather than copying a live database
    await expect(createBackup(setup, path.join(root, 'backups'))).rejects.toThrow(DatabaseLockedError);
    await db.close();

    const { dir, manifest } = await createBackup(setup, path.join(root, 'backups'));
    expect(path.basename(dir)).toMatch(/^tabled-/);
    expect(manifest.rowCounts).toMatchObject({ Council: 1, AuditEvent: 5, Board: 1 });
    expect(manifest.files).toBe(3); // the paper, the anchor and its latest pointer

    await fs.rm(setup.dataDir, { recursive: true });
    await fs.rm(setup.filesDir, { recursive: true });
    const restored = await restoreBackup(dir, setup);
    expect(countDifferences(manifest.rowCounts, restored.rowCounts)).toEqual([]);
    expect(restored.files).toBe(3);

    const again = await openDatabase({ kind: 'embedded', dataDir: setup.dataDir });
    try {
      await verifyRestored(again, setup.filesDir, world);
    } finally {
      await again.close();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('server: pg_dump as a role that bypasses RLS, wipe, pg_restore, verify, same row counts', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const name = `tabled_drill_${Date.now()}_${process.pid}`;
    const admin = await openDatabase({ kind: 'server', url: serverUrl, poolSize: 1 });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const root = path.join(tmp, 'server');
    const setup: Setup = { kind: 'server', url: url.toString(), filesDir: path.join(root, 'files') };
    try {
      await admin.exec(`CREATE DATABASE ${name}`);
      const db = await openDatabase({ kind: 'server', url: setup.url, poolSize: 2 });
      await applyMigrations(db);
      const world = await populate(db, setup.filesDir);
      await db.close();

      const { dir, manifest } = await createBackup(setup, path.join(root, 'backups'));
      expect(manifest.rowCounts).toMatchObject({ Council: 1, AuditEvent: 5, Board: 1 });
      expect((await fs.stat(path.join(dir, 'database.dump'))).size).toBeGreaterThan(10_000);

      // wipe: the database is dropped and made again, empty, and the files are gone
      await admin.exec(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.exec(`CREATE DATABASE ${name}`);
      await fs.rm(setup.filesDir, { recursive: true });

      const restored = await restoreBackup(dir, setup);
      expect(countDifferences(manifest.rowCounts, restored.rowCounts)).toEqual([]);
      const again = await openDatabase({ kind: 'server', url: setup.url, poolSize: 2 });
      try {
        await verifyRestored(again, setup.filesDir, world);
      } finally {
        await again.close();
      }
    } finally {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    }
  });
});

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../lib/audit/append';
import { writeAuditAnchors } from '../../lib/audit/anchor';
import { verifyAuditChains } from '../../lib/audit/verify';
import { withCouncil } from '../../lib/db/tenant';
import { localDiskStore } from '../../lib/storage/local-disk';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import type { AuditKind } from '../../lib/audit/kinds';
import * as make from '../fixtures';

// Fault suite: the audit chain's tail. Deleting a council's newest events (by someone who
// can bypass the append-only trigger, as the table's owner can), or deleting them and
// appending a re-hashed substitute, still leaves a chain that fits together; it no longer
// reaches the head signed into the latest anchor, and verification must say so.
let t: TestDb;
let root: string;
beforeAll(async () => {
  t = await openTestDatabase();
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'tabled-anchor-'));
});
afterAll(async () => {
  await closeTestDatabase(t);
  await fs.rm(root, { recursive: true, force: true });
});

const KEY = 'k'.repeat(40);

async function events(councilId: string, n: number, label: string) {
  await withCouncil(councilId, (tx) =>
    appendAudit(
      tx,
      { councilId, actorId: null, ip: null, userAgent: null },
      Array.from({ length: n }, (_, i) => ({ kind: 'test.event' as AuditKind, entityType: 'Test', entityId: `${label}-${i}`, summary: `${label} ${i}` })),
    ),
  );
}

/** What the owner can do: switch off the append-only trigger for one transaction and delete. */
async function deleteNewest(councilId: string, n: number) {
  await t.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    await tx.$executeRawUnsafe(
      `DELETE FROM "AuditEvent" WHERE "id" IN (SELECT "id" FROM "AuditEvent" WHERE "councilId" = $1::uuid ORDER BY "id" DESC LIMIT ${n})`,
      councilId,
    );
  });
}

describe('the audit chain cannot lose its tail', () => {
  it('verifies up to and past the latest anchor, and fails once the newest events are deleted', async () => {
    const council = await make.council();
    const store = localDiskStore(root);
    await events(council.id, 6, 'first');
    const lines: string[] = [];
    expect(await writeAuditAnchors({ store, key: KEY, prisma: t.prisma, councilIds: [council.id], log: (l) => lines.push(l) })).toEqual({
      written: 1,
      unchanged: 0,
    });
    expect(lines[0]).toMatch(/^\[audit-anchor\] \{.*"count":6/);
    // nothing moved: no new anchor
    expect(await writeAuditAnchors({ store, key: KEY, prisma: t.prisma, councilIds: [council.id], log: () => undefined })).toEqual({
      written: 0,
      unchanged: 1,
    });

    await events(council.id, 2, 'later'); // the chain goes on past the anchor
    const [ok] = await verifyAuditChains(t.prisma, council.slug, { store, key: KEY });
    expect(ok).toMatchObject({ events: 8, brokenAt: null, anchor: { status: 'ok', count: 6 } });
    expect(ok!.reason).toBeUndefined();

    // without the anchor the cut chain would still verify: that is what the anchor is for
    await deleteNewest(council.id, 3);
    const [plain] = await verifyAuditChains(t.prisma, council.slug);
    expect(plain).toMatchObject({ events: 5, brokenAt: null });
    const [cut] = await verifyAuditChains(t.prisma, council.slug, { store, key: KEY });
    expect(cut).toMatchObject({ events: 5, anchor: { status: 'failed' } });
    expect(cut!.reason).toMatch(/counted 6 events and only 5 remain/);
  });

  it('fails when the newest events are deleted and replaced by a re-hashed chain', async () => {
    const council = await make.council();
    const store = localDiskStore(root);
    await events(council.id, 5, 'real');
    await writeAuditAnchors({ store, key: KEY, prisma: t.prisma, councilIds: [council.id], log: () => undefined });
    await deleteNewest(council.id, 3);
    await events(council.id, 4, 'forged'); // appended properly, so the chain fits together
    const [report] = await verifyAuditChains(t.prisma, council.slug, { store, key: KEY });
    expect(report).toMatchObject({ events: 6, anchor: { status: 'failed' } });
    expect(report!.reason).toMatch(/event 5 is not the one the signed anchor/);
  });

  it('refuses an anchor that was edited or signed with another key', async () => {
    const council = await make.council();
    const store = localDiskStore(root);
    await events(council.id, 4, 'real');
    await writeAuditAnchors({ store, key: KEY, prisma: t.prisma, councilIds: [council.id], log: () => undefined });
    const latest = path.join(root, 'audit-anchors', council.id, 'latest');
    const anchor = JSON.parse(await fs.readFile(latest, 'utf8')) as { count: number };
    await fs.writeFile(latest, JSON.stringify({ ...anchor, count: 2 }));
    const [edited] = await verifyAuditChains(t.prisma, council.slug, { store, key: KEY });
    expect(edited).toMatchObject({ anchor: { status: 'failed' } });
    expect(edited!.reason).toMatch(/not signed/);
    const [other] = await verifyAuditChains(t.prisma, council.slug, { store, key: 'x'.repeat(40) });
    expect(other!.reason).toMatch(/not signed/);
  });
});

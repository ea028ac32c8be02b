import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { localDiskStore } from '../../lib/storage/local-disk';
import { newPaperKey } from '../../lib/storage/keys';
import { reconcileStorage } from '../../lib/storage/reconcile';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { runChild } from './fault-support/child';
import * as make from '../fixtures';

// Fault suite: processes killed while writing paper files (mid-body, and with the body
// written but the row not yet committed), a crash between the row's commit and the file
// being made visible, and a row whose file is gone. The reconciler must leave no orphan
// and no missing file it could have finished, and report the one it could not.
let t: TestDb;
let root: string;
beforeAll(async () => {
  t = await openTestDatabase();
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'tabled-reconcile-'));
});
afterAll(async () => {
  await closeTestDatabase(t);
  await fs.rm(root, { recursive: true, force: true });
});

const script = path.resolve('tests/integration/fault-support/stage-and-die.ts');
const HOUR = 3_600_000;

async function killedWhile(mode: 'mid' | 'staged', key: string) {
  const child = runChild(script, [root, key, mode]);
  await child.waitFor(mode === 'mid' ? /^writing$/ : /^staged$/);
  child.proc.kill('SIGKILL');
  await child.exited;
}

async function paperRow(councilId: string, storageKey: string) {
  return withCouncil(councilId, async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        councilId,
        boardId: (await tx.board.create({ data: { councilId, slug: `b-${crypto.randomBytes(3).toString('hex')}`, name: 'Board', kind: 'IMPROVEMENT_BOARD' } }))
          .id,
        title: 'M',
        startsAt: new Date(),
        endsAt: new Date(Date.now() + HOUR),
      },
    });
    const paper = await tx.paper.create({ data: { councilId, meetingId: meeting.id, title: 'Paper' } });
    return tx.paperFile.create({
      data: { councilId, paperId: paper.id, versionNo: 1, fileName: 'p.pdf', contentType: 'application/pdf', sizeBytes: 4, sha256: 'x', storageKey },
    });
  });
}

async function filesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) out.push(path.relative(root, path.join(e.parentPath, e.name)));
  return out.sort();
}

describe('storage matches the database after a crash', { timeout: 240_000 }, () => {
  it('kill during upload, then reconcile: no orphan, no file left unfinished, the missing one reported', async () => {
    const council = await make.council();
    const store = localDiskStore(root);

    const midKey = newPaperKey(council.id);
    await killedWhile('mid', midKey); // killed mid-body: a .part, no row
    const stagedKey = newPaperKey(council.id);
    await killedWhile('staged', stagedKey); // body written, killed before the row committed
    // killed after the row committed but before the rename: a .part and its row
    const committedKey = newPaperKey(council.id);
    await killedWhile('staged', committedKey);
    const committedRow = await paperRow(council.id, committedKey);
    // a row whose file is gone
    const lostKey = newPaperKey(council.id);
    const lostRow = await paperRow(council.id, lostKey);
    // a finished file no row points at (left by an older version that renamed before committing)
    const strayKey = newPaperKey(council.id);
    await store.put(strayKey, new Blob(['stray']).stream());
    // and a file that is fine
    const goodKey = newPaperKey(council.id);
    await store.put(goodKey, new Blob(['good']).stream());
    await paperRow(council.id, goodKey);

    const before = await filesIn(root);
    expect(before.filter((f) => f.endsWith('.part'))).toHaveLength(3);

    // young files are left alone: an upload may be writing them right now
    const early = await reconcileStorage({ store, prisma: t.prisma, olderThanMs: HOUR, recoverAfterMs: HOUR });
    expect(early).toMatchObject({ removedPartial: [], removedUnreferenced: [], recovered: [] });
    expect(await filesIn(root)).toEqual(before);

    const report = await reconcileStorage({ store, prisma: t.prisma, now: new Date(Date.now() + 2 * HOUR), olderThanMs: HOUR });
    expect(report.removedPartial).toHaveLength(2);
    expect(report.removedPartial.every((n) => n.startsWith(midKey) || n.startsWith(stagedKey))).toBe(true);
    expect(report.removedUnreferenced).toEqual([strayKey]);
    expect(report.recovered).toHaveLength(1);
    // (on a shared server database other tests' councils have rows too: look at this one's)
    const mine = (r: typeof report) => r.missing.filter((m) => m.councilId === council.id);
    expect(mine(report)).toEqual([{ councilId: council.id, paperFileId: lostRow.id, storageKey: lostKey }]);

    const after = await filesIn(root);
    expect(after.filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(after.filter((f) => f.startsWith(`papers/${council.id}`))).toEqual([committedKey, goodKey].sort());
    const recovered = await store.get(committedKey);
    expect(recovered?.sizeBytes).toBe(4 * 64 * 1024);
    await recovered?.body.cancel();
    expect(committedRow.storageKey).toBe(committedKey);

    // a second run finds nothing more to do and still reports the missing file
    const again = await reconcileStorage({ store, prisma: t.prisma, now: new Date(Date.now() + 2 * HOUR), olderThanMs: HOUR });
    expect(again).toMatchObject({ removedPartial: [], removedUnreferenced: [], recovered: [] });
    expect(mine(again)).toMatchObject([{ paperFileId: lostRow.id }]);
  });

  it('stages a file invisibly: nothing under its key until commit, nothing at all after abort', async () => {
    const store = localDiskStore(root);
    const key = newPaperKey(crypto.randomUUID());
    const staged = await store.stage!(key, new Blob(['abc']).stream());
    expect(await store.get(key)).toBeNull();
    await staged.commit();
    const got = await store.get(key);
    expect(got?.sizeBytes).toBe(3);
    await got?.body.cancel();
    const other = newPaperKey(crypto.randomUUID());
    const aborted = await store.stage!(other, new Blob(['abc']).stream());
    await aborted.abort();
    expect((await filesIn(root)).some((f) => f.startsWith(other))).toBe(false);
    const mode = (await fs.stat(path.join(root, ...key.split('/')))).mode & 0o777;
    expect(mode).toBe(0o600);
  });
});

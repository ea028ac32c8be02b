import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, ListMultipartUploadsCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { openPaperFile } from '../../lib/papers/download';
import { fileStore } from '../../lib/storage';
import { newPaperKey } from '../../lib/storage/keys';
import { migrateLocalFilesToStore } from '../../lib/storage/migrate-to-s3';
import { createS3Client, s3ConfigFromEnv, s3Store } from '../../lib/storage/s3';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { beforeDeadline, papersWorld, pdfWith, streamOf, uploaded } from './papers-world';
import { startLocalS3, type LocalS3 } from './s3rver';

// a port of this file's own in the range the S3 tests use (39600-39699)
const S3_PORT = 39_611;

let t: TestDb;
let s3: LocalS3;
let localDir: string;
const saved = { ...process.env };

beforeAll(async () => {
  t = await openTestDatabase();
  s3 = await startLocalS3(S3_PORT);
  localDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tabled-s3-local-'));
});
afterAll(async () => {
  await s3.close();
  await closeTestDatabase(t);
  await fs.rm(localDir, { recursive: true, force: true });
});
afterEach(() => {
  for (const name of [
    'FILE_STORAGE',
    'S3_ENDPOINT',
    'S3_BUCKET',
    'S3_REGION',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
    'S3_PREFIX',
    'S3_SSE',
    'FILE_STORAGE_DIR',
  ]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const useS3 = (extra: Record<string, string> = {}) => Object.assign(process.env, s3.env, extra);
const bytes = (n: number) => new Uint8Array(crypto.randomBytes(n));
async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}
/** A stream that sends `before` bytes, then fails as a size cap or a dropped connection would. */
function failingAfter(before: number, error: Error): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= before) return controller.error(error);
      const n = Math.min(256 * 1024, before - sent);
      sent += n;
      controller.enqueue(bytes(n));
    },
  });
}
async function objectKeys(): Promise<string[]> {
  const client = createS3Client(s3ConfigFromEnv({ ...s3.env }));
  const out = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
  return (out.Contents ?? []).map((o) => o.Key ?? '');
}

describe('the S3 file store (against s3rver on loopback)', () => {
  it('streams a small and a multipart-sized file in and out, asking for server-side encryption on every write', async () => {
    useS3();
    const store = fileStore();
    const before = s3.encryptionHeaders.length;
    for (const size of [1234, 11 * 1024 * 1024]) {
      const key = newPaperKey(crypto.randomUUID());
      const body = bytes(size);
      expect(await store.put(key, streamOf(body))).toEqual({ sizeBytes: size });
      const got = await store.get(key);
      expect(got?.sizeBytes).toBe(size);
      expect(Buffer.compare(await readAll(got!.body), Buffer.from(body))).toBe(0);
      expect(await objectKeys()).toContain(key);
    }
    const writes = s3.encryptionHeaders.slice(before);
    expect(writes.length).toBe(2);
    expect(writes.every((h) => h === 'AES256')).toBe(true);
  });

  it('keeps objects under S3_PREFIX and asks for aws:kms when told', async () => {
    useS3({ S3_PREFIX: 'tenant-files/prod', S3_SSE: 'aws:kms' });
    const key = newPaperKey(crypto.randomUUID());
    const before = s3.encryptionHeaders.length;
    await fileStore().put(key, streamOf(bytes(100)));
    expect(await objectKeys()).toContain(`tenant-files/prod/${key}`);
    expect(s3.encryptionHeaders.slice(before)).toEqual(['aws:kms']);
  });

  it("leaves nothing under the key when the stream fails, small or multipart, and throws the stream's own error", async () => {
    useS3();
    const store = fileStore();
    const client = createS3Client(s3ConfigFromEnv());
    for (const size of [100_000, 12 * 1024 * 1024]) {
      const key = newPaperKey(crypto.randomUUID());
      const refusal = new Error(`too large after ${size}`);
      await expect(store.put(key, failingAfter(size, refusal))).rejects.toThrow(refusal.message);
      expect(await store.get(key)).toBeNull();
      expect(await objectKeys()).not.toContain(key);
    }
    const pending = await client.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket })).catch(() => ({ Uploads: [] }));
    expect(pending.Uploads ?? []).toEqual([]);
  });

  it("answers null for a missing key, deletes idempotently, and refuses a key that is not the server's", async () => {
    useS3();
    const store = fileStore();
    const key = newPaperKey(crypto.randomUUID());
    expect(await store.get(key)).toBeNull();
    await store.put(key, streamOf(bytes(10)));
    await store.delete(key);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.put('../etc/passwd', streamOf(bytes(1)))).rejects.toThrow(/Not a storage key/);
    await expect(store.get('papers/Report.pdf')).rejects.toThrow(/Not a storage key/);
  });

  it('names the setting that is missing or wrong', () => {
    expect(() => s3ConfigFromEnv({ FILE_STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => s3ConfigFromEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'x' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => s3ConfigFromEnv({ S3_BUCKET: 'b', S3_SSE: 'none' })).toThrow(/S3_SSE/);
    expect(() => s3ConfigFromEnv({ S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
    expect(() => {
      process.env.FILE_STORAGE = 'ftp';
      fileStore();
    }).toThrow(/FILE_STORAGE/);
    expect(s3ConfigFromEnv({ S3_BUCKET: 'b' })).toMatchObject({ sse: 'AES256', forcePathStyle: false, credentials: undefined });
  });

  it('takes a paper uploaded through the app and gives it back to a member, with an unguessable key', async () => {
    useS3();
    const w = await papersWorld();
    const pdf = await pdfWith('Stored in the object store');
    const up = await uploaded(w, pdf, { title: 'Performance report', marking: 'OFFICIAL', fileName: 'Performance report.pdf' }, { now: beforeDeadline });
    const file = await withCouncil(w.council.id, (tx) => tx.paperFile.findUniqueOrThrow({ where: { id: up.fileId } }));
    expect(file.storageKey).toMatch(new RegExp(`^papers/${w.council.id}/[0-9a-f-]{36}$`));
    expect(await objectKeys()).toContain(file.storageKey);
    // the admin can open a draft paper
    const opened = await openPaperFile({
      actorId: w.people.admin.id,
      councilSlug: w.council.slug,
      boardSlug: 'ib',
      meetingId: w.meeting.id,
      paperId: up.paperId,
      fileId: up.fileId,
      request: { ip: '203.0.113.9', userAgent: 'vitest' },
    });
    expect(Buffer.compare(await readAll(opened.body), Buffer.from(pdf))).toBe(0);
  });
});

describe('npm run storage:migrate', () => {
  it('copies local files to the object store, verifies each by its recorded SHA-256, skips what is there, and reports what does not match', async () => {
    // three papers uploaded while the app kept files on local disk
    process.env.FILE_STORAGE = 'local';
    process.env.FILE_STORAGE_DIR = localDir;
    const w = await papersWorld();
    const ids: Awaited<ReturnType<typeof uploaded>>[] = [];
    for (const title of ['One', 'Two', 'Three'])
      ids.push(await uploaded(w, await pdfWith(title), { title, marking: 'OFFICIAL', fileName: `${title}.pdf` }, { now: beforeDeadline }));
    await fs.writeFile(path.join(localDir, 'papers', 'stray-file'), 'not a paper');
    // a row with a key the app never writes (a hand-made row): reported, never read, not fatal
    const badKey = `${w.council.id}/papers/hand-made.pdf`;
    await withCouncil(w.council.id, (tx) =>
      tx.paperFile.create({
        data: {
          councilId: w.council.id,
          paperId: ids[0]!.paperId,
          versionNo: 99,
          fileName: 'x.pdf',
          contentType: 'application/pdf',
          sizeBytes: 1,
          sha256: '0'.repeat(64),
          storageKey: badKey,
          uploadedById: w.people.admin.id,
        },
      }),
    );
    const files = await withCouncil(w.council.id, (tx) => tx.paperFile.findMany({ where: { storageKey: { not: badKey } }, orderBy: { uploadedAt: 'asc' } }));

    useS3({ S3_PREFIX: `migrate-${w.council.slug}` });
    const target = s3Store(s3ConfigFromEnv());
    const scoped = (keys: string[]) => keys.filter((k) => files.some((f) => f.storageKey === k));
    const first = await migrateLocalFilesToStore({ prisma: t.prisma, localRoot: localDir, target });
    // other tests' councils may share the database; this council's three are copied and verified
    expect(first.copied).toBeGreaterThanOrEqual(3);
    expect(first.mismatched).toEqual([]);
    expect(first.unreferenced).toContain('papers/stray-file');
    expect(first.badKeys).toContain(badKey);
    for (const f of files) {
      const got = await target.get(f.storageKey);
      expect(
        crypto
          .createHash('sha256')
          .update(await readAll(got!.body))
          .digest('hex'),
      ).toBe(f.sha256);
    }

    const again = await migrateLocalFilesToStore({ prisma: t.prisma, localRoot: localDir, target });
    expect(again.copied).toBe(0);
    expect(again.alreadyThere).toBeGreaterThanOrEqual(3);

    // a local file altered since upload is refused, and one gone from the disk is reported
    await target.delete(files[0]!.storageKey);
    await target.delete(files[1]!.storageKey);
    await fs.appendFile(path.join(localDir, ...files[0]!.storageKey.split('/')), 'tampered');
    await fs.rm(path.join(localDir, ...files[1]!.storageKey.split('/')));
    const third = await migrateLocalFilesToStore({ prisma: t.prisma, localRoot: localDir, target });
    expect(scoped(third.mismatched.map((m) => m.key))).toEqual([files[0]!.storageKey]);
    expect(scoped(third.missingLocally)).toEqual([files[1]!.storageKey]);
    expect(await target.get(files[0]!.storageKey)).toBeNull();
    expect(ids).toHaveLength(3);
  });
});

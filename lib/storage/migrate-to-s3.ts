import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { PrismaClient } from '../db/generated/prisma/client';
import { withCouncil } from '../db/tenant';
import type { FileStore } from './store';
import { isStorageKey } from './keys';

export type MigrationReport = {
  /** Rows whose storage key is not one the app writes: reported, never read or copied. */
  badKeys: string[];
  /** Copied now, and read back from the object store with the recorded SHA-256. */
  copied: number;
  /** Already in the object store with the recorded SHA-256 (a re-run copies nothing twice). */
  alreadyThere: number;
  /** Recorded in the database, but no file on the local disk. */
  missingLocally: string[];
  /** The local file, or the object read back, does not have the SHA-256 the database recorded. */
  mismatched: { key: string; reason: string }[];
  /** Files on the local disk that no paper version names (left where they are, not copied). */
  unreferenced: string[];
};

async function sha256Of(stream: ReadableStream<Uint8Array>): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = crypto.createHash('sha256');
  let sizeBytes = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
    sizeBytes += value.byteLength;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

const localStream = (file: string) => Readable.toWeb(fs.createReadStream(file)) as NodeReadableStream<Uint8Array> as unknown as ReadableStream<Uint8Array>;

function localFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.part'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/**
 * Copies every paper file the database records from the local folder to the object store,
 * then reads each one back from the store and checks its SHA-256 against the database's.
 * The local files are kept (delete them once the app runs on the object store). Safe to
 * run again: an object already there with the right hash is not copied twice.
 */
export async function migrateLocalFilesToStore(opts: {
  prisma: PrismaClient;
  localRoot: string;
  target: FileStore;
  log?: (line: string) => void;
}): Promise<MigrationReport> {
  const { prisma, localRoot, target } = opts;
  const log = opts.log ?? (() => {});
  const report: MigrationReport = { badKeys: [], copied: 0, alreadyThere: 0, missingLocally: [], mismatched: [], unreferenced: [] };
  const councils = await prisma.council.findMany({ select: { id: true, slug: true }, orderBy: { slug: 'asc' } });
  const referenced = new Set<string>();
  for (const council of councils) {
    const files = await withCouncil(
      council.id,
      (tx) => tx.paperFile.findMany({ select: { storageKey: true, sha256: true, sizeBytes: true }, orderBy: { uploadedAt: 'asc' } }),
      prisma,
    );
    for (const file of files) {
      const key = file.storageKey;
      referenced.add(key);
      if (!isStorageKey(key)) {
        report.badKeys.push(key);
        log(`bad key  ${key} (${council.slug}): not a storage key the app writes; left alone`);
        continue;
      }
      const existing = await target.get(key);
      if (existing) {
        const there = await sha256Of(existing.body);
        if (there.sha256 === file.sha256) {
          report.alreadyThere++;
          continue;
        }
      }
      const localPath = path.join(localRoot, ...key.split('/'));
      if (!fs.existsSync(localPath)) {
        report.missingLocally.push(key);
        log(`missing  ${key} (${council.slug}): not on the local disk`);
        continue;
      }
      const local = await sha256Of(localStream(localPath));
      if (local.sha256 !== file.sha256) {
        report.mismatched.push({ key, reason: 'the local file does not match the recorded SHA-256' });
        log(`MISMATCH ${key} (${council.slug}): the local file does not match the recorded SHA-256; not copied`);
        continue;
      }
      await target.put(key, localStream(localPath));
      const back = await target.get(key);
      const copied = back ? await sha256Of(back.body) : null;
      if (copied?.sha256 !== file.sha256 || copied.sizeBytes !== file.sizeBytes) {
        report.mismatched.push({ key, reason: 'the object read back does not match the recorded SHA-256' });
        log(`MISMATCH ${key} (${council.slug}): the object read back does not match the recorded SHA-256`);
        continue;
      }
      report.copied++;
      log(`copied   ${key} (${council.slug}, ${file.sizeBytes} bytes, sha256 ok)`);
    }
  }
  report.unreferenced = localFiles(localRoot).filter((key) => !referenced.has(key));
  return report;
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { FileStore, StagedFile, StoredEntry } from './store';
import { assertStorageKey } from './keys';

const PARTIAL = /^(.+)\.[0-9a-f]{12}\.part$/;

/** fsync a folder, so a rename or a new name in it survives a power cut. */
async function syncDir(dir: string): Promise<void> {
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Files on the local disk under one folder, readable by this user only (0600 in 0700
 * folders). A file is written to `<key>.<random>.part`, fsynced with its folder, and only
 * renamed to its key by commit(), which the caller runs once the database row that
 * points at it has committed: a crash before then leaves a `.part` file (no reader ever
 * sees half a paper) and a crash after it a row with its file. The reconciler
 * (lib/storage/reconcile.ts) clears what a crash leaves behind.
 */
export function localDiskStore(root: string): FileStore {
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, ...key.split('/'));
  };

  async function stage(key: string, body: ReadableStream<Uint8Array>): Promise<StagedFile> {
    const target = pathOf(key);
    await fsp.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const partial = `${target}.${crypto.randomBytes(6).toString('hex')}.part`;
    const handle = await fsp.open(partial, 'wx', 0o600);
    let sizeBytes = 0;
    try {
      const reader = body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        sizeBytes += value.byteLength;
        await handle.write(value);
      }
      await handle.sync();
      await handle.close();
      await syncDir(path.dirname(target));
    } catch (error) {
      await handle.close().catch(() => undefined);
      await fsp.rm(partial, { force: true });
      throw error;
    }
    return {
      sizeBytes,
      async commit() {
        await fsp.rename(partial, target);
        await syncDir(path.dirname(target));
      },
      async abort() {
        await fsp.rm(partial, { force: true });
      },
    };
  }

  async function* walk(dir: string): AsyncGenerator<StoredEntry> {
    let entries: fs.Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        yield* walk(full);
        continue;
      }
      if (!entry.isFile()) continue;
      const stat = await fsp.stat(full).catch(() => null);
      if (!stat) continue; // removed while we looked
      const name = path.relative(root, full).split(path.sep).join('/');
      const partial = PARTIAL.exec(name);
      const keyName = partial ? partial[1]! : name;
      let key: string | null = keyName;
      try {
        assertStorageKey(keyName);
      } catch {
        key = null;
      }
      yield { name, key, partial: Boolean(partial), sizeBytes: stat.size, modifiedAt: stat.mtime };
    }
  }

  const entryPath = (name: string) => {
    const full = path.resolve(root, name);
    if (!full.startsWith(path.resolve(root) + path.sep)) throw new Error(`Not in the store: ${name}`);
    return full;
  };

  return {
    async put(key, body) {
      const staged = await stage(key, body);
      await staged.commit();
      return { sizeBytes: staged.sizeBytes };
    },

    stage,

    async get(key) {
      const file = pathOf(key);
      const stat = await fsp.stat(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!stat?.isFile()) return null;
      const body = Readable.toWeb(fs.createReadStream(file)) as NodeReadableStream<Uint8Array> as unknown as ReadableStream<Uint8Array>;
      return { body, sizeBytes: stat.size };
    },

    async has(key) {
      const stat = await fsp.stat(pathOf(key)).catch(() => null);
      return Boolean(stat?.isFile());
    },

    async delete(key) {
      await fsp.rm(pathOf(key), { force: true });
    },

    list: () => walk(root),

    async removeEntry(name) {
      await fsp.rm(entryPath(name), { force: true });
    },

    async recover(entry) {
      if (!entry.partial || !entry.key) throw new Error(`Not a partial write: ${entry.name}`);
      const target = pathOf(entry.key);
      await fsp.rename(entryPath(entry.name), target);
      await syncDir(path.dirname(target));
    },
  };
}

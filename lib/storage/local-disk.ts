import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { FileStore } from './store';
import { assertStorageKey } from './keys';

/**
 * Files on the local disk under one folder. A file is written beside its final name and
 * renamed into place only when the whole stream has arrived, so a failed or refused
 * upload never leaves a partial file where a reader could find it.
 */
export function localDiskStore(root: string): FileStore {
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, ...key.split('/'));
  };

  return {
    async put(key, body) {
      const target = pathOf(key);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.${crypto.randomBytes(6).toString('hex')}.part`;
      let sizeBytes = 0;
      const out = fs.createWriteStream(partial, { flags: 'wx' });
      try {
        await body
          .pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              sizeBytes += chunk.byteLength;
              controller.enqueue(chunk);
            },
          }))
          .pipeTo(Writable.toWeb(out) as WritableStream<Uint8Array>);
        await fsp.rename(partial, target);
        return { sizeBytes };
      } catch (error) {
        out.destroy();
        await fsp.rm(partial, { force: true });
        throw error;
      }
    },

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

    async delete(key) {
      await fsp.rm(pathOf(key), { force: true });
    },
  };
}

import path from 'node:path';
import type { FileStore } from './store';
import { localDiskStore } from './local-disk';
import { s3ConfigFromEnv, s3Store } from './s3';

export type { FileStore } from './store';

/** FILE_STORAGE_DIR, default `.data/files` beside the embedded database (git-ignored). */
export function fileStorageDir(): string {
  const configured = process.env.FILE_STORAGE_DIR?.trim();
  // A folder chosen at run time: the build must not trace (and ship) the whole project for it.
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'files');
}

// One S3 client per configuration and process: it holds the connection pool.
const s3Stores = new Map<string, FileStore>();

/**
 * The store the app keeps paper files in: local disk by default, an S3-compatible object
 * store with FILE_STORAGE=s3 (s3.ts). Read on each call, so that tests can point it at a
 * temp folder or their own bucket.
 */
export function fileStore(): FileStore {
  const kind = process.env.FILE_STORAGE?.trim() || 'local';
  if (kind === 's3') {
    const config = s3ConfigFromEnv();
    const id = JSON.stringify(config);
    let store = s3Stores.get(id);
    if (!store) s3Stores.set(id, (store = s3Store(config)));
    return store;
  }
  if (kind !== 'local') throw new Error(`FILE_STORAGE must be local or s3, got "${kind}"`);
  return localDiskStore(fileStorageDir());
}

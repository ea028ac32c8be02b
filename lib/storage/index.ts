import path from 'node:path';
import type { FileStore } from './store';
import { localDiskStore } from './local-disk';

export type { FileStore } from './store';

/** FILE_STORAGE_DIR, default `.data/files` beside the embedded database (git-ignored). */
export function fileStorageDir(): string {
  const configured = process.env.FILE_STORAGE_DIR?.trim();
  // A folder chosen at run time: the build must not trace (and ship) the whole project for it.
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'files');
}

/**
 * The store the app keeps paper files in: local disk for now (see store.ts for the
 * S3-compatible seam). Read on each call, so that tests can point it at a temp folder.
 */
export function fileStore(): FileStore {
  return localDiskStore(fileStorageDir());
}

import type { FileStore, StagedFile } from './store';

/**
 * Stages a file where the store can (written durably under a temporary name, made
 * visible by commit() after the database row commits). A store without stage() writes
 * it at once, and abort() deletes it again.
 */
export async function stageFile(store: FileStore, key: string, body: ReadableStream<Uint8Array>): Promise<StagedFile> {
  if (store.stage) return store.stage(key, body);
  const { sizeBytes } = await store.put(key, body);
  return { sizeBytes, commit: async () => undefined, abort: () => store.delete(key) };
}

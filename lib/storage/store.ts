/**
 * Where paper files live, behind the smallest interface the app needs: put a stream under
 * a key, get it back as a stream, delete it. Keys are made by the server (see keys.ts),
 * never from a user's file name.
 *
 * The interface is shaped for an S3-compatible object store too (a streamed PUT, a
 * streamed GET, a DELETE), so a deployment with one can add an implementation beside it
 * without touching callers. The optional methods let a store keep files in step with the
 * database (stage, then commit once the row has committed) and be reconciled with it
 * (list, removeEntry): lib/storage/staged.ts and lib/storage/reconcile.ts use them where
 * they exist.
 */
export interface FileStore {
  /**
   * Stores the whole stream under the key. If the stream fails (a size limit, a dropped
   * connection) nothing is left under the key and the stream's error is thrown.
   */
  put(key: string, body: ReadableStream<Uint8Array>): Promise<{ sizeBytes: number }>;
  /** The stored file as a stream, or null when nothing is stored under the key. */
  get(key: string): Promise<{ body: ReadableStream<Uint8Array>; sizeBytes: number } | null>;
  /** Removes the file; deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Writes the whole stream durably under a temporary name that no reader can find;
   * commit() makes it visible under the key (after the database row has committed),
   * abort() removes it.
   */
  stage?(key: string, body: ReadableStream<Uint8Array>): Promise<StagedFile>;
  /** Everything in the store, finished files and leftover partial writes alike. */
  list?(): AsyncIterable<StoredEntry>;
  /** Removes one listed entry (a partial write has no key, only a name). */
  removeEntry?(name: string): Promise<void>;
  /** Finishes a partial write left by a process that died after its row committed. */
  recover?(entry: StoredEntry): Promise<void>;
  /** Whether a finished file is stored under the key, without reading it. */
  has?(key: string): Promise<boolean>;
}

export type StagedFile = { sizeBytes: number; commit(): Promise<void>; abort(): Promise<void> };

export type StoredEntry = {
  /** the store's own name for it (a path relative to the store) */
  name: string;
  /** the key it is (or, for a partial write, will be) stored under; null when it is not a key at all */
  key: string | null;
  partial: boolean;
  sizeBytes: number;
  modifiedAt: Date;
};

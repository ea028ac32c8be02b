/**
 * Where paper files live, behind the smallest interface the app needs: put a stream under
 * a key, get it back as a stream, delete it. Keys are made by the server (see keys.ts),
 * never from a user's file name.
 *
 * Only local disk is implemented (local-disk.ts). The interface is shaped for an
 * S3-compatible object store too (a streamed PUT, a streamed GET, a DELETE), so a
 * deployment with one can add an implementation beside it without touching callers.
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
}

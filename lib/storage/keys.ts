import crypto from 'node:crypto';

// Letters, digits, dashes and single slashes between segments: nothing a path can escape with.
const KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

/** A new, unguessable key for a council's paper file; the user's file name plays no part. */
export function newPaperKey(councilId: string): string {
  return `papers/${councilId.toLowerCase()}/${crypto.randomUUID()}`;
}

/** Whether the key is one the app writes (and a store may be asked for). */
export function isStorageKey(key: string): boolean {
  return key.length <= 200 && KEY.test(key);
}

export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}

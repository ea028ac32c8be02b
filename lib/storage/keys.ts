import crypto from 'node:crypto';

// Letters, digits, dashes and single slashes between segments: nothing a path can escape with.
const KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

/** A new, unguessable key for a council's paper file; the user's file name plays no part. */
export function newPaperKey(councilId: string): string {
  return `papers/${councilId.toLowerCase()}/${crypto.randomUUID()}`;
}

export function assertStorageKey(key: string): void {
  if (key.length > 200 || !KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}

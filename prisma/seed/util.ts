import crypto from 'node:crypto';

export function uuid(): string {
  return crypto.randomUUID();
}

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

// The text an approved hash covers is defined once, beside the terms feature that checks
// it, so the seed's hashes and the Chair's approvals can never disagree.
export { sectionsText } from '../../lib/terms/hash';

/** A small seeded generator (mulberry32) so the demo is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A paper file row's placeholders: the seed writes the real PDF (paper-files.ts) and
 * fills in its key, size and hash before the rows are inserted.
 */
export function pendingPdf(): { sizeBytes: number; sha256: string; storageKey: string } {
  return { sizeBytes: 0, sha256: '', storageKey: '' };
}

export function pick<T>(items: readonly T[], index: number): T {
  const item = items[((index % items.length) + items.length) % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`seed: missing ${what}`);
  return value;
}

import crypto from 'node:crypto';

export function uuid(): string {
  return crypto.randomUUID();
}

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

// The text an approved hash covers is defined once, beside the terms feature that checks
// it, so the seed's hashes and the Chair's approvals can never disagree.
export { sectionsText } from '../terms/hash';

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

/** A made-up PDF's metadata: nothing is stored, but the row looks like a real upload. */
export function fakePdf(fileName: string, title: string): { sizeBytes: number; sha256: string; storageKey: string } {
  const digest = sha256(`%PDF-1.7 demo\n${title}\n${fileName}`);
  return {
    sizeBytes: 60_000 + (parseInt(digest.slice(0, 6), 16) % 1_400_000),
    sha256: digest,
    storageKey: `demo/${uuid()}.pdf`,
  };
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

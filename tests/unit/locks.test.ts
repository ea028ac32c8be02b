import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_CLASSES, MIGRATION_LOCK_KEY } from '../../lib/db/locks';

const root = path.resolve(import.meta.dirname, '../..');
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('advisory lock classes', () => {
  it('are one per purpose: no two purposes share a class', () => {
    const classes = Object.values(LOCK_CLASSES);
    expect(new Set(classes).size).toBe(classes.length);
    expect(classes).not.toContain(MIGRATION_LOCK_KEY);
  });

  it('keep seats and risk references apart (they once shared class 31 on a board id)', () => {
    expect(LOCK_CLASSES.boardSeats).not.toBe(LOCK_CLASSES.riskReferences);
  });

  it('are the only transaction locks the app takes', () => {
    const raw = sources(path.join(root, 'lib')).filter(
      (f) => !f.endsWith(path.join('db', 'locks.ts')) && /pg_advisory_xact_lock/.test(fs.readFileSync(f, 'utf8')),
    );
    expect(raw.map((f) => path.relative(root, f))).toEqual([]);
  });
});

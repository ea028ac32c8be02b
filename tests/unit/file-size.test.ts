import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Small files, each holding one thing: a source file over about 300 lines says why at its top
// ("Over 300 lines on purpose: …"), so a long file is a decision, not drift.
const LIMIT = 300;
const ROOTS = ['app', 'components', 'lib', 'prisma/seed', 'scripts'];
const SKIP = /\/(generated|node_modules)\//;

function sources(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (SKIP.test(`/${path}/`)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

export function longFilesWithoutReason(files: { path: string; text: string }[]): string[] {
  return files
    .filter(({ text }) => text.split('\n').length > LIMIT)
    .filter(({ text }) => !/Over 300 lines on purpose/.test(text.split('\n').slice(0, 8).join('\n')))
    .map(({ path, text }) => `${path} (${text.split('\n').length} lines)`);
}

describe('file size', () => {
  it(`every source file over ${LIMIT} lines says why at its top`, () => {
    const files = ROOTS.flatMap(sources).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    expect(longFilesWithoutReason(files)).toEqual([]);
  });

  it('catches a long file with no reason, and lets one with a reason through', () => {
    const long = Array.from({ length: LIMIT + 5 }, (_, i) => `export const x${i} = ${i};`).join('\n');
    expect(longFilesWithoutReason([{ path: 'lib/long.ts', text: long }])).toEqual([`lib/long.ts (${LIMIT + 5} lines)`]);
    expect(longFilesWithoutReason([{ path: 'lib/long.ts', text: `// Over 300 lines on purpose: a table of every case.\n${long}` }])).toEqual([]);
    expect(longFilesWithoutReason([{ path: 'lib/short.ts', text: 'export const a = 1;\n' }])).toEqual([]);
  });
});

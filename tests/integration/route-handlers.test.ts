import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routesOutsideDefineRoute } from '../../lib/access/route';

// Every route.ts under app/, loaded as Next loads it.
const modules = import.meta.glob<Record<string, unknown>>('../../app/**/route.ts', { eager: true });
const root = path.resolve(import.meta.dirname, '../..');
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === 'route.ts' ? [path.relative(root, full)] : [];
  });
}

describe('route handlers', () => {
  const files = routeFiles(path.join(root, 'app')).sort();

  it('are all loaded by this test', () => {
    expect(
      Object.keys(modules)
        .map((k) => path.relative(root, path.resolve(import.meta.dirname, k)))
        .sort(),
    ).toEqual(files);
  });

  for (const file of files) {
    it(`${file} goes through defineRoute, or is a declared exception`, () => {
      const mod = modules[`../../${file}`]!;
      const handlers = methods.filter((m) => typeof mod[m] === 'function');
      expect(handlers.length).toBeGreaterThan(0);
      if (file in routesOutsideDefineRoute) {
        expect(routesOutsideDefineRoute[file]!.length).toBeGreaterThan(20);
        return;
      }
      for (const m of handlers) expect((mod[m] as { defined?: { name: string } }).defined?.name, `${file} ${m}`).toBeTruthy();
    });
  }

  it('declares no exception for a file that is not there', () => {
    for (const file of Object.keys(routesOutsideDefineRoute)) expect(files).toContain(file);
  });
});

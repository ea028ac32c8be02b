import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Every module under lib/ that defines an action, found by what it does (a call of
 * defineAction) rather than by its name: a file named security-actions.ts once held an
 * action the suite never saw, because the suite loaded only files named actions.ts.
 */
export function actionModuleFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== path.join(root, 'lib/db/generated')) walk(full);
      } else if (/\.tsx?$/.test(entry.name) && full !== path.join(root, 'lib/action/define.ts') && /\bdefineAction\s*\(/.test(fs.readFileSync(full, 'utf8'))) {
        found.push(full);
      }
    }
  };
  walk(path.join(root, 'lib'));
  return found.sort();
}

export const relativeToRoot = (file: string) => path.relative(root, file).split(path.sep).join('/');

/** A module's source, by its path from the repository's root. */
export const sourceOf = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** The exported functions of a module, read from its source (a 'use server' module needs a request to import). */
export function exportedFunctions(file: string): string[] {
  const source = sourceOf(file);
  return [...source.matchAll(/^export\s+async\s+function\s+(\w+)/gm)].map((m) => m[1]!).sort();
}

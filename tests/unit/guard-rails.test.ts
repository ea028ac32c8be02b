import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ESLint } from 'eslint';
import { z } from 'zod';
import { defineAction, definedActions } from '../../lib/action/define';

const root = path.resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterEach(() => {
  for (const f of made.splice(0)) fs.rmSync(f, { force: true });
  vi.unstubAllEnvs();
});

/** Writes a deliberately bad file inside the project (where the rules apply), lints it with the project's config, and removes it. */
async function lintProbe(dir: string, source: string) {
  const file = path.join(root, dir, `.guard-rail-probe-${crypto.randomBytes(4).toString('hex')}.ts`);
  made.push(file);
  fs.writeFileSync(file, source);
  const [result] = await new ESLint({ cwd: root }).lintFiles([file]);
  fs.rmSync(file, { force: true });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint guard rails', () => {
  it('refuse lib/db in app/', async () => {
    const messages = await lintProbe('app', "import { withCouncil } from '@/lib/db/tenant';\nexport const x = withCouncil;\n");
    expect(messages).toEqual([expect.stringMatching(/never import lib\/db/)]);
  }, 60_000);

  it('refuse lib/db in components/', async () => {
    const messages = await lintProbe('components', "import { getPrisma } from '../lib/db/client';\nexport const x = getPrisma;\n");
    expect(messages).toEqual([expect.stringMatching(/never import lib\/db/)]);
  }, 60_000);

  it('keep lib/rules to rules and date libraries', async () => {
    const bad = await lintProbe(
      'lib/rules',
      "import { withCouncil } from '../db/tenant';\nimport { cache } from 'react';\nexport const x = [withCouncil, cache];\n",
    );
    expect(bad).toHaveLength(2);
    const good = await lintProbe(
      'lib/rules',
      "import { addDays } from 'date-fns';\nimport { TZDate } from '@date-fns/tz';\nimport { londonDay } from './london-calendar';\nimport type { BoardRole } from '../auth/permissions';\nexport const x: [unknown, unknown, unknown, BoardRole | null] = [addDays, TZDate, londonDay, null];\n",
    );
    expect(good).toEqual([]);
  }, 60_000);

  it('leave no probe behind', () => {
    for (const dir of ['app', 'components', 'lib/rules'])
      expect(fs.readdirSync(path.join(root, dir)).filter((f) => f.startsWith('.guard-rail-probe-'))).toEqual([]);
  });
});

describe("'server-only'", () => {
  const files = [
    // result.ts is the action result's type, shared with the client forms
    ...fs
      .readdirSync(path.join(root, 'lib/action'))
      .filter((f) => f !== 'result.ts')
      .map((f) => `lib/action/${f}`),
    ...fs.readdirSync(path.join(root, 'lib/access')).map((f) => `lib/access/${f}`),
    ...fs
      .readdirSync(path.join(root, 'lib'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('queries.ts'))
      .map((f) => `lib/${f}`),
  ];
  it.each(files)('%s imports it first', (file) => {
    expect(fs.readFileSync(path.join(root, file), 'utf8').split('\n')[0]).toBe("import 'server-only';");
  });
});

describe('the action registry', () => {
  const def = (message: string) => ({
    name: 'guard-rails.reloaded',
    scope: 'council' as const,
    councilRoles: ['OWNER' as const],
    schema: z.object({}),
    run: async () => ({ data: message, audit: [] }),
  });

  it('replaces a reloaded module’s action outside production (next dev)', () => {
    vi.stubEnv('NODE_ENV', 'development');
    defineAction(def('first'));
    const second = defineAction(def('second'));
    const entries = definedActions().filter((a) => a.name === 'guard-rails.reloaded');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toBe(second);
  });

  it('still refuses a name defined twice in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => defineAction(def('third'))).toThrow('Action guard-rails.reloaded is defined twice');
  });
});

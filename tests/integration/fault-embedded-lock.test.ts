import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/connection';
import { DatabaseLockedError, lockFileOf } from '../../lib/db/data-dir-lock';
import { runChild } from './fault-support/child';

// Fault suite: two processes opening one embedded database. The second must be refused
// while the first lives (and name it), nothing the first acknowledged may be lost, and a
// holder killed with SIGKILL must not block the folder forever.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tabled-lock-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const holder = path.resolve('tests/integration/fault-support/hold-embedded-db.ts');
const lastAcked = (lines: string[]) => Math.max(0, ...lines.filter((l) => l.startsWith('acked ')).map((l) => Number(l.slice(6))));

describe('the embedded database has one opener at a time', { timeout: 240_000 }, () => {
  it('refuses a second opener naming the holder, and loses nothing the holder wrote', async () => {
    const dir = path.join(root, 'shared');
    const child = runChild(holder, [dir]);
    try {
      await child.waitFor(/^acked 5$/, 120_000);
      const refusal = await openDatabase({ kind: 'embedded', dataDir: dir }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(DatabaseLockedError);
      const holderPid = Number((await child.waitFor(/^ready /)).slice(6));
      expect(holderPid).toBe(child.proc.pid);
      expect((refusal as Error).message).toContain(`process ${holderPid} `);
      expect((refusal as Error).message).toMatch(/stop/i);
      // a maintenance command is refused too, and says the app must be stopped
      const verify = runChild(path.resolve('scripts/audit-verify.ts'), [], { TABLED_DATA_DIR: dir, DATABASE_URL: '', MIGRATION_DATABASE_URL: '' });
      expect(await verify.exited).toBe(3);
      expect(verify.lines.join('\n')).toMatch(new RegExp(`needs the app stopped[\\s\\S]*Process ${holderPid} `));
      // the holder goes on writing after the refusals
      const before = lastAcked(child.lines);
      await child.waitFor(new RegExp(`^acked ${before + 3}$`));
      child.proc.stdin.write('stop\n');
      await child.waitFor(/^closed$/);
      expect(await child.exited).toBe(0);
    } finally {
      child.proc.kill('SIGKILL');
    }
    const acked = lastAcked(child.lines);
    expect(fs.existsSync(lockFileOf(dir))).toBe(false);
    const db = await openDatabase({ kind: 'embedded', dataDir: dir });
    try {
      const [row] = await db.query<{ c: number; m: number }>('SELECT count(*)::int AS c, max(n) AS m FROM fault_rows');
      expect(row).toEqual({ c: acked, m: acked });
    } finally {
      await db.close();
    }
  });

  it('takes over the lock of a holder killed with SIGKILL, with its acknowledged writes', async () => {
    const dir = path.join(root, 'killed');
    const child = runChild(holder, [dir]);
    await child.waitFor(/^acked 5$/, 120_000);
    child.proc.kill('SIGKILL');
    await child.exited;
    const acked = lastAcked(child.lines);
    expect(fs.existsSync(lockFileOf(dir))).toBe(true); // left behind by the dead holder
    const db = await openDatabase({ kind: 'embedded', dataDir: dir });
    try {
      const [row] = await db.query<{ c: number }>('SELECT count(*)::int AS c FROM fault_rows');
      expect(row!.c).toBeGreaterThanOrEqual(acked);
    } finally {
      await db.close();
    }
  });

  it('refuses the same process opening the folder twice, and creates its files for this user only', async () => {
    const dir = path.join(root, 'twice');
    const db = await openDatabase({ kind: 'embedded', dataDir: dir });
    try {
      await expect(openDatabase({ kind: 'embedded', dataDir: dir })).rejects.toThrow(DatabaseLockedError);
      const open: string[] = [];
      const walk = (p: string) => {
        const st = fs.statSync(p);
        if ((st.mode & 0o077) !== 0) open.push(`${p} ${(st.mode & 0o777).toString(8)}`);
        if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
      };
      walk(dir);
      walk(lockFileOf(dir));
      expect(open).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

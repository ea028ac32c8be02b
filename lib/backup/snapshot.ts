import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { openDatabase, type Database } from '../db/connection';
import { lockDataDir } from '../db/data-dir-lock';

/**
 * A backup is one folder: the database (a pg_dump custom-format archive for a server, a
 * copy of the data folder for the embedded database), the file store's files, and a
 * manifest with each table's row count. It is written under a temporary name and renamed
 * into place only once complete, so a folder named `tabled-*` is always a whole backup.
 */
export type Manifest = {
  format: 1;
  kind: 'server' | 'embedded';
  createdAt: string;
  rowCounts: Record<string, number>;
  files: number;
};

export type EmbeddedSetup = { kind: 'embedded'; dataDir: string; filesDir: string };
/** url: a role that bypasses row-level security (BYPASSRLS or superuser), read-only is enough for a backup. */
export type ServerSetup = { kind: 'server'; url: string; filesDir: string };
export type Setup = EmbeddedSetup | ServerSetup;

const ANCHORS = 'audit-anchors';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()).length > 20_000 && (stderr = stderr.slice(-10_000)));
    child.on('error', (error) =>
      reject(new BackupError(`${command} could not be run (${error.message}); install the PostgreSQL client tools matching the server's version`)),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim().split('\n').slice(-5).join(' | ')}`)),
    );
  });
}

async function countRows(query: Database['query']): Promise<Record<string, number>> {
  const tables = await query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number((await query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name.replace(/"/g, '""')}"`))[0]!.n);
  return counts;
}

async function copyTree(from: string, to: string, filter?: (rel: string) => boolean): Promise<number> {
  let files = 0;
  if (!fs.existsSync(from)) return 0;
  await fsp.mkdir(to, { recursive: true, mode: 0o700 });
  for (const entry of await fsp.readdir(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (filter && !filter(entry.name)) continue;
    if (entry.isDirectory()) files += await copyTree(src, dst);
    else if (entry.isFile() && !entry.name.endsWith('.part')) {
      await fsp.copyFile(src, dst, fs.constants.COPYFILE_EXCL);
      files += 1;
    }
  }
  return files;
}

const countFiles = async (dir: string): Promise<number> => {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const e of await fsp.readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) n += 1;
  return n;
};

/** Does this connection's role see every row (superuser or BYPASSRLS)? pg_dump needs it. */
async function assertBypassesRls(db: Database, what: string): Promise<void> {
  const [role] = await db.query<{ name: string; ok: boolean }>(
    `SELECT rolname AS name, (rolsuper OR rolbypassrls) AS ok FROM pg_roles WHERE rolname = current_user`,
  );
  if (!role?.ok) {
    throw new BackupError(
      `${what} connects as "${role?.name}", which is subject to row-level security: pg_dump would stop at the first council-owned table (or a restore would load nothing). ` +
        'Use a role with BYPASSRLS (see "Backup and restore" in the README).',
    );
  }
}

/** Writes a whole backup into backupsDir and returns its folder. */
export async function createBackup(setup: Setup, backupsDir: string, now = new Date()): Promise<{ dir: string; manifest: Manifest }> {
  await fsp.mkdir(backupsDir, { recursive: true, mode: 0o700 });
  const name = `tabled-${now.toISOString().replace(/[:.]/g, '-')}`;
  const finalDir = path.join(backupsDir, name);
  const tmp = path.join(backupsDir, `.${name}.partial-${process.pid}`);
  await fsp.mkdir(tmp, { mode: 0o700 });
  try {
    let rowCounts: Record<string, number>;
    let files = 0;
    if (setup.kind === 'embedded') {
      // Needs the app stopped: the lock refuses while it runs, and holding it keeps it stopped while we copy.
      const lock = lockDataDir(setup.dataDir);
      try {
        await copyTree(setup.dataDir, path.join(tmp, 'pglite'));
        files = await copyTree(setup.filesDir, path.join(tmp, 'files'));
      } finally {
        lock.release();
      }
      const copy = await openDatabase({ kind: 'embedded', dataDir: path.join(tmp, 'pglite') });
      try {
        rowCounts = await countRows(copy.query);
      } finally {
        await copy.close();
      }
    } else {
      const db = await openDatabase({ kind: 'server', url: setup.url, poolSize: 1 });
      try {
        await assertBypassesRls(db, 'BACKUP_DATABASE_URL');
        // Anchors first: every anchor copied is at or behind the database snapshot taken next.
        files += await copyTree(path.join(setup.filesDir, ANCHORS), path.join(tmp, 'files', ANCHORS));
        rowCounts = await db.withSession(async (session) => {
          // The row counts and pg_dump read one and the same snapshot.
          await session.exec('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
          try {
            const [{ snapshot }] = (await session.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot')) as [{ snapshot: string }];
            const counts = await countRows(session.query);
            await run('pg_dump', [
              '--format=custom',
              '--no-owner',
              `--snapshot=${snapshot}`,
              `--file=${path.join(tmp, 'database.dump')}`,
              '--dbname',
              setup.url,
            ]);
            return counts;
          } finally {
            await session.exec('COMMIT');
          }
        });
      } finally {
        await db.close();
      }
      // Files after the snapshot: a row in it committed before its file was made visible.
      files += await copyTree(setup.filesDir, path.join(tmp, 'files'), (rel) => rel !== ANCHORS);
    }
    const manifest: Manifest = { format: 1, kind: setup.kind, createdAt: now.toISOString(), rowCounts, files };
    await fsp.writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2), { mode: 0o600 });
    await fsp.rename(tmp, finalDir);
    return { dir: finalDir, manifest };
  } catch (error) {
    await fsp.rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Moves a folder aside (kept, never deleted by a restore) and returns where it went. */
async function moveAside(dir: string, stamp: string): Promise<string | null> {
  if (!fs.existsSync(dir)) return null;
  const aside = `${dir}.before-restore-${stamp}`;
  await fsp.rename(dir, aside);
  return aside;
}

export type RestoreResult = { manifest: Manifest; rowCounts: Record<string, number>; files: number; setAside: string[] };

/**
 * Restores a backup over the current setup: what is there now is moved aside (embedded,
 * files) or replaced (the server database, with pg_restore --clean in one transaction).
 * The caller runs audit:verify afterwards and compares the counts with the manifest.
 */
export async function restoreBackup(backupDir: string, setup: Setup, now = new Date()): Promise<RestoreResult> {
  const manifest = JSON.parse(await fsp.readFile(path.join(backupDir, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.kind !== setup.kind) throw new BackupError(`This backup is of the ${manifest.kind} database; the current setup uses the ${setup.kind} one`);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const setAside: string[] = [];
  let rowCounts: Record<string, number>;
  if (setup.kind === 'embedded') {
    const lock = lockDataDir(setup.dataDir);
    try {
      const asideDb = await moveAside(setup.dataDir, stamp);
      if (asideDb) setAside.push(asideDb);
      await copyTree(path.join(backupDir, 'pglite'), setup.dataDir);
    } finally {
      lock.release();
    }
    const db = await openDatabase({ kind: 'embedded', dataDir: setup.dataDir });
    try {
      rowCounts = await countRows(db.query);
    } finally {
      await db.close();
    }
  } else {
    const db = await openDatabase({ kind: 'server', url: setup.url, poolSize: 1 });
    try {
      await assertBypassesRls(db, 'RESTORE_DATABASE_URL');
    } finally {
      await db.close();
    }
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      '--dbname',
      setup.url,
      path.join(backupDir, 'database.dump'),
    ]);
    const after = await openDatabase({ kind: 'server', url: setup.url, poolSize: 1 });
    try {
      rowCounts = await countRows(after.query);
    } finally {
      await after.close();
    }
  }
  const asideFiles = await moveAside(setup.filesDir, stamp);
  if (asideFiles) setAside.push(asideFiles);
  await copyTree(path.join(backupDir, 'files'), setup.filesDir);
  return { manifest, rowCounts, files: await countFiles(setup.filesDir), setAside };
}

/** Tables whose row count differs from the manifest's (none after a good restore). */
export function countDifferences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names].filter((n) => expected[n] !== actual[n]).map((n) => `${n}: backup ${expected[n] ?? 'absent'}, restored ${actual[n] ?? 'absent'}`);
}

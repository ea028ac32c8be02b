// npm run backup: one folder under BACKUP_DIR (default .data/backups) holding the database
// and the uploaded files of the same moment, with each table's row count. Server: pg_dump
// as BACKUP_DATABASE_URL (a role that bypasses row-level security). Embedded: needs the
// app stopped, and copies the data folder.
import path from 'node:path';
import { databaseUrl, embeddedDataDir } from '../lib/db/config';
import { fileStorageDir } from '../lib/storage';
import { BackupError, createBackup, type Setup } from '../lib/backup/snapshot';
import { exitIfLocked } from './maintenance';

export const backupsDir = () => path.resolve(process.env.BACKUP_DIR?.trim() || path.join(process.cwd(), '.data', 'backups'));

export function currentSetup(purpose: 'backup' | 'restore'): Setup {
  if (!databaseUrl()) return { kind: 'embedded', dataDir: embeddedDataDir(), filesDir: fileStorageDir() };
  const url =
    purpose === 'backup' ? process.env.BACKUP_DATABASE_URL?.trim() : process.env.RESTORE_DATABASE_URL?.trim() || process.env.MIGRATION_DATABASE_URL?.trim();
  if (!url)
    throw new BackupError(
      purpose === 'backup'
        ? 'Set BACKUP_DATABASE_URL to a role with BYPASSRLS (see "Backup and restore" in the README)'
        : 'Set RESTORE_DATABASE_URL (or MIGRATION_DATABASE_URL) to the owner, with BYPASSRLS',
    );
  return { kind: 'server', url, filesDir: fileStorageDir() };
}

async function main() {
  const { dir, manifest } = await createBackup(currentSetup('backup'), backupsDir());
  const rows = Object.values(manifest.rowCounts).reduce((a, b) => a + b, 0);
  console.log(
    `Backup written to ${dir}\n  ${manifest.kind} database: ${Object.keys(manifest.rowCounts).length} tables, ${rows} rows; ${manifest.files} file(s).\nRestore it with: npm run restore -- ${dir}`,
  );
}

if (process.argv[1]?.endsWith('backup.ts')) {
  main().catch((error: unknown) => {
    exitIfLocked('npm run backup', error);
    console.error(error instanceof BackupError ? `Backup failed: ${error.message}` : error);
    process.exit(1);
  });
}

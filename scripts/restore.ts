// npm run restore -- <backup folder>: puts a backup's database and files back (what was
// there is moved aside, never deleted), then checks every table's row count against the
// backup's and runs audit:verify. Embedded: needs the app stopped. Server: as
// RESTORE_DATABASE_URL (default MIGRATION_DATABASE_URL), the owner with BYPASSRLS.
import path from 'node:path';
import { createPrismaClient } from '../lib/db/connection';
import { BackupError, countDifferences, restoreBackup } from '../lib/backup/snapshot';
import { currentSetup } from './backup';
import { exitIfLocked, openForMaintenance } from './maintenance';
import { runAuditVerify } from './audit-verify';

async function main() {
  const dir = process.argv[2];
  if (!dir) throw new BackupError('Name the backup folder: npm run restore -- .data/backups/tabled-…');
  const result = await restoreBackup(path.resolve(dir), currentSetup('restore'));
  for (const aside of result.setAside) console.log(`The previous copy was kept at ${aside}`);
  const differences = countDifferences(result.manifest.rowCounts, result.rowCounts);
  if (differences.length) console.error(`Row counts differ from the backup's:\n  ${differences.join('\n  ')}`);
  else console.log(`Restored ${Object.keys(result.rowCounts).length} tables with the backup's row counts, and ${result.files} file(s).`);
  console.log('Verifying the audit chains…');
  const db = await openForMaintenance('npm run restore');
  const prisma = createPrismaClient(db);
  let verified = false;
  try {
    verified = await runAuditVerify(prisma);
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
  process.exitCode = differences.length || !verified ? 1 : 0;
}

main().catch((error: unknown) => {
  exitIfLocked('npm run restore', error);
  console.error(error instanceof BackupError ? `Restore failed: ${error.message}` : error);
  process.exit(1);
});

// npm run storage:migrate: copies the paper files from the local folder (FILE_STORAGE_DIR,
// default .data/files) to the object store configured by the S3_* variables, reads each
// one back and checks its SHA-256 against the one recorded at upload. Exits 1 if any file
// is missing or does not match. Run it before switching the app to FILE_STORAGE=s3; it
// is safe to run again (what is already there with the right hash is not copied twice).
import { createPrismaClient, openDatabase, ownerTarget } from '../lib/db/connection';
import { fileStorageDir } from '../lib/storage';
import { migrateLocalFilesToStore } from '../lib/storage/migrate-to-s3';
import { s3ConfigFromEnv, s3Store } from '../lib/storage/s3';

async function main() {
  const config = s3ConfigFromEnv();
  const db = await openDatabase(ownerTarget());
  const prisma = createPrismaClient(db);
  try {
    const localRoot = fileStorageDir();
    console.log(`Copying paper files from ${localRoot} to s3://${config.bucket}/${config.prefix}${config.endpoint ? ` at ${config.endpoint}` : ''} …`);
    const report = await migrateLocalFilesToStore({ prisma, localRoot, target: s3Store(config), log: (line) => console.log(line) });
    console.log(
      `\n${report.copied} copied and verified, ${report.alreadyThere} already there and verified, ${report.missingLocally.length} missing locally, ${report.mismatched.length} not matching their recorded SHA-256, ${report.badKeys.length} with a key the app does not write.`,
    );
    if (report.unreferenced.length) console.log(`${report.unreferenced.length} local file(s) that no paper names were left where they are.`);
    process.exitCode = report.missingLocally.length || report.mismatched.length || report.badKeys.length ? 1 : 0;
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});

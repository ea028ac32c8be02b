// Seeds the demo councils into the default database (DATABASE_URL, or the embedded
// database in TABLED_DATA_DIR / .data/pglite), applying migrations first.
// Run with: npx tsx scripts/seed.ts
import { createPrismaClient } from '../lib/db/connection';
import { openForMaintenance } from './maintenance';
import { applyMigrations } from '../lib/db/migrate';
import { seedDemo } from '../prisma/seed/demo';

async function main(): Promise<void> {
  const started = Date.now();
  const db = await openForMaintenance('npm run db:seed');
  const prisma = createPrismaClient(db);
  try {
    await applyMigrations(db, (line) => console.log(line));
    const result = await seedDemo(prisma);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (!result.created) {
      console.log(`Demo data already present (council "northbridge" exists); nothing created. (${db.kind} database, ${seconds}s)`);
      return;
    }
    console.log(`Created the demo councils in the ${db.kind} database in ${seconds}s:`);
    for (const [slug, counts] of Object.entries(result.counts ?? {})) {
      const nonZero = Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([table, n]) => `${table} ${n}`)
        .join(', ');
      console.log(`  ${slug}: ${nonZero}`);
    }
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// Brings the database up to date before the app starts: migrations, then the demo
// councils when the database is empty (TABLED_SEED_DEMO=false to skip).
import { createPrismaClient } from '../lib/db/connection';
import { openForMaintenance } from './maintenance';
import { applyMigrations } from '../lib/db/migrate';
import { seedDemo } from '../prisma/seed/demo';

export async function prepareDatabase(): Promise<{ seeded: boolean }> {
  const db = await openForMaintenance('npm start');
  const prisma = createPrismaClient(db);
  try {
    await applyMigrations(db, (line) => console.log(line));
    if (process.env.TABLED_SEED_DEMO === 'false') return { seeded: false };
    const empty = (await prisma.council.count()) === 0;
    if (!empty) return { seeded: false };
    const { created } = await seedDemo(prisma);
    return { seeded: created };
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

if (process.argv[1]?.endsWith('prepare-db.ts')) {
  prepareDatabase().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

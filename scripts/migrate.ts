// npm run db:migrate: applies prisma/migrations to DATABASE_URL, or to the embedded database.
import { openForMaintenance } from './maintenance';
import { applyMigrations } from '../lib/db/migrate';

async function main() {
  const db = await openForMaintenance('npm run db:migrate');
  try {
    const applied = await applyMigrations(db, (line) => console.log(line));
    console.log(applied.length ? `Applied ${applied.length} migration(s) to the ${db.kind} database.` : `The ${db.kind} database is up to date.`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

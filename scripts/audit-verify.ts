// npm run audit:verify [council-slug]: checks every council's audit hash chain; exits 1 if any is broken.
import { createPrismaClient } from '../lib/db/connection';
import { openForMaintenance } from './maintenance';
import { verifyAuditChains } from '../lib/audit/verify';

async function main() {
  const db = await openForMaintenance('npm run audit:verify');
  const prisma = createPrismaClient(db);
  try {
    const reports = await verifyAuditChains(prisma, process.argv[2]);
    let broken = 0;
    for (const r of reports) {
      if (r.brokenAt === null) console.log(`ok      ${r.slug}: ${r.events} events`);
      else {
        broken += 1;
        console.log(`BROKEN  ${r.slug}: event ${r.brokenAt} ${r.reason}`);
      }
    }
    if (reports.length === 0) console.log('No councils found.');
    process.exitCode = broken ? 1 : 0;
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});

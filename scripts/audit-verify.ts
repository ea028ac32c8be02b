// npm run audit:verify [council-slug]: checks every council's audit hash chain, and that it
// still reaches its latest signed anchor (AUDIT_ANCHOR_KEY); exits 1 if any is broken.
import { createPrismaClient } from '../lib/db/connection';
import { openForMaintenance } from './maintenance';
import { verifyAuditChains, type ChainReport } from '../lib/audit/verify';
import { anchorKey } from '../lib/audit/anchor';
import { fileStore } from '../lib/storage';

const anchorNote = (a: ChainReport['anchor']) =>
  a.status === 'ok'
    ? `reaches its signed anchor of ${a.at} (${a.count} events)`
    : a.status === 'none'
      ? 'no anchor written yet'
      : a.status === 'unchecked'
        ? `anchor not checked: ${a.why}`
        : `anchor: ${a.why}`;

/** Prints one line per council; true when every chain holds. */
export async function runAuditVerify(prisma: Parameters<typeof verifyAuditChains>[0], slug?: string): Promise<boolean> {
  const reports = await verifyAuditChains(prisma, slug, { store: fileStore(), key: anchorKey() });
  let broken = 0;
  for (const r of reports) {
    if (r.brokenAt === null && !r.reason) console.log(`ok      ${r.slug}: ${r.events} events, ${anchorNote(r.anchor)}`);
    else {
      broken += 1;
      console.log(`BROKEN  ${r.slug}: ${r.brokenAt !== null ? `event ${r.brokenAt} ` : ''}${r.reason}`);
    }
  }
  if (reports.length === 0) console.log('No councils found.');
  return broken === 0;
}

async function main() {
  const db = await openForMaintenance('npm run audit:verify');
  const prisma = createPrismaClient(db);
  try {
    process.exitCode = (await runAuditVerify(prisma, process.argv[2])) ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

if (process.argv[1]?.endsWith('audit-verify.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}

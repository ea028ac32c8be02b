// Platform administrators, from the command line only (never from the web), as the database owner:
//   npm run platform -- grant <email> [--name "Full Name"]
//   npm run platform -- revoke <email>
//   npm run platform -- list
// A platform administrator creates councils and sets their region at /platform.
import os from 'node:os';
import { createPrismaClient } from '../lib/db/connection';
import { applyMigrations } from '../lib/db/migrate';
import { grantPlatformAdmin, listPlatformAdmins, revokePlatformAdmin } from '../lib/platform/grants';
import { openForMaintenance } from './maintenance';

const usage = 'Usage: npm run platform -- grant <email> [--name "Full Name"] | revoke <email> | list';

async function main(): Promise<void> {
  const [command, email, ...rest] = process.argv.slice(2);
  const nameAt = rest.indexOf('--name');
  const name = nameAt >= 0 ? rest[nameAt + 1] : undefined;
  if (!command || (command !== 'list' && !email)) {
    console.error(usage);
    process.exit(2);
  }
  const db = await openForMaintenance('npm run platform');
  const prisma = createPrismaClient(db);
  try {
    await applyMigrations(db, () => {});
    if (command === 'grant') console.log(await grantPlatformAdmin(prisma, email!, { name, grantedBy: os.userInfo().username }));
    else if (command === 'revoke') console.log(await revokePlatformAdmin(prisma, email!));
    else if (command === 'list') {
      const admins = await listPlatformAdmins(prisma);
      console.log(admins.length ? admins.join('\n') : 'No platform administrators yet. Grant one with: npm run platform -- grant <email> --name "Full Name"');
    } else {
      console.error(usage);
      process.exitCode = 2;
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

void main();

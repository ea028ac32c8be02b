// Serves the production build for the browser tests on a throwaway embedded database,
// with mail going to a local SMTP sink whose messages the tests read from E2E_MAIL_DIR
// (under a folder named after the port, as two servers may run). The database holds a copy
// of the demo councils for each spec file named in E2E_COUNCILS (tests/e2e/councils.ts).
// The developer's own .data and the working tree are never touched.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMailSink } from '../../lib/mail/sink';
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, TENANT_A, startEntraLikeTenants } from '../oidc/entra-like-tenant';

const port = process.argv[2] ?? '3100';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabled-e2e-'));
const mailDir = path.join(process.env.E2E_MAIL_DIR ?? path.join(dataDir, 'mail'), port);
const councils = (process.env.E2E_COUNCILS ?? '').split(',').filter(Boolean);
process.env.TABLED_DATA_DIR = path.join(dataDir, 'pglite');
process.env.FILE_STORAGE_DIR = path.join(dataDir, 'files');
process.env.NEXTAUTH_SECRET ??= 'e2e-only-secret-not-for-production-use';
process.env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
process.env.OUTBOX_INTERVAL_MS = '300';
// no demo under the published slugs: each spec file has its own copy (seedCopies)
process.env.TABLED_SEED_DEMO = 'false';
delete process.env.DATABASE_URL;

async function main() {
  fs.rmSync(mailDir, { recursive: true, force: true });
  if (process.env.TABLED_TEST_CLOCK_FILE) fs.writeFileSync(process.env.TABLED_TEST_CLOCK_FILE, '0');
  const sink = await startMailSink({ port: 0, dir: mailDir });
  process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
  // A real OpenID provider laid out like Entra ID, with two directories; the app is
  // configured for the first only (tests/e2e/entra-sign-in.spec.ts).
  const tenants = await startEntraLikeTenants({ port: Number(process.env.E2E_OIDC_PORT ?? Number(port) + 1000), appUrl: process.env.NEXTAUTH_URL! });
  Object.assign(process.env, {
    ENTRA_AUTHORITY_URL: tenants.base,
    ENTRA_CLIENT_ID: OIDC_CLIENT_ID,
    ENTRA_CLIENT_SECRET: OIDC_CLIENT_SECRET,
    ENTRA_TENANT_IDS: TENANT_A,
  });
  const { prepareDatabase } = await import('../../scripts/prepare-db');
  await prepareDatabase();
  await seedCopies(councils);
  const server = spawn('npx', ['tsx', 'scripts/serve.ts', port, '127.0.0.1'], { stdio: 'inherit', env: process.env });
  const cleanUp = () => fs.rmSync(dataDir, { recursive: true, force: true });
  const stop = () => {
    server.kill('SIGTERM');
    void sink.close();
    void tenants.close();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.on('exit', (code) => {
    cleanUp();
    process.exit(code ?? 0);
  });
}

/** A copy of the demo councils for each tag, before the app opens the embedded database. */
async function seedCopies(tags: string[]) {
  const { createPrismaClient, openDatabase, ownerTarget } = await import('../../lib/db/connection');
  const { seedDemo } = await import('../../prisma/seed/demo');
  const db = await openDatabase(ownerTarget());
  const prisma = createPrismaClient(db);
  try {
    const started = Date.now();
    for (const tag of tags) await seedDemo(prisma, { tag });
    console.log(`Seeded ${tags.length} copies of the demo councils in ${Date.now() - started} ms`);
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

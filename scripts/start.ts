// npm start: prepares the database (migrations, and the demo council on an empty
// database), builds the app when the source has changed since the last build, prints
// the demo sign-in details, and serves on http://localhost:3000 (PORT to change) with one
// worker per core (scripts/serve.ts; WEB_CONCURRENCY to choose, one on the embedded database).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from './prepare-db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../prisma/seed/demo-credentials';
import { databaseUrl } from '../lib/db/config';
import { startMailSink } from '../lib/mail/sink';
import { serveCluster } from './serve';

const root = process.cwd();
const port = process.env.PORT ?? '3000';

/** A development secret kept beside the embedded database, so sessions survive a restart. */
function ensureAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  if (process.env.NODE_ENV === 'production' && databaseUrl()) {
    throw new Error('Set NEXTAUTH_SECRET: a server deployment must not rely on a generated secret.');
  }
  const file = path.join(root, '.data', 'auth-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}

/** Fingerprint of everything the build reads, so a pulled change is rebuilt and nothing else is. */
function sourceFingerprint(): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${full}:${fs.statSync(full).size}:${fs.statSync(full).mtimeMs}\n`);
    }
  };
  for (const dir of ['app', 'components', 'lib', 'public', 'prisma']) walk(path.join(root, dir));
  for (const file of ['package-lock.json', 'next.config.ts', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json']) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) hash.update(`${file}:${fs.statSync(full).mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function buildIfNeeded() {
  const stampFile = path.join(root, '.next', 'tabled-source-fingerprint');
  const fingerprint = sourceFingerprint();
  const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === fingerprint;
  if (built && !process.argv.includes('--rebuild')) return;
  console.log('Building the app (a minute or two, once per change)…');
  // the Node running this script (Node 24 from node_modules/.bin under npm), not whatever npx finds
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stampFile, fingerprint);
}

/**
 * With no SMTP_URL, mail (invitations, sign-in links) goes to a local SMTP sink that
 * keeps each message as a file, so nothing leaves the machine and nothing is lost.
 */
async function ensureMail(): Promise<string> {
  if (process.env.SMTP_URL) return `Mail goes to ${new URL(process.env.SMTP_URL).host}.`;
  const dir = path.join(root, '.data', 'mail');
  try {
    const sink = await startMailSink({ port: Number(process.env.MAIL_SINK_PORT ?? 2525), dir });
    process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
    return `Mail is caught by a local SMTP sink: each message is a .eml file in ${path.relative(root, dir)}/.`;
  } catch (error) {
    return `Mail sink not started (${(error as Error).message}); set SMTP_URL to send mail.`;
  }
}

async function main() {
  ensureAuthSecret();
  const mailNote = await ensureMail();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const { seeded } = await prepareDatabase();
  buildIfNeeded();
  console.log(`
Tabled is starting on http://localhost:${port} (${databaseUrl() ? 'PostgreSQL server' : 'embedded database in .data/pglite'}, Node ${process.version}).
${seeded ? 'The demo councils were created just now.' : ''}
${mailNote}
Demo sign-in (password for all: ${DEMO_PASSWORD})
  Board administrator  ${DEMO_ACCOUNTS.administrator}
  Independent Chair    ${DEMO_ACCOUNTS.chair}
  Board member         ${DEMO_ACCOUNTS.member}
  Second council       ${DEMO_ACCOUNTS.trustAdministrator}
  Platform (councils)  ${DEMO_ACCOUNTS.platformAdministrator}
`);
  const { workers } = await serveCluster({ port: Number(port), hostname: process.env.HOST });
  console.log(`Serving with ${workers} worker${workers === 1 ? '' : 's'}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

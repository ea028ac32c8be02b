// npm run soak -- [options]: serves the production build on a throwaway embedded database
// with the demo councils (or on --server URL), signs in as the demo administrator, and
// loads a set of pages with autocannon on loopback while it samples the app's resident
// memory (RSS, the whole process group). Reports RSS before, at its peak and on average
// during the load, and after the load has stopped and the app has settled, so a leak
// (memory that keeps growing, or never comes back) shows as a number.
//
//   --connections N   concurrent connections (default 50)
//   --duration S      seconds of load (default 30)
//   --settle S        seconds after the load before the last sample (default 15)
//   --rounds N        load rounds, each followed by a settle sample (default 2)
//   --port N          loopback port for the app (default 39510)
//   --server URL      a PostgreSQL server to seed a soak_* database on (dropped afterwards)
//   --skip-build      use the existing build
//   --dist-dir DIR    the build folder (default .next; inside the project, as NEXT_DIST_DIR)
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureSession, sessionCookie, startApp, type AppDatabase } from '../bench/app';
import { createPrismaClient, openDatabase } from '../lib/db/connection';
import { applyMigrations } from '../lib/db/migrate';
import { seedDemo } from '../prisma/seed/demo';
import { DEMO_ACCOUNTS } from '../prisma/seed/demo-credentials';

/** Which process of the app this is: tsx's launcher (the group leader), the cluster's primary, or worker N. */
function roleOf(pid: number, pgid: number): string {
  if (pid === pgid) return 'launcher';
  try {
    const slot = /(?:^|\0)TABLED_WORKER_SLOT=(\d+)/.exec(fs.readFileSync(`/proc/${pid}/environ`, 'utf8'))?.[1];
    return slot ? `worker ${slot}` : 'primary';
  } catch {
    return 'process';
  }
}

/** Resident memory in MB of each process in a process group (Linux /proc): the launcher, the cluster's primary and its workers. */
export function processRssMb(pgid: number): { pid: number; name: string; rssMb: number }[] {
  const out: { pid: number; name: string; rssMb: number }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid && Number(entry) !== pgid) continue; // fields[2]: pgrp
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      out.push({ pid: Number(entry), name: roleOf(Number(entry), pgid), rssMb: Math.round(kb / 1024) });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** Resident memory in MB of a process and everything in its process group. */
export function groupRssMb(pgid: number): number {
  return processRssMb(pgid).reduce((n, p) => n + p.rssMb, 0);
}

/** "launcher 55 + primary 70 + worker 1 560" */
const perProcess = (pgid: number) =>
  processRssMb(pgid)
    .map((p) => `${p.name} ${p.rssMb}`)
    .join(' + ');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '50' },
      duration: { type: 'string', default: '30' },
      settle: { type: 'string', default: '15' },
      rounds: { type: 'string', default: '2' },
      port: { type: 'string', default: '39510' },
      server: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      'dist-dir': { type: 'string', default: '.next' },
    },
  });
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const settle = Number(values.settle);
  const rounds = Number(values.rounds);
  const port = Number(values.port);
  const distDir = values['dist-dir'];
  if (!values['skip-build'] || !fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    const built = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir } });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tabled-soak-'));
  let database: AppDatabase;
  let dropServer: (() => Promise<void>) | null = null;
  if (values.server) {
    const name = `soak_${Date.now()}`;
    const admin = await openDatabase({ kind: 'server', url: values.server, poolSize: 1 });
    await admin.exec(`CREATE DATABASE ${name}`);
    const url = new URL(values.server);
    url.pathname = `/${name}`;
    database = { kind: 'server', url: url.toString() };
    dropServer = async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
  } else {
    database = { kind: 'embedded', dataDir: path.join(work, 'pglite') };
  }
  const db = await openDatabase(database.kind === 'server' ? { kind: 'server', url: database.url } : { kind: 'embedded', dataDir: database.dataDir });
  const prisma = createPrismaClient(db);
  console.log('Seeding the demo councils…');
  await applyMigrations(db);
  await seedDemo(prisma);
  const person = await prisma.person.findFirstOrThrow({ where: { email: DEMO_ACCOUNTS.administrator }, select: { id: true } });
  const sessionId = crypto.randomUUID();
  await ensureSession(db, person.id, sessionId);
  const boards = await db.query<{ slug: string }>(
    `SELECT b.slug FROM "Board" b JOIN "Council" c ON c.id = b."councilId" WHERE c.slug = 'northbridge' ORDER BY b.slug LIMIT 2`,
  );
  await prisma.$disconnect();
  await db.close(); // the app opens the embedded database itself

  const secret = crypto.randomBytes(32).toString('base64url');
  const cookie = await sessionCookie(person.id, sessionId, secret);
  // The operators' health check reports where the memory is (JS heap or outside it).
  const healthToken = crypto.randomBytes(16).toString('hex');
  process.env.HEALTH_TOKEN = healthToken;
  // so that the heap can be measured after a full collection (what is retained, not garbage)
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim();
  const app = await startApp({ port, distDir, database, secret, logFile: path.join(work, 'app.log'), poolSize: 10 });
  const breakdown = async () => {
    const res = await fetch(`${app.origin}/api/health/details?gc=1`, { headers: { authorization: `Bearer ${healthToken}` } }).catch(() => null);
    const body = (await res?.json().catch(() => null)) as { memoryMb?: Record<string, number> } | null;
    const m = body?.memoryMb;
    return m ? `after GC: JS heap ${m.heapUsed}/${m.heapTotal} MB, external ${m.external} MB (array buffers ${m.arrayBuffers} MB)` : undefined;
  };
  const pages = [
    '/northbridge',
    ...boards.flatMap((b) => [`/northbridge/boards/${b.slug}`, `/northbridge/boards/${b.slug}/actions`, `/northbridge/boards/${b.slug}/risks`]),
    '/api/health',
  ];
  const pgid = app.child.pid!;
  const report: { phase: string; rssMb: number; note?: string }[] = [];
  try {
    for (const page of pages) await fetch(`${app.origin}${page}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
    const warm = await breakdown();
    report.push({ phase: 'before load (warmed up, GC)', rssMb: groupRssMb(pgid), note: `${perProcess(pgid)}; ${warm}` });
    for (let round = 1; round <= rounds; round += 1) {
      const samples: number[] = [];
      const peaks = new Map<string, number>();
      const sampler = setInterval(() => {
        const now = processRssMb(pgid);
        samples.push(now.reduce((n, p) => n + p.rssMb, 0));
        for (const p of now) peaks.set(p.name, Math.max(peaks.get(p.name) ?? 0, p.rssMb));
      }, 500);
      const results = await Promise.all(
        pages.map(
          (page) =>
            new Promise<autocannon.Result>((resolve, reject) =>
              autocannon(
                { url: `${app.origin}${page}`, connections: Math.max(1, Math.round(connections / pages.length)), duration, headers: { cookie } },
                (error, result) => (error ? reject(error) : resolve(result)),
              ),
            ),
        ),
      );
      clearInterval(sampler);
      const requests = results.reduce((n, r) => n + r.requests.total, 0);
      const non2xx = results.reduce((n, r) => n + r.non2xx, 0);
      report.push({
        phase: `round ${round}: peak during load`,
        rssMb: Math.max(...samples),
        note: `${requests} requests at c=${connections}, ${non2xx} not 2xx; peak of each: ${[...peaks].map(([n, mb]) => `${n} ${mb}`).join(', ')}`,
      });
      report.push({ phase: `round ${round}: mean during load`, rssMb: Math.round(samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length)) });
      await sleep(settle * 1000);
      report.push({ phase: `round ${round}: ${settle} s after load`, rssMb: groupRssMb(pgid), note: perProcess(pgid) });
      // what a full collection gives back: memory kept only because V8 had not collected yet
      const heap = await breakdown();
      report.push({ phase: `round ${round}: after a full GC`, rssMb: groupRssMb(pgid), note: `${perProcess(pgid)}; ${heap}` });
    }
  } finally {
    await app.stop();
    await dropServer?.();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nRSS of the app (${database.kind} database), MB`);
  for (const r of report) console.log(`  ${r.phase.padEnd(32)} ${String(r.rssMb).padStart(6)}${r.note ? `   ${r.note}` : ''}`);
  const after = report.filter((r) => r.phase.includes('after a full GC')).map((r) => r.rssMb);
  if (after.length > 1)
    console.log(
      `  growth from round 1 to round ${after.length} after settling: ${after[after.length - 1]! - after[0]!} MB (a leak keeps growing round after round)`,
    );
}

if (process.argv[1]?.endsWith('soak.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

// npm run bench -- [options]: builds the production app, seeds the big council, serves it
// with `next start`, measures every page against two baselines on both databases, counts
// the SQL statements of each page at three data sizes, and writes the report.
// See bench/README.md for what each figure means. Over 300 lines on purpose: one run, top to
// bottom, in the order it happens.
//
//   --requests N        most requests per page and concurrency (default 200)
//   --duration S        most seconds per page and concurrency (default 6)
//   --warmup N          requests per page before timing (default 10)
//   --concurrency LIST  default 1,10
//   --growth LIST       data scales for the statement counts and growth runs (default 0.1,1,10)
//   --server URL        the PostgreSQL server (default postgresql://root@127.0.0.1:5432/postgres);
//                       bench_* databases are created on it and dropped afterwards
//   --port N            first of three loopback ports (default 3300: app, ceiling, wire counter)
//   --councils N        neighbouring councils (default 40)
//   --pages KEYS        only these pages (comma-separated keys from bench/pages.ts)
//   --skip-build        reuse the build in .next-bench
//   --keep-build        leave .next-bench in place afterwards
//   --no-embedded       skip the embedded database
//   --no-growth         only the default size
//   --workers N         cluster workers for the "all workers" runs (default: one per core); every
//                       page is also timed on one worker in the same run, side by side
//   --app-node PATH     run the app on this Node binary (e.g. /usr/bin/node for Node 20), to
//                       compare Node lines; the report records the version the app ran on
//   --cpu-prof          profile the app's workers during the timed server runs; the profiles are
//                       written to the run's log folder (read them with bench/cpu-profile.mjs)
//   --out FILE          default bench/results/latest.json
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { ensureSession, sessionCookie, startApp, type AppDatabase } from '../bench/app';
import { dropServerDatabase, openTarget, seedTarget, defaultSeedRequest, withDatabase, type BenchTarget } from '../bench/databases';
import { firstLoadJs, splitShared } from '../bench/js-size';
import { cpuMs, processTree, rssMb, workerPids } from '../bench/proc';
import { load, type LoadResult } from '../bench/load';
import { PAGES, type PageDef, type SeedInfo } from '../bench/pages';
import { PgCounter, countStatements, type Recorded } from '../bench/pg-counter';
import { replayEmbedded, replayOnServer, toTransactions } from '../bench/replay';
import { renderTables, type GrowthReport, type PageReport, type Report, type TargetReport } from '../bench/report';
import { describeSeed, idGenerator } from '../prisma/seed/bench/seed';

const root = process.cwd();
const DIST_DIR = '.next-bench';
const WORK = path.join(root, '.data', 'bench');

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    duration: { type: 'string', default: '6' },
    warmup: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '1,10' },
    growth: { type: 'string', default: '0.1,1,10' },
    server: { type: 'string', default: process.env.BENCH_SERVER_URL ?? 'postgresql://root@127.0.0.1:5432/postgres' },
    port: { type: 'string', default: '3300' },
    councils: { type: 'string', default: '40' },
    pages: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    'keep-build': { type: 'boolean', default: false },
    'no-embedded': { type: 'boolean', default: false },
    'no-growth': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join('bench', 'results', 'latest.json') },
    workers: { type: 'string' },
    'app-node': { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
  },
});

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const opts = {
  requests: Number(args.requests),
  seconds: Number(args.duration),
  warmup: Number(args.warmup),
  concurrency: list(args.concurrency).map(Number),
  scales: args['no-growth'] ? [1] : [...new Set([1, ...list(args.growth).map(Number)])].sort((a, b) => a - b),
  server: args.server,
  port: Number(args.port),
  councils: Number(args.councils),
  pages: args.pages ? PAGES.filter((p) => list(args.pages ?? '').includes(p.key)) : PAGES,
  embedded: !args['no-embedded'],
  workers: Number(args.workers ?? os.availableParallelism()),
  appNode: args['app-node'] ?? process.execPath,
};
const appNodeVersion = spawnSync(opts.appNode, ['--version'], { encoding: 'utf8' }).stdout.trim();
const top = Math.max(...opts.concurrency);
const ports = { app: opts.port, ceiling: opts.port + 1, counter: opts.port + 2 };
const runId = `${Date.now().toString(36)}`;
const secret = crypto.randomBytes(32).toString('base64url');
const sessionId = idGenerator(999)();
const logDir = path.join(WORK, 'logs', runId);
const t0 = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${line}`);
const cleanups: (() => Promise<void> | void)[] = [];
const scaleKey = (s: number) => String(s);

function gitInfo() {
  const sha = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim().length > 0;
  return { sha, dirty };
}

/** `next build` into .next-bench. Next rewrites tsconfig.json and next-env.d.ts for a new dist dir: both are put back. */
function build(): number {
  const started = Date.now();
  const keep = ['tsconfig.json', 'next-env.d.ts'].map((f) => ({ f, text: fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : null }));
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, 'build.log');
  try {
    const r = spawnSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    fs.writeFileSync(logFile, `${r.stdout ?? ''}\n${r.stderr ?? ''}`);
    if (r.status !== 0) throw new Error(`next build failed (see ${logFile}):\n${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}`);
  } finally {
    for (const { f, text } of keep) {
      if (text === null) continue;
      if (!fs.existsSync(f) || fs.readFileSync(f, 'utf8') !== text) fs.writeFileSync(f, text);
    }
  }
  return (Date.now() - started) / 1000;
}

async function prepareSession(target: BenchTarget): Promise<SeedInfo & { adminPersonId: string }> {
  const db = await openTarget(target);
  try {
    const info = await db.withSession((s) => describeSeed(s, 'bench-big'));
    if (!info) throw new Error('the seeded council was not found');
    await ensureSession(db, info.adminPersonId, sessionId);
    return info;
  } finally {
    await db.close();
  }
}

async function fetchPage(origin: string, url: string, cookie: string) {
  const res = await fetch(origin + url, { headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
  const body = await res.text();
  return { status: res.status, body };
}

const pagesToMeasure = () => opts.pages.filter((p): p is PageDef & { path: NonNullable<PageDef['path']> } => p.path !== null);

/** One request per sample through the wire counter; returns statements and the HTML of the last sample. */
async function countPhase(serverUrl: string, info: SeedInfo & { adminPersonId: string }, cookie: string, samples: number, label: string) {
  const upstream = new URL(serverUrl);
  const counter = new PgCounter({ host: upstream.hostname, port: Number(upstream.port || 5432) }, ports.counter);
  await counter.start();
  const proxied = new URL(serverUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(ports.counter);
  const app = await startApp({
    port: ports.app,
    distDir: DIST_DIR,
    database: { kind: 'server', url: proxied.toString() },
    secret,
    logFile: path.join(logDir, `app-count-${label}.log`),
    poolSize: 10,
    workers: 1,
    node: opts.appNode,
  });
  const out = new Map<string, { records: Recorded[]; samples: number[]; html: string; status: number }>();
  try {
    for (const page of pagesToMeasure()) {
      const url = page.path(info);
      for (let i = 0; i < 2; i++) await fetchPage(app.origin, url, cookie);
      // the fewest of a few samples: touchSession adds an UPDATE at most once a minute
      let records: Recorded[] | null = null;
      let last = { status: 0, body: '' };
      const totals: number[] = [];
      for (let i = 0; i < samples; i++) {
        counter.reset();
        last = await fetchPage(app.origin, url, cookie);
        await new Promise((r) => setTimeout(r, 50)); // let the proxy read the last messages
        const taken = counter.take();
        totals.push(taken.length);
        if (!records || taken.length < records.length) records = taken;
      }
      out.set(page.key, { records: records ?? [], samples: totals, html: last.body, status: last.status });
    }
  } finally {
    await app.stop();
    await counter.stop();
  }
  return out;
}

type TimedEntry = { byConcurrency: Record<string, LoadResult>; cpuMsPerRequest: Record<string, number>; status: number; bytes: number; html: string };
type RssReport = { workers: number; beforeMb: number[]; afterMb: number[]; settledMb?: number[] };

async function timedPhase(database: AppDatabase, info: SeedInfo, cookie: string, pages: PageDef[], concurrency: number[], label: string, workers: number) {
  const cpuProfDir = args['cpu-prof'] ? path.join(logDir, `cpu-${label}`) : undefined;
  const app = await startApp({
    port: ports.app,
    distDir: DIST_DIR,
    database,
    secret,
    logFile: path.join(logDir, `app-${label}.log`),
    poolSize: 10,
    workers,
    node: opts.appNode,
    cpuProfDir,
  });
  const out = new Map<string, TimedEntry>();
  const tree = () => processTree(app.child.pid!);
  const rss: RssReport = { workers, beforeMb: rssMb(workerPids(app.child.pid!)), afterMb: [] };
  try {
    for (const page of pages) {
      if (!page.path) continue;
      const url = page.path(info);
      const first = await fetchPage(app.origin, url, cookie);
      const entry: TimedEntry = { byConcurrency: {}, cpuMsPerRequest: {}, status: first.status, bytes: Buffer.byteLength(first.body), html: first.body };
      out.set(page.key, entry);
      if (first.status !== 200) {
        log(`  ${page.name}: HTTP ${first.status}, not timed`);
        continue;
      }
      await load(app.origin + url, { connections: 2, requests: opts.warmup, seconds: 4, headers: { cookie } });
      for (const c of concurrency) {
        const pids = tree();
        const cpu0 = cpuMs(pids);
        const r = await load(app.origin + url, { connections: c, requests: opts.requests, seconds: opts.seconds, headers: { cookie } });
        // the app's own CPU (primary and workers, all cores) per response
        const cpu = r.requests ? Math.round(((cpuMs([...new Set([...pids, ...tree()])]) - cpu0) / r.requests) * 10) / 10 : NaN;
        entry.byConcurrency[String(c)] = r;
        entry.cpuMsPerRequest[String(c)] = cpu;
        log(
          `  ${label} ${page.name} c=${c}: ${r.requests} req, ${r.rps} rps, p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms, ${cpu} ms CPU/req${r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`,
        );
      }
    }
    rss.afterMb = rssMb(workerPids(app.child.pid!));
    // and once idle: V8's memory reducer gives heap back some seconds after allocation stops
    await new Promise((r) => setTimeout(r, 12_000));
    rss.settledMb = rssMb(workerPids(app.child.pid!));
    return { out, rss, origin: app.origin, stop: () => app.stop() };
  } catch (error) {
    await app.stop();
    throw error;
  }
}

async function ceilingPhase(bodies: Map<string, string>): Promise<Map<string, Record<string, LoadResult>>> {
  const dir = path.join(WORK, 'ceiling', runId);
  fs.mkdirSync(dir, { recursive: true });
  for (const [key, html] of bodies) fs.writeFileSync(path.join(dir, `${key}.html`), html);
  const child = spawn(process.execPath, [path.join(root, 'bench', 'ceiling-server.mjs'), String(ports.ceiling), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  };
  cleanups.push(stop);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', () => reject(new Error('the ceiling server exited')));
  });
  const out = new Map<string, Record<string, LoadResult>>();
  try {
    for (const key of bodies.keys()) {
      const url = `http://127.0.0.1:${ports.ceiling}/${key}`;
      await load(url, { connections: 2, requests: 50, seconds: 2 });
      const by: Record<string, LoadResult> = {};
      for (const c of opts.concurrency)
        by[String(c)] = await load(url, { connections: c, requests: Math.max(opts.requests, 1000), seconds: Math.min(opts.seconds, 2) });
      out.set(key, by);
    }
  } finally {
    stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function main() {
  fs.mkdirSync(logDir, { recursive: true });
  const commit = gitInfo();
  const cpus = os.cpus();
  const report: Report = {
    generatedAt: new Date().toISOString(),
    commit,
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      appNode: appNodeVersion,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    parameters: {
      requests: opts.requests,
      seconds: opts.seconds,
      warmup: opts.warmup,
      concurrency: opts.concurrency,
      scales: opts.scales,
      councils: opts.councils,
      appPoolSize: 10,
      workers: opts.workers,
    },
    seconds: {},
    seeds: {},
    pages: opts.pages.map((p) => ({ key: p.key, name: p.name, path: null, status: p.path ? 'measured' : 'not built yet' })),
    growth: [],
    targets: [],
    notes: [],
    rss: {},
  };
  const page = (key: string) => report.pages.find((p) => p.key === key) as PageReport;

  if (!args['skip-build']) {
    log(`Building the production app into ${DIST_DIR} …`);
    report.seconds.build = build();
    log(`  built in ${report.seconds.build.toFixed(0)}s`);
  } else if (!fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) throw new Error(`--skip-build: no build in ${DIST_DIR}`);
  if (!args['keep-build']) cleanups.push(() => fs.rmSync(DIST_DIR, { recursive: true, force: true }));

  const serverDb = (scale: number) => withDatabase(opts.server, `bench_${runId}_x${String(scale).replace('.', '_')}`);
  const seedServer = async (scale: number) => {
    const url = serverDb(scale);
    cleanups.push(() => dropServerDatabase(url).catch(() => {}));
    const req = defaultSeedRequest({ kind: 'server', url }, (l) => log(l));
    Object.assign(req, { fresh: true, scale, councils: opts.councils });
    const summary = await seedTarget(req);
    report.seeds[`server ×${scale}`] = { seconds: summary.seconds, rows: summary.rows, size: summary.size };
    return url;
  };

  // ---------- PostgreSQL server, default size ----------
  const started = Date.now();
  const url1 = await seedServer(1);
  const info = await prepareSession({ kind: 'server', url: url1 });
  const cookie = await sessionCookie(info.adminPersonId, sessionId, secret);
  for (const p of opts.pages) if (p.path) page(p.key).path = p.path(info);

  log('Counting statements per request (server, default size) …');
  const counted = await countPhase(url1, info, cookie, 3, 'x1');
  for (const [key, c] of counted) {
    const p = page(key);
    if (c.status !== 200) {
      p.status = 'failed';
      p.error = `HTTP ${c.status}`;
    }
    p.statements = { [scaleKey(1)]: countStatements(c.records) };
    p.statementLog = c.records.map((r) => `#${r.connection} ${r.kind.padEnd(11)} ${r.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
    p.statementSamples = { [scaleKey(1)]: c.samples };
  }

  log(`Timing pages on the PostgreSQL server, ${opts.workers} worker${opts.workers === 1 ? '' : 's'} …`);
  const serverRun = await timedPhase(
    { kind: 'server', url: url1 },
    info,
    cookie,
    opts.pages.filter((p) => page(p.key).status === 'measured'),
    opts.concurrency,
    'server',
    opts.workers,
  );
  try {
    for (const [key, r] of serverRun.out) {
      const p = page(key);
      p.server = r.byConcurrency;
      p.cpuMsPerRequest = r.cpuMsPerRequest;
      p.bytes = r.bytes;
      if (r.status === 200) p.js = await firstLoadJs(serverRun.origin, r.html);
    }
  } finally {
    await serverRun.stop();
  }
  report.rss[`server, ${opts.workers} workers`] = serverRun.rss;
  splitShared(report.pages.flatMap((p) => (p.js ? [p.js] : [])));
  if (opts.workers > 1) {
    log('Timing pages on the PostgreSQL server, 1 worker (side by side) …');
    const oneRun = await timedPhase(
      { kind: 'server', url: url1 },
      info,
      cookie,
      opts.pages.filter((p) => page(p.key).status === 'measured'),
      opts.concurrency,
      'server-1-worker',
      1,
    );
    await oneRun.stop();
    for (const [key, r] of oneRun.out) {
      page(key).serverOneWorker = r.byConcurrency;
      page(key).cpuMsPerRequestOneWorker = r.cpuMsPerRequest;
    }
    report.rss['server, 1 worker'] = oneRun.rss;
  }
  report.seconds.server = (Date.now() - started) / 1000;

  log('Ceiling baseline: bare Node http with the same bytes …');
  const bodies = new Map<string, string>();
  for (const [key, r] of serverRun.out) if (r.status === 200) bodies.set(key, r.html);
  for (const [key, by] of await ceilingPhase(bodies)) page(key).ceiling = by;

  log("SQL baseline: each page's statements replayed with pg …");
  for (const [key, c] of counted) {
    if (c.status !== 200) continue;
    const txns = toTransactions(c.records);
    const by: Record<string, LoadResult> = {};
    for (const conc of opts.concurrency)
      by[String(conc)] = await replayOnServer(url1, txns, { connections: conc, requests: opts.requests, seconds: Math.min(opts.seconds, 3) });
    page(key).sqlServer = by;
    log(`  ${page(key).name}: p50 ${by['1']?.p50} ms at c=1, ${by[String(top)]?.p50} ms at c=${top}`);
  }

  // ---------- embedded PGlite, default size ----------
  if (opts.embedded) {
    const t = Date.now();
    const dataDir = path.join(WORK, `pglite-${runId}`);
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const req = defaultSeedRequest({ kind: 'embedded', dataDir }, (l) => log(l));
    Object.assign(req, { fresh: true, scale: 1, councils: opts.councils });
    const summary = await seedTarget(req);
    report.seeds['embedded ×1'] = { seconds: summary.seconds, rows: summary.rows, size: summary.size };
    const einfo = await prepareSession({ kind: 'embedded', dataDir });
    if (einfo.meetingId !== info.meetingId)
      report.notes.push("The embedded seed has different ids from the server seed; its SQL baseline replays the server's captured statements.");
    log('Timing pages on the embedded database …');
    const ecookie = await sessionCookie(einfo.adminPersonId, sessionId, secret);
    const embeddedRun = await timedPhase(
      { kind: 'embedded', dataDir },
      einfo,
      ecookie,
      opts.pages.filter((p) => page(p.key).status === 'measured'),
      opts.concurrency,
      'embedded',
      1,
    );
    await embeddedRun.stop();
    for (const [key, r] of embeddedRun.out) page(key).embedded = r.byConcurrency;
    log('SQL baseline on the embedded database …');
    const pglite = new PGlite(dataDir);
    await pglite.waitReady;
    try {
      for (const [key, c] of counted) {
        if (c.status !== 200) continue;
        const txns = toTransactions(c.records);
        const by: Record<string, LoadResult> = {};
        for (const conc of opts.concurrency)
          by[String(conc)] = await replayEmbedded(pglite, txns, { connections: conc, requests: opts.requests, seconds: Math.min(opts.seconds, 3) });
        page(key).sqlEmbedded = by;
      }
    } finally {
      await pglite.close();
    }
    report.seconds.embedded = (Date.now() - t) / 1000;
  }
  await dropServerDatabase(url1);

  // ---------- growth: statement counts and the log pages at other sizes ----------
  const growthP95 = new Map<string, Record<string, number>>();
  for (const p of opts.pages) {
    const r = page(p.key).server?.[String(top)];
    if (p.growth && r) growthP95.set(p.key, { [scaleKey(1)]: r.p95 });
  }
  for (const scale of opts.scales.filter((s) => s !== 1)) {
    const t = Date.now();
    const url = await seedServer(scale);
    const sinfo = await prepareSession({ kind: 'server', url });
    const scookie = await sessionCookie(sinfo.adminPersonId, sessionId, secret);
    log(`Counting statements per request at ×${scale} …`);
    const c = await countPhase(url, sinfo, scookie, 2, `x${scale}`);
    for (const [key, r] of c) {
      const p = page(key);
      if (!p.statements || !p.statementSamples) continue;
      p.statements[scaleKey(scale)] = countStatements(r.records);
      p.statementSamples[scaleKey(scale)] = r.samples;
      if (r.status !== 200) report.notes.push(`${p.name} answered HTTP ${r.status} at ×${scale}.`);
    }
    log(`Timing the growth pages at ×${scale} …`);
    const run = await timedPhase(
      { kind: 'server', url },
      sinfo,
      scookie,
      opts.pages.filter((p) => p.growth && page(p.key).status === 'measured'),
      [top],
      `server-x${scale}`,
      opts.workers,
    );
    await run.stop();
    for (const [key, r] of run.out) {
      const p95 = r.byConcurrency[String(top)]?.p95;
      if (p95 !== undefined) growthP95.set(key, { ...(growthP95.get(key) ?? {}), [scaleKey(scale)]: p95 });
    }
    await dropServerDatabase(url);
    report.seconds[`growth ×${scale}`] = (Date.now() - t) / 1000;
  }
  const smallest = scaleKey(Math.min(...opts.scales));
  const largest = scaleKey(Math.max(...opts.scales));
  for (const [key, p95] of growthP95) {
    const g: GrowthReport = {
      key,
      name: page(key).name,
      concurrency: top,
      p95,
      smallestToLargest: p95[smallest] && p95[largest] && smallest !== largest ? p95[largest] / p95[smallest] : null,
      defaultToLargest: p95['1'] && p95[largest] && largest !== '1' ? p95[largest] / p95['1'] : null,
    };
    report.growth.push(g);
  }

  // ---------- targets ----------
  const measured = report.pages.filter((p) => p.status === 'measured');
  const slow = measured.filter((p) => !(p.server?.[String(top)]?.p95 !== undefined && (p.server[String(top)] as LoadResult).p95 < 100));
  const targets: TargetReport[] = [];
  targets.push({
    target: `every listed page p95 < 100 ms at c=${top} on the PostgreSQL server`,
    met: slow.length === 0 && report.pages.every((p) => p.status !== 'failed'),
    detail: slow.length ? `over: ${slow.map((p) => `${p.name} ${p.server?.[String(top)]?.p95 ?? '?'} ms`).join('; ')}` : 'all under',
  });
  const chatty = measured.filter((p) => (p.statements?.['1']?.data ?? 0) > 12);
  targets.push({
    target: 'no page issues more than 12 SQL statements (data statements; tenant setup and BEGIN/COMMIT are listed apart)',
    met: chatty.length === 0,
    detail: chatty.length
      ? `over: ${chatty.map((p) => `${p.name} ${p.statements?.['1']?.data} (${p.statements?.['1']?.total} with BEGIN/COMMIT/set_config)`).join('; ')}`
      : `all at or under 12; with BEGIN/COMMIT/set_config the most is ${Math.max(...measured.map((p) => p.statements?.['1']?.total ?? 0))}`,
  });
  const growing = measured.filter((p) => {
    const counts = Object.values(p.statements ?? {});
    return counts.some((c) => c.total !== counts[0]?.total || c.data !== counts[0]?.data);
  });
  targets.push({
    target: `no page's statement count grows with the data (×${opts.scales.join(', ×')})`,
    met: growing.length === 0 && opts.scales.length > 1,
    detail:
      opts.scales.length < 2
        ? 'not measured (--no-growth)'
        : growing.length
          ? `changes: ${growing.map((p) => p.name).join('; ')}`
          : 'identical at every size: no N+1',
  });
  const actions = report.growth.find((g) => g.key === 'actions');
  targets.push({
    target: 'action log p95 at ten times the data within 1.5× of the default',
    met: actions?.p95['10'] !== undefined && actions.p95['1'] !== undefined && actions.p95['10'] / actions.p95['1'] <= 1.5,
    detail:
      actions?.p95['10'] !== undefined && actions.p95['1']
        ? `${actions.p95['10']} ms vs ${actions.p95['1']} ms = ${(actions.p95['10'] / actions.p95['1']).toFixed(2)}×`
        : 'not measured',
  });
  const heavy = measured.filter((p) => (p.js?.gzipBytes ?? 0) > 150 * 1024);
  targets.push({
    target: 'no route ships more than 150 KB of first-load JS, gzipped',
    met: heavy.length === 0 && measured.every((p) => p.js),
    detail: heavy.length
      ? `over: ${heavy.map((p) => `${p.name} ${((p.js?.gzipBytes ?? 0) / 1024).toFixed(1)} KB`).join('; ')}`
      : `largest ${(Math.max(...measured.map((p) => p.js?.gzipBytes ?? 0)) / 1024).toFixed(1)} KB`,
  });
  const oneTxn = measured.filter((p) => (p.statements?.['1']?.transactions ?? 99) > 2);
  targets.push({
    target: 'at most 2 transactions per page',
    met: oneTxn.length === 0 && measured.length > 0,
    detail: oneTxn.length ? `over: ${oneTxn.map((p) => `${p.name} ${p.statements?.['1']?.transactions}`).join('; ')}` : 'all at or under 2',
  });
  const slowAt1 = measured.filter((p) => !((p.server?.['1']?.p95 ?? Infinity) < 20));
  targets.push({
    target: 'every listed page p95 < 20 ms at c=1',
    met: slowAt1.length === 0 && measured.length > 0,
    detail: slowAt1.length ? `over: ${slowAt1.map((p) => `${p.name} ${p.server?.['1']?.p95 ?? '?'} ms`).join('; ')}` : 'all under',
  });
  const lowShare = measured.filter((p) => {
    const a = p.server?.[String(top)]?.rps;
    const b = p.ceiling?.[String(top)]?.rps;
    return !(a !== undefined && b && a / b >= 0.02);
  });
  targets.push({
    target: `page throughput at c=${top} at least 2% of the bare-HTTP ceiling`,
    met: lowShare.length === 0 && measured.length > 0,
    detail: lowShare.length
      ? `under: ${lowShare.map((p) => `${p.name} ${(((p.server?.[String(top)]?.rps ?? 0) / (p.ceiling?.[String(top)]?.rps ?? 1)) * 100).toFixed(2)}%`).join('; ')}`
      : 'all at or over 2%',
  });
  // "back under" 400 MB after load: measured 12 s after the last request, once the heap has had a chance to shrink
  const rssAfter = Object.entries(report.rss).flatMap(([label, r]) => (r.settledMb ?? r.afterMb).map((mb) => ({ label, mb })));
  const fat = rssAfter.filter((x) => x.mb >= 400);
  targets.push({
    target: 'RSS per worker back under 400 MB after load (12 s after the last request)',
    met: rssAfter.length > 0 && fat.length === 0,
    detail: rssAfter.length
      ? fat.length
        ? `over: ${fat.map((x) => `${x.label} ${x.mb} MB`).join('; ')}`
        : `largest ${Math.max(...rssAfter.map((x) => x.mb))} MB`
      : 'not measured',
  });
  report.targets = targets;
  for (const p of report.pages.filter((x) => x.status === 'not built yet')) report.notes.push(`${p.name}: not built yet, so not measured.`);
  for (const g of report.growth) {
    for (const [scale, p95] of Object.entries(g.p95)) {
      if (p95 === null || Number.isNaN(p95)) report.notes.push(`${g.name} at ×${scale}: no response completed within ${opts.seconds}s at c=${top}.`);
    }
  }
  const loads = measured.flatMap((p) => Object.values(p.server ?? {}).map((r) => r.load1));
  const busiest = Math.max(0, ...loads);
  if (busiest > report.machine.cpus) {
    report.notes.push(
      `The machine was busy during the timed runs (1-minute load average up to ${busiest.toFixed(1)} on ${report.machine.cpus} CPUs): other work competed for the CPUs, so latencies are inflated; the ratios to baselines measured minutes apart are less reliable than usual.`,
    );
  }
  report.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  report.seconds.total = (Date.now() - t0) / 1000;

  const text = renderTables(report);
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  const runsDir = path.join('bench', 'results', 'runs');
  fs.mkdirSync(runsDir, { recursive: true });
  fs.writeFileSync(path.join(runsDir, `${report.generatedAt.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${text}\n`);
  log(`Report written to ${args.out} (${report.seconds.total.toFixed(0)}s in all; logs in ${path.relative(root, logDir)})`);
}

async function cleanUp() {
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch {
      /* keep cleaning */
    }
  }
  cleanups.length = 0;
}

process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));
process.on('SIGTERM', () => void cleanUp().then(() => process.exit(143)));

main()
  .then(cleanUp)
  .catch(async (error) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  });

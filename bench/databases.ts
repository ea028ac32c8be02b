// Where the benchmark's data lives: a PGlite directory, or a bench_* database on a
// PostgreSQL server that the benchmark creates and drops itself.
import fs from 'node:fs';
import pg from 'pg';
import { createPrismaClient, openDatabase, type Database } from '../lib/db/connection';
import { applyMigrations } from '../lib/db/migrate';
import { verifyAuditChains } from '../lib/audit/verify';
import { DEFAULT_SIZE, NEIGHBOUR_SIZE, seedBench, type CouncilSize, type SeedSummary } from '../prisma/seed/bench/seed';

export type BenchTarget = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string };

export function describeTarget(t: BenchTarget): string {
  return t.kind === 'server' ? `PostgreSQL server ${redact(t.url)}` : `embedded PGlite in ${t.dataDir}`;
}

export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function assertBenchName(name: string): void {
  if (!/^bench_[a-z0-9_]+$/.test(name)) throw new Error(`refusing to create or drop "${name}": benchmark databases are named bench_*`);
}

/** Drops (if there) and creates a bench_* database on the server of `url`. */
export async function recreateServerDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  assertBenchName(name);
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

export async function dropServerDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  assertBenchName(name);
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export async function openTarget(t: BenchTarget): Promise<Database> {
  return t.kind === 'server' ? openDatabase({ kind: 'server', url: t.url, poolSize: 2 }) : openDatabase({ kind: 'embedded', dataDir: t.dataDir });
}

export type SeedRequest = {
  target: BenchTarget;
  fresh: boolean;
  slug: string;
  councils: number;
  scale: number;
  size: CouncilSize;
  verifyAudit: boolean;
  log: (line: string) => void;
};

export function defaultSeedRequest(target: BenchTarget, log: (line: string) => void): SeedRequest {
  return { target, fresh: false, slug: 'bench-big', councils: 40, scale: 1, size: { ...DEFAULT_SIZE }, verifyAudit: false, log };
}

/** Migrates and seeds a target; with `fresh`, empties it first. */
export async function seedTarget(req: SeedRequest): Promise<SeedSummary> {
  const { target, log } = req;
  if (req.fresh) {
    if (target.kind === 'server') await recreateServerDatabase(target.url);
    else fs.rmSync(target.dataDir, { recursive: true, force: true });
  }
  log(`Seeding ${describeTarget(target)} (scale ×${req.scale}, ${req.councils} neighbouring councils)`);
  const db = await openTarget(target);
  try {
    await applyMigrations(db);
    const summary = await db.withSession((session) =>
      seedBench(session, {
        slug: req.slug,
        councils: req.councils,
        size: req.size,
        scale: req.scale,
        neighbourSize: NEIGHBOUR_SIZE,
        now: new Date(),
        log,
      }),
    );
    if (req.verifyAudit) {
      const started = Date.now();
      const prisma = createPrismaClient(db);
      try {
        const [report] = await verifyAuditChains(prisma, req.slug);
        if (!report || report.brokenAt !== null)
          throw new Error(
            `bench seed: the audit chain of ${req.slug} is broken: ${JSON.stringify(report, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`,
          );
        log(`  audit chain of ${req.slug} verified: ${report.events} events (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      } finally {
        await prisma.$disconnect();
      }
    }
    log(`  seeded in ${summary.seconds.toFixed(1)}s`);
    return summary;
  } finally {
    await db.close();
  }
}

import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { fromPglite, type Db as QueueDb } from 'pg-boss';
import { PrismaClient } from './generated/prisma/client';
import { databaseUrl, embeddedDataDir, migrationDatabaseUrl } from './config';
import { lockDataDir } from './data-dir-lock';
import { keepPrivate } from './private-files';
import { recordUnavailable } from './outage';

/**
 * One handle on the database whichever kind it is, with a raw SQL door for
 * migrations and benchmarks and a close that releases the embedded files.
 */
export type Database = {
  kind: 'embedded' | 'server';
  adapter: SqlMigrationAwareDriverAdapterFactory;
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn on one connection, for session state such as advisory locks or a role. */
  withSession<T>(fn: (session: Session) => Promise<T>): Promise<T>;
  /** The same database for the job queue (pg-boss): its statements share this pool or embedded instance. */
  queueDb: QueueDb;
  /** Runs before the database closes (the job queue stops first). */
  onClose(hook: () => Promise<void>): void;
  /** The embedded database's files as one archive, to start copies from (tests migrate once and copy) */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
};

export type Session = Pick<Database, 'exec' | 'query' | 'queueDb'>;

export type DatabaseTarget =
  | { kind: 'server'; url: string; poolSize?: number }
  /** dataDir undefined: in memory; loadDataDir: start (in memory) from a dump of another database, e.g. one already migrated */
  | { kind: 'embedded'; dataDir?: string; loadDataDir?: Blob };

export function defaultTarget(): DatabaseTarget {
  const url = databaseUrl();
  return url ? { kind: 'server', url } : { kind: 'embedded', dataDir: embeddedDataDir() };
}

/** Where migrations and the seed go: the owner's connection when one is configured. */
export function ownerTarget(): DatabaseTarget {
  const url = migrationDatabaseUrl();
  return url ? { kind: 'server', url } : { kind: 'embedded', dataDir: embeddedDataDir() };
}

export async function openDatabase(target: DatabaseTarget = defaultTarget()): Promise<Database> {
  if (target.kind === 'server') {
    const pg = await import('pg');
    const pool = new pg.default.Pool({
      connectionString: target.url,
      max: target.poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: 5_000,
    });
    // An idle connection dropped by the server (a restart, a failover) is discarded by the
    // pool; without a listener the error would end the process.
    pool.on('error', (error) => recordUnavailable(error, 'idle connection'));
    const closing: (() => Promise<void>)[] = [];
    // The job queue's statements run as tabled_queue, the owner of its schema, on a small
    // pool of their own, opened when first used: the app's login role need not inherit
    // anything (it is NOINHERIT in the README's setup), only be able to switch to it.
    let queuePool: InstanceType<typeof pg.default.Pool> | null = null;
    const queueRunner = {
      query: (text: string, values?: unknown[]) => {
        queuePool ??= new pg.default.Pool({
          connectionString: target.url,
          max: Number(process.env.QUEUE_POOL_SIZE ?? 3),
          connectionTimeoutMillis: 5_000,
          options: '-c role=tabled_queue',
          application_name: 'tabled job queue',
        }).on('error', (error) => recordUnavailable(error, 'idle queue connection'));
        return queuePool.query(text, values);
      },
    };
    return {
      kind: 'server',
      queueDb: queueDbOn(queueRunner),
      onClose: (hook) => void closing.push(hook),
      adapter: new PrismaPg(pool),
      async exec(sql) {
        await pool.query(sql);
      },
      async query(sql, params) {
        return (await pool.query(sql, params as unknown[])).rows;
      },
      async withSession(fn) {
        const client = await pool.connect();
        try {
          return await fn({
            exec: async (sql) => void (await client.query(sql)),
            query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
            queueDb: queueDbOn(client),
          });
        } finally {
          client.release();
        }
      },
      async close() {
        await runHooks(closing);
        await queuePool?.end();
        await pool.end();
      },
    };
  }
  // One process at a time: a second PGlite on the same folder destroys the database.
  const lock = target.dataDir ? lockDataDir(target.dataDir) : null;
  let pglite: PGlite;
  try {
    if (target.dataDir) {
      keepPrivate(target.dataDir);
      fs.mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
    }
    pglite = target.dataDir ? new PGlite(target.dataDir) : new PGlite(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {});
    await pglite.waitReady;
    // A fresh database is unpacked from PGlite's template with world-writable modes.
    if (target.dataDir) keepPrivate(target.dataDir);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const closing: (() => Promise<void>)[] = [];
  const embedded: Database = {
    kind: 'embedded',
    queueDb: fromPglite(pglite),
    onClose: (hook) => void closing.push(hook),
    adapter: new PrismaPGlite(pglite),
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query(sql, params) {
      return (await pglite.query(sql, params as unknown[])).rows as never;
    },
    withSession: (fn) => fn(embedded),
    dump: () => pglite.dumpDataDir('none'),
    async close() {
      try {
        await runHooks(closing);
        if (!pglite.closed) await pglite.close();
        if (target.dataDir) keepPrivate(target.dataDir);
      } finally {
        lock?.release();
      }
    },
  };
  return embedded;
}

/** pg-boss's statements on a pool or one client; a multi-statement text answers its last result. */
function queueDbOn(runner: { query(text: string, values?: unknown[]): Promise<unknown> }): QueueDb {
  return {
    async executeSql(text, values) {
      const result = (await runner.query(text, values)) as { rows: unknown[] } | { rows: unknown[] }[];
      return Array.isArray(result) ? { rows: result.flatMap((r) => r.rows ?? []) } : { rows: result.rows };
    },
  };
}

async function runHooks(hooks: (() => Promise<void>)[]): Promise<void> {
  for (const hook of hooks.splice(0)) await hook().catch((error: unknown) => console.error('[database] before close:', (error as Error).message));
}

export function createPrismaClient(db: Database): PrismaClient {
  return new PrismaClient({ adapter: db.adapter });
}

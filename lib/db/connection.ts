import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
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
  /** Runs fn on one connection, for session state such as advisory locks. */
  withSession<T>(fn: (session: Pick<Database, 'exec' | 'query'>) => Promise<T>): Promise<T>;
  /** The embedded database's files as one archive, to start copies from (tests migrate once and copy) */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
};

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
    return {
      kind: 'server',
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
          });
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
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
  const embedded: Database = {
    kind: 'embedded',
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
        if (!pglite.closed) await pglite.close();
        if (target.dataDir) keepPrivate(target.dataDir);
      } finally {
        lock?.release();
      }
    },
  };
  return embedded;
}

export function createPrismaClient(db: Database): PrismaClient {
  return new PrismaClient({ adapter: db.adapter });
}

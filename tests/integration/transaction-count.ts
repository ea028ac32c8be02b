import type { SqlMigrationAwareDriverAdapterFactory, SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { createPrismaClient, type Database } from '../../lib/db/connection';
import { setDatabaseHandle } from '../../lib/db/client';
import type { TestDb } from './support';

/**
 * Counts the transactions (BEGIN ... COMMIT) the app opens, at the driver: every Prisma
 * interactive transaction starts with the adapter's startTransaction, which issues the
 * BEGIN on the wire (pg) or in PGlite. Points the app's functions at the counting client.
 */
export function countTransactions(t: TestDb) {
  const counter = { begins: 0 };
  const factory = t.db.adapter;
  const wrapped: SqlMigrationAwareDriverAdapterFactory = Object.create(factory);
  wrapped.connect = async () => {
    const adapter: SqlDriverAdapter = await factory.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => {
      counter.begins += 1;
      return start(...args);
    };
    return adapter;
  };
  const db: Database = { ...t.db, adapter: wrapped };
  const prisma = createPrismaClient(db);
  setDatabaseHandle({ db, prisma });
  return {
    /** The transactions fn opened. */
    async during(fn: () => Promise<unknown>): Promise<number> {
      const before = counter.begins;
      await fn();
      return counter.begins - before;
    },
    release: () => prisma.$disconnect(),
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../lib/db/health';
import { setDatabaseHandle } from '../../lib/db/client';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import type { Database } from '../../lib/db/connection';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

describe('health check', () => {
  it('is healthy after a real round trip', async () => {
    expect(await checkDatabase()).toMatchObject({ ok: true, database: t.kind });
  });

  it('is unhealthy when the database does not answer', async () => {
    const failing: Database = {
      ...t.db,
      query: async () => {
        throw new Error('connection refused');
      },
    };
    setDatabaseHandle({ db: failing, prisma: t.prisma });
    try {
      expect(await checkDatabase()).toMatchObject({ ok: false, error: 'connection refused' });
    } finally {
      setDatabaseHandle({ db: t.db, prisma: t.prisma });
    }
  });

  it('is unhealthy when the database hangs', async () => {
    const hanging: Database = { ...t.db, query: () => new Promise(() => {}) };
    setDatabaseHandle({ db: hanging, prisma: t.prisma });
    try {
      expect(await checkDatabase(50)).toMatchObject({ ok: false, error: 'timed out' });
    } finally {
      setDatabaseHandle({ db: t.db, prisma: t.prisma });
    }
  });
});

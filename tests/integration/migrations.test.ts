import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, listMigrations } from '../../lib/db/migrate';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

describe('migrations', () => {
  it('records every migration in Prisma’s ledger with the file’s sha256, as migrate deploy would', async () => {
    const rows = await t.db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const files = listMigrations();
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(t.db)).toEqual([]);
  });

  it('forces row-level security on every table that carries a councilId', async () => {
    const rows = await t.db.query<{ table_name: string; rls: boolean; forced: boolean }>(`
      SELECT c.table_name, k.relrowsecurity AS rls, k.relforcerowsecurity AS forced
      FROM information_schema.columns c
      JOIN pg_class k ON k.relname = c.table_name AND k.relnamespace = 'public'::regnamespace
      WHERE c.table_schema = 'public' AND c.column_name = 'councilId'`);
    expect(rows.length).toBeGreaterThan(30);
    // the outbox included: a council's transaction sees its own mail, the delivery worker's role every message
    expect(rows.map((r) => r.table_name)).toContain('OutboxMessage');
    expect(rows.filter((r) => !r.rls || !r.forced).map((r) => r.table_name)).toEqual([]);
  });
});

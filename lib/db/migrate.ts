import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database, Session } from './connection';
import { installJobQueue } from '../queue/install';

/**
 * Applies prisma/migrations/* in order and records them in _prisma_migrations exactly
 * as `prisma migrate deploy` would (same table, same sha256 checksum), so where the
 * native engine is available the two are interchangeable. Written here because the
 * native engine cannot be downloaded on our machines.
 */
export const migrationsDir = path.join(process.cwd(), 'prisma', 'migrations');

export type MigrationFile = { name: string; sql: string; checksum: string };

export function listMigrations(dir = migrationsDir): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

const ledger = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant will do: it only has to be the same for every app instance.
const MIGRATION_LOCK = 72_616_401;

export async function applyMigrations(database: Database, log: (line: string) => void = () => {}): Promise<string[]> {
  return database.withSession((db) => applyOnSession(db, database.kind, log));
}

async function applyOnSession(db: Session, kind: Database['kind'], log: (line: string) => void): Promise<string[]> {
  const applied: string[] = [];
  const shared = kind === 'server';
  // Two app instances starting together must not both apply the same migration.
  if (shared) await db.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await db.exec(ledger);
    const done = await db.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const byName = new Map(done.map((r) => [r.migration_name, r.checksum]));
    for (const m of listMigrations()) {
      const seen = byName.get(m.name);
      if (seen) {
        if (seen !== m.checksum) log(`warning: migration ${m.name} was edited after it was applied`);
        continue;
      }
      const id = crypto.randomUUID();
      // The migration and its ledger row commit together, so a failure leaves nothing half-done.
      await db
        .exec(
          `BEGIN;\n${m.sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('${id}', '${m.checksum}', now(), '${m.name.replace(/'/g, "''")}', 1);\nCOMMIT;`,
        )
        .catch(async (error: unknown) => {
          await db.exec('ROLLBACK').catch(() => {});
          throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
        });
      applied.push(m.name);
      log(`applied ${m.name}`);
    }
    // the job queue's own tables (pg-boss keeps its version and upgrades itself)
    await installJobQueue(db, kind);
  } finally {
    if (shared) await db.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
  return applied;
}

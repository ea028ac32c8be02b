import fs from 'node:fs';
import { inject } from 'vitest';
import { createPrismaClient, openDatabase, type Database } from '../../lib/db/connection';
import { applyMigrations } from '../../lib/db/migrate';
import { setDatabaseHandle } from '../../lib/db/client';
import type { PrismaClient } from '../../lib/db/generated/prisma/client';
import type { BoardContext } from '../../lib/boards/context';

export type TestDb = { db: Database; prisma: PrismaClient; kind: 'embedded' | 'server' };

/** This file's database: the run's server database, or an in-memory embedded copy of the run's migrated one. */
export async function openTestDatabase(): Promise<TestDb> {
  const url = inject('databaseUrl');
  const template = inject('embeddedTemplate');
  const db = url
    ? await openDatabase({ kind: 'server', url })
    : await openDatabase({ kind: 'embedded', loadDataDir: template ? new Blob([fs.readFileSync(template)]) : undefined });
  if (!url && !template) await applyMigrations(db);
  const prisma = createPrismaClient(db);
  // The app's own functions (getPrisma, withCouncil) use this database too.
  setDatabaseHandle({ db, prisma });
  return { db, prisma, kind: db.kind };
}

export async function closeTestDatabase(t: TestDb) {
  await t.prisma.$disconnect();
  await t.db.close();
}

export function boardContext(
  council: { id: string; slug: string; name: string },
  board: BoardContext['board'],
  actorId: string,
  roles: BoardContext['roles'] = ['ADMINISTRATOR'],
): BoardContext {
  return {
    actor: { id: actorId, name: 'Test person', email: null },
    council: { ...council, region: 'ENGLAND_AND_WALES' },
    councilRole: 'ADMIN',
    board,
    roles,
    region: 'england-and-wales',
  };
}

import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../lib/db/connection';
import { applyMigrations } from '../../lib/db/migrate';

/**
 * With TEST_DATABASE_URL the suite runs on that PostgreSQL server, in a database made
 * for this run and migrated once (dropped afterwards, so runs never see each other).
 * Without it every test file opens its own in-memory embedded database.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!serverUrl) {
    project.provide('databaseUrl', '');
    return;
  }
  const name = `tabled_it_${Date.now()}_${process.pid}`;
  const admin = await openDatabase({ kind: 'server', url: serverUrl });
  await admin.exec(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'server', url: url.toString() });
  await applyMigrations(db);
  await db.close();
  project.provide('databaseUrl', url.toString());
  return async () => {
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

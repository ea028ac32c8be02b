import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../lib/db/connection';
import { applyMigrations } from '../../lib/db/migrate';

/**
 * With TEST_DATABASE_URL the suite runs on that PostgreSQL server, in a database made
 * for this run and migrated once (dropped afterwards, so runs never see each other).
 * Without it every test file opens its own in-memory embedded database, a copy of one
 * migrated here once.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!serverUrl) {
    project.provide('databaseUrl', '');
    // migrated once; each test file starts its own in-memory copy of this (PGlite's start
    // from scratch, its initdb, costs several times the copy)
    const template = await openDatabase({ kind: 'embedded' });
    await applyMigrations(template);
    const dump = await template.dump!();
    await template.close();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabled-it-template-'));
    const file = path.join(dir, 'migrated.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('embeddedTemplate', file);
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }
  project.provide('embeddedTemplate', '');
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
    /** an archive of a migrated embedded database, or '' on a server run */
    embeddedTemplate: string;
  }
}

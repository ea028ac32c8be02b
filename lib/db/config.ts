import path from 'node:path';

/** Where the embedded database lives when no DATABASE_URL is set. */
export function embeddedDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.TABLED_DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'pglite'));
}

/** A PostgreSQL server URL, or null to use the embedded database. */
export function databaseUrl(): string | null {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : null;
}

/**
 * The owner's connection, for migrations and the demo seed. The app itself should
 * connect (DATABASE_URL) as a login role that is only a member of tabled_app.
 */
export function migrationDatabaseUrl(): string | null {
  const url = process.env.MIGRATION_DATABASE_URL?.trim();
  return url ? url : databaseUrl();
}

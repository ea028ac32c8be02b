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

// Bulk inserts for the benchmark seed: one INSERT ... SELECT FROM unnest(...) per batch,
// every column passed as a single array literal. That is one round trip per few thousand
// rows and no bind-parameter limit, on the PostgreSQL server and on PGlite alike.
import type { Database } from '../../../lib/db/connection';

export type Session = Pick<Database, 'exec' | 'query'>;
export type Row = Record<string, unknown>;

/** Column name -> the SQL type to cast its array to, per table (read from the catalogue once). */
export type ColumnTypes = Map<string, Map<string, string>>;

const plainTypes: Record<string, string> = {
  uuid: 'uuid',
  text: 'text',
  varchar: 'text',
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  bool: 'boolean',
  date: 'date',
  timestamptz: 'timestamptz',
  timestamp: 'timestamp',
  jsonb: 'jsonb',
  json: 'json',
  numeric: 'numeric',
  float8: 'double precision',
};

export async function readColumnTypes(db: Session): Promise<ColumnTypes> {
  const rows = await db.query<{ table_name: string; column_name: string; data_type: string; udt_name: string }>(
    `SELECT table_name, column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const types: ColumnTypes = new Map();
  for (const r of rows) {
    const cast = r.data_type === 'USER-DEFINED' ? `"${r.udt_name}"` : plainTypes[r.udt_name];
    if (!cast) continue;
    let table = types.get(r.table_name);
    if (!table) types.set(r.table_name, (table = new Map()));
    table.set(r.column_name, cast);
  }
  return types;
}

function element(value: unknown, cast: string): string {
  if (value === null || value === undefined) return 'NULL';
  let text: string;
  if (value instanceof Date) text = cast === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  else if (typeof value === 'boolean') text = value ? 't' : 'f';
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Inserts rows into one table in batches; every row of a call must have the same keys. */
export async function insertMany(db: Session, types: ColumnTypes, table: string, rows: Row[], batchSize = 5000): Promise<void> {
  if (rows.length === 0) return;
  const tableTypes = types.get(table);
  if (!tableTypes) throw new Error(`bench seed: no table "${table}" in the database`);
  const first = rows[0] as Row;
  const columns = Object.keys(first);
  const casts = columns.map((c) => {
    const cast = tableTypes.get(c);
    if (!cast) throw new Error(`bench seed: no column "${table}"."${c}"`);
    return cast;
  });
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${casts
    .map((cast, i) => `$${i + 1}::${cast}[]`)
    .join(', ')})`;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const params = columns.map((c, i) => `{${batch.map((r) => element(r[c], casts[i] as string)).join(',')}}`);
    await db.query(sql, params);
  }
}

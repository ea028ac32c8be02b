// The database's-share baseline: the exact statements one request of a page sent (as
// captured on the wire by bench/pg-counter.ts, with their bound values), replayed
// directly with `pg` on the server, or with PGlite in-process for the embedded database.
// One "request" is the page's transactions run back to back on one connection, so it is
// an upper bound on the time the page waits for its database (the app overlaps some of
// its transactions).
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Recorded } from './pg-counter';
import { summarise, type LoadResult } from './load';

export type Statement = { sql: string; params?: (string | null)[] };
export type Transaction = Statement[];

/** Splits the wire recording into transactions, each in the order its statements ran. */
export function toTransactions(records: Recorded[]): Transaction[] {
  const open = new Map<number, Transaction>();
  const done: Transaction[] = [];
  for (const r of records) {
    const st: Statement = r.params ? { sql: r.sql, params: r.params } : { sql: r.sql };
    if (/^\s*BEGIN/i.test(r.sql)) {
      const t: Transaction = [st];
      open.set(r.connection, t);
      done.push(t);
    } else {
      const t = open.get(r.connection);
      if (t) t.push(st);
      else done.push([st]); // outside a transaction
      if (/^\s*(COMMIT|ROLLBACK|END)\b/i.test(r.sql)) open.delete(r.connection);
    }
  }
  return done;
}

type Runner = (t: Transaction[]) => Promise<void>;

async function drive(run: Runner, txns: Transaction[], opts: { connections: number; requests: number; seconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  const t0 = process.hrtime.bigint();
  const deadline = Date.now() + opts.seconds * 1000;
  const worker = async () => {
    while (started < opts.requests && Date.now() < deadline) {
      started += 1;
      const s = process.hrtime.bigint();
      try {
        await run(txns);
        latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  return summarise(latencies, Number(process.hrtime.bigint() - t0) / 1e9, opts.connections, errors);
}

export async function replayOnServer(url: string, txns: Transaction[], opts: { connections: number; requests: number; seconds: number }): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: url, max: opts.connections });
  try {
    // open the connections first: the app's pool is warm too
    await Promise.all(Array.from({ length: opts.connections }, async () => (await pool.connect()).release()));
    const run: Runner = async (ts) => {
      const client = await pool.connect();
      try {
        for (const t of ts) for (const st of t) await client.query(st.params ? { text: st.sql, values: st.params } : st.sql);
      } finally {
        client.release();
      }
    };
    await run(txns); // check it runs at all before timing it
    return await drive(run, txns, opts);
  } finally {
    await pool.end();
  }
}

/** PGlite has one session: page replays queue behind each other, as the app's do. */
export async function replayEmbedded(db: PGlite, txns: Transaction[], opts: { connections: number; requests: number; seconds: number }): Promise<LoadResult> {
  let queue: Promise<unknown> = Promise.resolve();
  const run: Runner = (ts) => {
    const next = queue.then(async () => {
      for (const t of ts) for (const st of t) await (st.params ? db.query(st.sql, st.params) : db.exec(st.sql));
    });
    queue = next.catch(() => {});
    return next;
  };
  await run(txns);
  return drive(run, txns, opts);
}

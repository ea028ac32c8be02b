// A loopback TCP proxy in front of the PostgreSQL server that reads the frontend side of
// the wire protocol and records every statement the app sends: each simple Query ('Q')
// and each extended-protocol Execute ('E', with the SQL of its Parse and the values of
// its Bind). pg_stat_statements would need shared_preload_libraries and a restart of
// the shared server, and counting on the client would mean editing the app; the wire
// sees exactly what reaches the server, with no change to either. Only the
// queries-per-request pass goes through it: the timed runs connect directly.
import net from 'node:net';

export type StatementKind = 'transaction' | 'tenant' | 'data';

export type Recorded = {
  connection: number;
  sql: string;
  /** bind values in text format, null for SQL NULL; undefined for a simple query */
  params?: (string | null)[];
  kind: StatementKind;
};

export function classify(sql: string): StatementKind {
  const s = sql.trim().replace(/^\/\*.*?\*\/\s*/s, '');
  if (/^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|SET\s+TRANSACTION)\b/i.test(s)) return 'transaction';
  if (/set_config\s*\(/i.test(s) || /^SET\s+(LOCAL\s+)?(ROLE|app\.)/i.test(s)) return 'tenant';
  return 'data';
}

type Conn = { id: number; statements: Map<string, string>; portals: Map<string, { sql: string; params: (string | null)[] }> };

function cstring(buf: Buffer, at: number): [string, number] {
  const end = buf.indexOf(0, at);
  return [buf.toString('utf8', at, end), end + 1];
}

export class PgCounter {
  records: Recorded[] = [];
  recording = false;
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  private nextId = 1;

  constructor(
    private upstream: { host: string; port: number },
    readonly port: number,
  ) {}

  async start(): Promise<void> {
    this.server = net.createServer((client) => this.handle(client));
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Starts a fresh recording. */
  reset(): void {
    this.records = [];
    this.recording = true;
  }

  take(): Recorded[] {
    this.recording = false;
    const r = this.records;
    this.records = [];
    return r;
  }

  private handle(client: net.Socket) {
    const server = net.connect(this.upstream.port, this.upstream.host);
    this.sockets.add(client);
    this.sockets.add(server);
    client.setNoDelay(true);
    server.setNoDelay(true);
    const conn: Conn = { id: this.nextId++, statements: new Map(), portals: new Map() };
    let pending: Buffer = Buffer.alloc(0);
    let untyped = true; // the startup packet (and an SSL/GSS request before it) carries no type byte
    client.on('data', (chunk: Buffer) => {
      server.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (untyped) {
          if (pending.length < 8) break;
          const len = pending.readInt32BE(0);
          if (pending.length < len) break;
          const code = pending.readInt32BE(4);
          untyped = code === 80877103 || code === 80877104; // another startup follows a refused SSL/GSS request
          pending = pending.subarray(len);
          continue;
        }
        if (pending.length < 5) break;
        const len = pending.readInt32BE(1);
        if (pending.length < len + 1) break;
        this.message(conn, String.fromCharCode(pending[0] as number), pending.subarray(5, len + 1));
        pending = pending.subarray(len + 1);
      }
    });
    server.pipe(client);
    const close = () => {
      client.destroy();
      server.destroy();
      this.sockets.delete(client);
      this.sockets.delete(server);
    };
    client.on('close', close);
    server.on('close', close);
    client.on('error', close);
    server.on('error', close);
  }

  private message(conn: Conn, type: string, body: Buffer) {
    if (type === 'Q') {
      const [sql] = cstring(body, 0);
      if (this.recording) this.records.push({ connection: conn.id, sql, kind: classify(sql) });
    } else if (type === 'P') {
      const [name, at] = cstring(body, 0);
      const [sql] = cstring(body, at);
      conn.statements.set(name, sql);
    } else if (type === 'B') {
      let [portal, at] = cstring(body, 0);
      const [statement, at2] = cstring(body, at);
      at = at2;
      const nFormats = body.readInt16BE(at);
      at += 2;
      const formats: number[] = [];
      for (let i = 0; i < nFormats; i++, at += 2) formats.push(body.readInt16BE(at));
      const nParams = body.readInt16BE(at);
      at += 2;
      const params: (string | null)[] = [];
      for (let i = 0; i < nParams; i++) {
        const len = body.readInt32BE(at);
        at += 4;
        if (len < 0) params.push(null);
        else {
          const format = nFormats === 1 ? formats[0] : (formats[i] ?? 0);
          params.push(format === 1 ? `\\x${body.toString('hex', at, at + len)}` : body.toString('utf8', at, at + len));
          at += len;
        }
      }
      portal = portal || '';
      conn.portals.set(portal, { sql: conn.statements.get(statement) ?? '', params });
    } else if (type === 'E') {
      const [portal] = cstring(body, 0);
      const bound = conn.portals.get(portal);
      if (this.recording && bound) this.records.push({ connection: conn.id, sql: bound.sql, params: bound.params, kind: classify(bound.sql) });
    }
  }
}

export type StatementCount = { total: number; data: number; transaction: number; tenant: number; transactions: number };

export function countStatements(records: Recorded[]): StatementCount {
  const c: StatementCount = { total: records.length, data: 0, transaction: 0, tenant: 0, transactions: 0 };
  for (const r of records) {
    c[r.kind] += 1;
    if (r.kind === 'transaction' && /^\s*BEGIN/i.test(r.sql)) c.transactions += 1;
  }
  return c;
}

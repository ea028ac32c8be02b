// Starts and stops the app on the benchmark build (scripts/serve.ts, the production start:
// one or several cluster workers), and signs the bench
// administrator in the way the app expects: a server-side AuthSession row, named by the
// `sid` of a next-auth JWT cookie signed with NEXTAUTH_SECRET.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import type { Session } from '../prisma/seed/bench/bulk';

export type AppDatabase = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string };

export type AppHandle = { origin: string; child: ChildProcess; stop(): Promise<void> };

export const SESSION_COOKIE = 'next-auth.session-token';

export async function startApp(opts: {
  port: number;
  distDir: string;
  database: AppDatabase;
  secret: string;
  logFile: string;
  /** the database connections of the whole app, shared between its workers */
  poolSize: number;
  /** cluster workers (one on the embedded database whatever is asked) */
  workers?: number;
  /** the Node binary to run the app on (default: the one running the bench) */
  node?: string;
  /** a folder for CPU profiles: each worker writes one (node --cpu-prof) when it exits */
  cpuProfDir?: string;
}): Promise<AppHandle> {
  const origin = `http://127.0.0.1:${opts.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_DIST_DIR: opts.distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXTAUTH_SECRET: opts.secret,
    NEXTAUTH_URL: origin,
    // nothing but the pages under test may touch the database during a run
    TABLED_OUTBOX_WORKER: 'false',
    TABLED_MAINTENANCE: 'false',
    DATABASE_POOL_SIZE: String(opts.poolSize),
    WEB_CONCURRENCY: String(opts.workers ?? 1),
  };
  if (opts.cpuProfDir) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${opts.cpuProfDir}`.trim();
  delete env.MIGRATION_DATABASE_URL;
  if (opts.database.kind === 'server') {
    env.DATABASE_URL = opts.database.url;
    delete env.TABLED_DATA_DIR;
  } else {
    delete env.DATABASE_URL;
    env.TABLED_DATA_DIR = opts.database.dataDir;
  }
  fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const log = fs.openSync(opts.logFile, 'a');
  const tsx = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
  // its own process group, so that stopping it stops whatever it started and nothing else
  const child = spawn(opts.node ?? process.execPath, [tsx, 'scripts/serve.ts', '--port', String(opts.port), '--hostname', '127.0.0.1'], {
    env,
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 10_000);
    await exitedPromise;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`the app exited early; see ${opts.logFile}`);
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(10_000) });
      // every worker listening, not only the first
      if (res.status === 200 && fs.readFileSync(opts.logFile, 'utf8').includes('Tabled is serving')) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app did not become healthy within 90s; see ${opts.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { origin, child, stop };
}

/** Creates (or renews) the bench administrator's server-side session. AuthSession is a global table. */
export async function ensureSession(db: Session, personId: string, sessionId: string): Promise<void> {
  await db.query(
    `INSERT INTO "AuthSession" (id, "personId", method, "createdAt", "lastSeenAt", "expiresAt", ip, "userAgent")
     VALUES ($1, $2, 'bench', now(), now(), now() + interval '11 hours', '127.0.0.1', 'tabled-bench')
     ON CONFLICT (id) DO UPDATE SET "lastSeenAt" = now(), "expiresAt" = now() + interval '11 hours', "revokedAt" = NULL`,
    [sessionId, personId],
  );
}

export async function sessionCookie(personId: string, sessionId: string, secret: string): Promise<string> {
  const token = await encode({ token: { sub: personId, sid: sessionId, name: 'Bench Administrator' }, secret, maxAge: 12 * 3600 });
  return `${SESSION_COOKIE}=${token}`;
}

// npm run serve: the production server. One primary process forks one worker per core
// (WEB_CONCURRENCY to choose; one only on the embedded database), the workers share the
// port, and each serves the built app through Next's programmatic API with its own share
// of the database pool (lib/server/cluster-plan.ts). A worker that dies is replaced.
// SIGTERM (or SIGINT) drains: each worker stops accepting, finishes the requests in
// flight, stops the outbox worker if it runs it, closes its pool and exits; then the
// primary exits. npm start prepares the database and the build, then calls serveCluster.
//
//   npm run serve -- [--port N] [--hostname H]     (or [port] [hostname]; PORT and HOST work too)
import cluster, { type Worker } from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseUrl } from '../lib/db/config';
import { planCluster } from '../lib/server/cluster-plan';
import { workerMemory } from '../lib/server/worker-memory';
import { runShutdownHooks } from '../lib/server/shutdown';
import { trustedProxyHops } from '../lib/security/trusted-proxy';
import { prepareRequest } from '../lib/http/forwarded';
import { answerOutageAs503 } from '../lib/http/outage-page';

const root = process.cwd();

function shutdownTimeoutMs(): number {
  const n = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 30_000);
  return Number.isFinite(n) && n > 0 ? n : 30_000;
}

export type ServeOptions = { port: number; hostname?: string; log?: (line: string) => void };

/** The primary: forks the workers, replaces the ones that die, drains them on SIGTERM. Resolves once all listen. */
export function serveCluster(opts: ServeOptions): Promise<{ workers: number }> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const plan = planCluster({
    cores: os.availableParallelism(),
    embedded: !databaseUrl(),
    webConcurrency: process.env.WEB_CONCURRENCY,
    databasePoolSize: process.env.DATABASE_POOL_SIZE,
  });
  // bounds on each worker's heap and malloc arenas (lib/server/worker-memory.ts)
  const memory = workerMemory({ execArgv: process.execArgv, env: process.env });
  for (const note of [...plan.notes, ...memory.notes]) log(note);
  cluster.setupPrimary({ exec: path.join(root, 'scripts', 'serve.ts'), execArgv: memory.execArgv });
  const workerEnv = {
    ...memory.env,
    PORT: String(opts.port),
    TABLED_LISTEN_HOST: opts.hostname ?? '',
    // each worker's own pool: its share of the server's budget
    DATABASE_POOL_SIZE: String(plan.poolPerWorker),
    TABLED_POOL_BUDGET: String(plan.poolBudget),
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  };
  let shuttingDown = false;
  let quickDeaths = 0;
  const startedAt = new Map<number, number>();
  const fork = (slot: number) => {
    const worker = cluster.fork({ ...workerEnv, TABLED_WORKER_SLOT: String(slot) });
    startedAt.set(worker.id, Date.now());
    worker.on('exit', (code, signal) => {
      if (shuttingDown) return;
      const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
      quickDeaths = lived < 10_000 ? quickDeaths + 1 : 0;
      // a worker that keeps dying at start (a bad build, no database) is retried ever more slowly
      const delay = quickDeaths ? Math.min(30_000, 500 * 2 ** (quickDeaths - 1)) : 0;
      log(`Worker ${slot} (pid ${worker.process.pid}) exited (${signal ?? `code ${code}`}); starting another${delay ? ` in ${delay} ms` : ''}.`);
      setTimeout(() => {
        if (!shuttingDown) fork(slot);
      }, delay);
    });
    return worker;
  };
  const first: Worker[] = [];
  for (let slot = 1; slot <= plan.workers; slot++) first.push(fork(slot));

  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    log(`${signal}: draining ${workers.length} worker${workers.length === 1 ? '' : 's'}…`);
    const timer = setTimeout(() => {
      for (const w of workers) w.process.kill('SIGKILL');
      process.exit(1);
    }, shutdownTimeoutMs() + 5_000);
    timer.unref();
    let left = workers.length;
    if (!left) process.exit(0);
    for (const w of workers) {
      w.once('exit', () => {
        if (--left === 0) process.exit(0);
      });
      w.process.kill('SIGTERM');
    }
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  return new Promise((resolve, reject) => {
    let listening = 0;
    for (const w of first) {
      w.on('message', (message: unknown) => {
        if ((message as { tabled?: string })?.tabled === 'listening' && ++listening === plan.workers) resolve({ workers: plan.workers });
      });
      w.once('exit', () => {
        if (listening < plan.workers) reject(new Error('a worker exited before it was listening; see the log above'));
      });
    }
  });
}

/** A worker: Next's request handler behind a plain HTTP server on the shared port. */
async function runWorker() {
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.TABLED_LISTEN_HOST || undefined;
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: root, hostname: hostname ?? 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // the front door (lib/http/forwarded.ts): only here is the socket's own address known, so
  // this is where TRUSTED_PROXY_HOPS decides which X-Forwarded-* values count
  const hops = trustedProxyHops();
  let draining = false;
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
    // requests that arrive on a kept-alive connection while draining are answered, then the connection closes
    if (draining) res.setHeader('Connection', 'close');
    if (!prepareRequest(req, res, hops, true)) return;
    // a page that fails because the database has gone answers 503, even the first one
    answerOutageAs503(req, res, true);
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // longer than the load balancer's idle timeout, so it never reuses a connection we just closed
  const keepAlive = Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 0);
  if (Number.isFinite(keepAlive) && keepAlive > 0) {
    server.keepAliveTimeout = keepAlive;
    server.headersTimeout = Math.max(server.headersTimeout, keepAlive + 1000);
  }
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  process.send?.({ tabled: 'listening' });

  const drain = async () => {
    if (draining) return;
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // idle kept-alive connections go at once; busy ones when their response ends
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    server.closeIdleConnections();
    const timedOut = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), shutdownTimeoutMs()).unref());
    const outcome = await Promise.race([closed.then(() => 'drained' as const), timedOut]);
    clearInterval(sweep);
    if (outcome === 'timeout') {
      console.warn(`[worker ${process.env.TABLED_WORKER_SLOT}] ${inFlight} request(s) still running after ${shutdownTimeoutMs()} ms; closing them.`);
      server.closeAllConnections();
    }
    await runShutdownHooks();
    process.exit(0);
  };
  process.on('SIGTERM', () => void drain());
  process.on('SIGINT', () => void drain());
  // the primary has gone (killed without a chance to drain us): do not linger as an orphan
  process.on('disconnect', () => void drain());
}

if (cluster.isWorker) {
  runWorker().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else if (process.argv[1]?.endsWith(`${path.sep}serve.ts`) || process.argv[1]?.endsWith('serve.ts')) {
  // `serve.ts [port] [hostname]` works too
  const { values, positionals } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
    allowPositionals: true,
  });
  const port = Number(values.port ?? positionals[0] ?? process.env.PORT ?? 3000);
  const hostname = values.hostname ?? positionals[1] ?? process.env.HOST;
  (process.env as Record<string, string>).NODE_ENV = 'production';
  serveCluster({ port, hostname })
    .then(({ workers }) =>
      console.log(
        `Tabled is serving on http://${hostname ?? 'localhost'}:${port} with ${workers} worker${workers === 1 ? '' : 's'} (Node ${process.version}).`,
      ),
    )
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}

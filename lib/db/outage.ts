import net from 'node:net';

/**
 * What the app does when the database cannot be reached: recognise it (a refused or
 * dropped connection, a server shutting down, a pool that cannot hand out a connection),
 * log it in one line per failure with a summary at most once a minute (not a stack per
 * request), remember it for a short while so pages answer 503 with Retry-After, and say
 * so to the person instead of an error page.
 *
 * Kept free of the database client so the proxy can read it.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: connection exceptions, admin/crash shutdown, cannot connect now, too many connections
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  // Prisma: can't reach, timed out, closed, pool timeout
  'P1001',
  'P1002',
  'P1017',
  'P2024',
]);
const CONNECTION_TEXT =
  /connection terminated|terminating connection|connection refused|ECONNREFUSED|ECONNRESET|Connection closed|Can't reach database|timeout exceeded when trying to connect|server closed the connection|the database system is (?:shutting down|starting up)|Client has encountered a connection error|DatabaseNotReachable|ConnectionClosed|SocketTimeout/i;

/** Is this error (or anything in its cause chain) the database being unreachable? */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; errors?: unknown };
  if (error instanceof DatabaseUnavailableError) return true;
  for (const code of [e.code, e.originalCode]) if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  if (typeof e.kind === 'string' && /DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections|DatabaseDoesNotExist/.test(e.kind)) return true;
  if (typeof e.message === 'string' && CONNECTION_TEXT.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** Thrown (and shown) instead of the driver's error once the database is known to be unreachable. */
export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: string) {
    super('The service is unavailable for a moment: its database cannot be reached.');
    this.name = 'DatabaseUnavailableError';
  }
}

type OutageState = {
  lastFailureAt: number;
  failuresSinceSummary: number;
  lastSummaryAt: number;
  firstFailureAt: number | null;
  probe?: { at: number; up: boolean };
};
const holder = globalThis as unknown as { __tabledOutage?: OutageState };
const state = (): OutageState => (holder.__tabledOutage ??= { lastFailureAt: 0, failuresSinceSummary: 0, lastSummaryAt: 0, firstFailureAt: null });

/** How long after a failure pages answer 503 without trying the database again. */
export const RETRY_AFTER_SECONDS = 15;
const SUMMARY_EVERY_MS = 60_000;

const oneLine = (error: unknown) => {
  const e = error as { code?: unknown; message?: unknown };
  const text = typeof e?.message === 'string' ? e.message : String(error);
  return `${typeof e?.code === 'string' ? `${e.code} ` : ''}${text.split('\n').find((l) => l.trim()) ?? ''}`.slice(0, 200);
};

/** Records one failure: one log line, a summary at most once a minute, and the 503 window. */
export function recordUnavailable(error: unknown, where: string, now = Date.now(), log: (line: string) => void = console.error): void {
  const s = state();
  s.lastFailureAt = now;
  s.firstFailureAt ??= now;
  s.failuresSinceSummary += 1;
  s.probe = { at: now, up: false };
  log(`[db] unavailable (${where}): ${oneLine(error)}`);
  if (now - s.lastSummaryAt >= SUMMARY_EVERY_MS) {
    if (s.lastSummaryAt !== 0)
      log(
        `[db] summary: ${s.failuresSinceSummary} request(s) failed in the last ${Math.round((now - s.lastSummaryAt) / 1000)} s; unreachable since ${new Date(s.firstFailureAt).toISOString()}`,
      );
    s.lastSummaryAt = now;
    s.failuresSinceSummary = 0;
  }
}

/** The database answered again: the 503 window closes. */
export function recordAvailable(log: (line: string) => void = console.log): void {
  const s = state();
  if (s.firstFailureAt !== null) log(`[db] reachable again after ${Math.round((Date.now() - s.firstFailureAt) / 1000)} s`);
  s.firstFailureAt = null;
  s.lastFailureAt = 0;
  s.probe = { at: Date.now(), up: true };
}

/** A query succeeded: if an outage was on record, it is over. Cheap when there was none. */
export function noteDatabaseAnswered(): void {
  if (state().firstFailureAt !== null) recordAvailable();
}

/** Was the database unreachable within the last RETRY_AFTER_SECONDS? */
export function recentlyUnavailable(now = Date.now()): boolean {
  return now - state().lastFailureAt < RETRY_AFTER_SECONDS * 1000;
}

/** For tests: forget every failure. */
export function resetOutageState(): void {
  holder.__tabledOutage = undefined;
}

/**
 * After a failure, is the server reachable at all? A TCP connect to DATABASE_URL's host,
 * bounded by a second and remembered for two, so a burst of requests probes once. With
 * the embedded database (in this process) there is nothing to probe.
 */
export async function probeDatabaseServer(url = process.env.DATABASE_URL, now = Date.now()): Promise<boolean> {
  const s = state();
  if (s.probe && now - s.probe.at < 2_000) return s.probe.up;
  if (!url?.trim()) return true;
  let host = '127.0.0.1';
  let port = 5432;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.replace(/^\[|\]$/g, '') || host;
    port = Number(parsed.port) || port;
  } catch {
    return true;
  }
  const up = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
  s.probe = { at: now, up };
  return up;
}

/** The page a browser gets while the database is unreachable: no details, only what to do. */
export const UNAVAILABLE_PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Service unavailable – Tabled</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main id="main-content">
<h1>Sorry, the service is unavailable</h1>
<p>Tabled cannot reach its database for a moment. Everything saved before this is kept.</p>
<p>Try again in a minute: reload this page.</p>
</main>
</body></html>`;

/** The headers of that page: 503's Retry-After, never cached, and a policy that allows its inline styles and nothing else. */
export const unavailableHeaders = (): Record<string, string> => ({
  'Content-Type': 'text/html; charset=utf-8',
  'Retry-After': String(RETRY_AFTER_SECONDS * 2),
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
});

/** The page a browser gets while the database is unreachable: 503, Retry-After, no details. */
export function unavailableResponse(): Response {
  return new Response(UNAVAILABLE_PAGE_HTML, { status: 503, headers: unavailableHeaders() });
}

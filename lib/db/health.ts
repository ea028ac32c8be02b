import crypto from 'node:crypto';
import { getHandle } from './client';
import { recentlyUnavailable } from './outage';

/** Healthy only after a real round trip to the database, bounded in time. */
export async function checkDatabase(timeoutMs = 3000): Promise<{ ok: boolean; database: string; error?: string }> {
  let kind = 'unknown';
  try {
    const roundTrip = (async () => {
      const { db } = await getHandle();
      kind = db.kind;
      const rows = await db.query<{ ok: number }>('SELECT 1 AS ok');
      return rows[0]?.ok === 1;
    })();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), timeoutMs).unref());
    const ok = await Promise.race([roundTrip, timeout]);
    return { ok, database: kind };
  } catch (error) {
    return { ok: false, database: kind, error: (error as Error).message };
  }
}

/** What anyone may know: up or down, nothing about why. */
export async function publicHealthResponse(): Promise<Response> {
  const { ok } = await checkDatabase();
  return Response.json(
    { status: ok ? 'up' : 'down' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store', ...(ok ? {} : { 'Retry-After': '30' }) } },
  );
}

const bearer = (request: Request) => /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]?.trim() ?? '';

function tokenMatches(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/**
 * The operators' check: the database's kind, the round trip's error and time, for whoever
 * holds HEALTH_TOKEN (as a bearer token). Without HEALTH_TOKEN configured it does not exist.
 */
export async function operatorHealthResponse(request: Request): Promise<Response> {
  const expected = process.env.HEALTH_TOKEN?.trim();
  const headers = { 'Cache-Control': 'no-store' };
  if (!expected) return Response.json({ error: 'Not found' }, { status: 404, headers });
  if (!tokenMatches(bearer(request), expected)) {
    return Response.json({ error: 'A valid operator token is required' }, { status: 401, headers: { ...headers, 'WWW-Authenticate': 'Bearer' } });
  }
  // A soak run starts the app with --expose-gc and asks for a collection first, so the heap
  // figure is what is retained, not garbage waiting for the collector.
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect && new URL(request.url).searchParams.get('gc') === '1') collect();
  const started = Date.now();
  const result = await checkDatabase();
  return Response.json(
    {
      status: result.ok ? 'up' : 'down',
      database: { kind: result.database, ok: result.ok, error: result.error ?? null, roundTripMs: Date.now() - started },
      recentOutage: recentlyUnavailable(),
      memoryMb: memoryMb(),
    },
    { status: result.ok ? 200 : 503, headers },
  );
}

/** Where this process's memory is: the JS heap, or outside it (the embedded database's WebAssembly memory is in arrayBuffers). */
function memoryMb() {
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 1048576);
  return { rss: mb(m.rss), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) };
}

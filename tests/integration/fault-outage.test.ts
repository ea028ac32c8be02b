import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { NextRequest } from 'next/server';
import { createAction } from '../../lib/action-log/actions';
import { setDatabaseHandle } from '../../lib/db/client';
import { createPrismaClient, openDatabase } from '../../lib/db/connection';
import { operatorHealthResponse, publicHealthResponse } from '../../lib/db/health';
import { recordUnavailable, resetOutageState } from '../../lib/db/outage';
import { withApp } from '../../lib/db/tenant';
import { proxy } from '../../proxy';
import { keepFormOnOutage } from '../../lib/action/unavailable';
import { answerOutageAs503 } from '../../lib/http/outage-page';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { actionWorld } from './action-log-world';

// Fault suite: the database goes away. A save answers UNAVAILABLE and keeps what was
// typed (no error page), pages answer 503 with Retry-After, the public health check says
// only "down", a connection dropped while idle is retried once, and each failure is one
// log line. Loopback only; the "dead" database is a closed port on 127.0.0.1.
const DEAD_PORT = 39551;
const LIVE_PORT = 39552;
const FORWARD_PORT = 39553;
const FRONT_DOOR_PORT = 39554;
const deadUrl = `postgresql://nobody@127.0.0.1:${DEAD_PORT}/tabled`;

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));
afterEach(() => {
  setDatabaseHandle({ db: t.db, prisma: t.prisma });
  resetOutageState();
});

async function deadHandle() {
  const db = await openDatabase({ kind: 'server', url: deadUrl, poolSize: 2 });
  return { db, prisma: createPrismaClient(db) };
}

describe('when the database is unreachable', () => {
  it('a save answers UNAVAILABLE with what was typed, instead of throwing to an error page', async () => {
    const w = await actionWorld(t);
    const dead = await deadHandle();
    setDatabaseHandle(dead);
    const form = new FormData();
    for (const [k, v] of Object.entries({
      _submissionKey: crypto.randomUUID(),
      description: 'Typed while the database was down',
      ownerSeatId: w.seat.id,
      ownerAgency: '',
      dueOn: '30/4/2026',
    }))
      form.set(k, v);
    const result = await createAction.execute({ ...w.call(w.admin.id), input: form });
    expect(result).toMatchObject({ ok: false, code: 'UNAVAILABLE', values: { description: 'Typed while the database was down', dueOn: '30/4/2026' } });
    expect(result.ok ? '' : result.message).toMatch(/not saved.*still here/);
    await dead.db.close();
    // and nothing was half-saved: the same form goes through once the database is back
    setDatabaseHandle({ db: t.db, prisma: t.prisma });
    expect(await createAction.execute({ ...w.call(w.admin.id), input: form })).toMatchObject({ ok: true });
  });

  it('server actions outside the action wrapper (sign-in links, accepting an invitation) answer UNAVAILABLE too', async () => {
    const dead = await deadHandle();
    setDatabaseHandle(dead);
    const form = new FormData();
    form.set('email', 'someone@example.test');
    form.set('password', 'never echoed');
    const result = await keepFormOnOutage(form, async () => {
      await withApp((tx) => tx.person.count());
      return { ok: true, data: null };
    });
    expect(result).toMatchObject({ ok: false, code: 'UNAVAILABLE', values: { email: 'someone@example.test' } });
    expect(result.ok ? null : result.values).not.toHaveProperty('password');
    await dead.db.close();
  });

  it('pages answer 503 with Retry-After while the server cannot be reached, and pass again once it can', async () => {
    const saved = process.env.DATABASE_URL;
    const listener = net.createServer((s) => s.destroy());
    await new Promise<void>((resolve) => listener.listen(LIVE_PORT, '127.0.0.1', resolve));
    try {
      const page = () => proxy(new NextRequest('http://localhost/northbridge/boards'));
      process.env.DATABASE_URL = deadUrl;
      expect((await page()).status).toBe(200); // no failure seen yet: nothing to refuse
      recordUnavailable(new Error('connect ECONNREFUSED'), 'test', Date.now(), () => undefined);
      const refused = await page();
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.text()).toMatch(/service is unavailable/);
      // the health check is never blocked by it
      expect((await proxy(new NextRequest('http://localhost/api/health'))).status).toBe(200);
      // the server is back: the probe (after its 2 s memory) lets pages through
      resetOutageState();
      recordUnavailable(new Error('connect ECONNREFUSED'), 'test', Date.now() - 3_000, () => undefined);
      process.env.DATABASE_URL = `postgresql://nobody@127.0.0.1:${LIVE_PORT}/tabled`;
      expect((await page()).status).toBe(200);
    } finally {
      process.env.DATABASE_URL = saved;
      if (saved === undefined) delete process.env.DATABASE_URL;
      await new Promise((resolve) => listener.close(resolve));
    }
  });

  it('the first page to meet the outage answers 503 with Retry-After too, not the 500 of a failed render', async () => {
    // The front door of scripts/serve.ts around a stand-in for Next: the page's first read
    // fails (the proxy let it through: no failure was on record yet), and Next answers 500
    // with its error page, gzipped, with a cookie.
    const dead = await deadHandle();
    setDatabaseHandle(dead);
    resetOutageState();
    let bug = false;
    const server = http.createServer((req, res) => {
      res.setHeader('Connection', 'close'); // as a draining worker does
      answerOutageAs503(req, res, false);
      const fail = () => {
        res.statusCode = 500;
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Set-Cookie', 'next-auth.csrf=1');
        res.write(zlib.gzipSync('<!doctype html><title>Internal Server Error</title>'));
        res.end();
      };
      if (bug) return fail();
      withApp((tx) => tx.person.count()).then(() => res.end('ok'), fail);
    });
    await new Promise<void>((resolve) => server.listen(FRONT_DOOR_PORT, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${FRONT_DOOR_PORT}`;
    try {
      for (const method of ['GET', 'HEAD']) {
        resetOutageState();
        const first = await fetch(`${origin}/northbridge/boards`, { method });
        expect(first.status).toBe(503);
        expect(Number(first.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(first.headers.get('set-cookie')).toBeNull();
        expect(first.headers.get('content-encoding')).toBeNull();
        expect(first.headers.get('cache-control')).toBe('no-store');
        expect(first.headers.get('connection')).toBe('close');
        if (method === 'GET') expect(await first.text()).toMatch(/Sorry, the service is unavailable/);
      }
      // route handlers keep their own answer (defineRoute already says 503 in JSON)
      expect((await fetch(`${origin}/api/councils/x/boards/y/meetings/z/papers`)).status).toBe(500);
      // a page that fails for another reason, with no outage on record, stays a 500
      setDatabaseHandle({ db: t.db, prisma: t.prisma });
      resetOutageState();
      bug = true;
      const other = await fetch(`${origin}/northbridge/boards`);
      expect(other.status).toBe(500);
      expect(await other.text()).toMatch(/Internal Server Error/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await dead.db.close();
    }
  });

  it('the public health check says only "down"; operators see why with HEALTH_TOKEN', async () => {
    const dead = await deadHandle();
    setDatabaseHandle(dead);
    process.env.HEALTH_TOKEN = 'operator-token-for-the-fault-suite';
    try {
      const pub = await publicHealthResponse();
      expect(pub.status).toBe(503);
      expect(await pub.json()).toEqual({ status: 'down' });
      expect((await operatorHealthResponse(new Request('http://localhost/api/health/details'))).status).toBe(401);
      expect((await operatorHealthResponse(new Request('http://localhost/api/health/details', { headers: { authorization: 'Bearer wrong' } }))).status).toBe(
        401,
      );
      const op = await operatorHealthResponse(
        new Request('http://localhost/api/health/details', { headers: { authorization: 'Bearer operator-token-for-the-fault-suite' } }),
      );
      expect(op.status).toBe(503);
      expect(await op.json()).toMatchObject({ status: 'down', database: { kind: 'server', ok: false, error: expect.stringMatching(/ECONNREFUSED|connect/) } });
      delete process.env.HEALTH_TOKEN;
      expect((await operatorHealthResponse(new Request('http://localhost/api/health/details'))).status).toBe(404);
    } finally {
      delete process.env.HEALTH_TOKEN;
      await dead.db.close();
    }
    setDatabaseHandle({ db: t.db, prisma: t.prisma });
    expect(await (await publicHealthResponse()).json()).toEqual({ status: 'up' });
  });

  it('logs one line per failure and a summary at most once a minute', () => {
    const lines: string[] = [];
    const start = Date.now();
    for (let i = 0; i < 50; i += 1)
      recordUnavailable(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432\n    at stack line\n    at another'), { code: 'ECONNREFUSED' }),
        'query',
        start + i * 100,
        (l) => lines.push(l),
      );
    expect(lines.filter((l) => l.startsWith('[db] unavailable'))).toHaveLength(50);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('[db] summary'))).toHaveLength(0);
    recordUnavailable(new Error('connect ECONNREFUSED'), 'query', start + 61_000, (l) => lines.push(l));
    expect(lines.filter((l) => l.startsWith('[db] summary'))).toEqual([expect.stringMatching(/^\[db\] summary: 50 request\(s\) failed/)]);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('a connection dropped while idle in the pool is retried once, on a fresh one', async () => {
    // A forwarder in front of the server that, when told, drops every connection it
    // already carries at the next byte the app sends (as a server restart would).
    const upstream = new URL(inject('databaseUrl'));
    let generation = 0;
    let dropBefore = 0;
    let connections = 0;
    const forwarder = net.createServer((client) => {
      const born = generation;
      connections += 1;
      const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
      client.on('data', (chunk) => {
        if (born < dropBefore) {
          client.destroy();
          server.destroy();
          return;
        }
        server.write(chunk);
      });
      server.on('data', (chunk) => client.write(chunk));
      for (const sock of [client, server]) sock.on('error', () => undefined);
      client.on('close', () => server.destroy());
    });
    await new Promise<void>((resolve) => forwarder.listen(FORWARD_PORT, '127.0.0.1', resolve));
    const url = new URL(upstream);
    url.host = `127.0.0.1:${FORWARD_PORT}`;
    const db = await openDatabase({ kind: 'server', url: url.toString(), poolSize: 1 });
    const prisma = createPrismaClient(db);
    try {
      expect(await withApp((tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`, prisma)).toEqual([{ one: 1 }]);
      const before = connections;
      generation += 1;
      dropBefore = generation; // every connection open now dies at its next byte
      expect(await withApp((tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`, prisma)).toEqual([{ one: 1 }]);
      expect(connections).toBeGreaterThan(before); // answered on a fresh connection
    } finally {
      await prisma.$disconnect();
      await db.close();
      await new Promise((resolve) => forwarder.close(resolve));
    }
  });
});

// Several servers, one database: two app servers (scripts/serve.ts, the production start)
// on two loopback ports against one PostgreSQL server database and one S3-compatible
// store (s3rver). A paper uploaded on one is downloaded from the other; a session signed
// in on one is used on the other; every outbox message is delivered exactly once though
// both servers run the outbox worker; when the delivering server drains and stops, the
// other takes over; a worker that dies is replaced. No browser: plain HTTP, so no axe.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { MAIL_QUEUE, QUEUE_SCHEMA } from '../../lib/queue/queues';
import { startMailSink, type MailSink } from '../../lib/mail/sink';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../prisma/seed/demo-credentials';
import { startLocalS3, type LocalS3 } from '../integration/s3rver';

const SERVER_URL = process.env.TEST_DATABASE_URL || 'postgresql://root@127.0.0.1:5432/postgres';
const PORTS = { s3: 39_640, a: 39_641, b: 39_642 };
const secret = crypto.randomBytes(32).toString('base64url');
const dbName = `tabled_scaleout_${crypto.randomBytes(4).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(SERVER_URL);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

test.describe.configure({ mode: 'serial', timeout: 240_000 });

type Instance = { origin: string; child: ChildProcess; log: () => string; exited: Promise<number | null> };

let s3: LocalS3;
let sink: MailSink;
let mailDir: string;
let admin: pg.Pool;
const instances: Instance[] = [];

async function startInstance(port: number, workers: number, extraEnv: Record<string, string> = {}): Promise<Instance> {
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(
    process.execPath,
    [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      env: {
        ...process.env,
        ...s3.env,
        NODE_ENV: 'production',
        DATABASE_URL: dbUrl,
        MIGRATION_DATABASE_URL: dbUrl,
        DATABASE_POOL_SIZE: '4',
        WEB_CONCURRENCY: String(workers),
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: origin,
        SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
        OUTBOX_INTERVAL_MS: '250',
        OUTBOX_LEADER_RETRY_MS: '300',
        SHUTDOWN_TIMEOUT_MS: '10000',
        TABLED_OUTBOX_WORKER: 'true',
        // the system clock, not the file the server-clock journeys move (playwright.config.ts)
        TABLED_TEST_CLOCK_FILE: '',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const answered = async () =>
    child.exitCode !== null ||
    (await fetch(`${origin}/api/health`)
      .then((r) => r.status === 200)
      .catch(() => false));
  await waitFor(`instance on ${port} to answer`, answered, 90_000).catch((error) => {
    throw new Error(`${error.message}:\n${output}`);
  });
  if (child.exitCode !== null) throw new Error(`instance on ${port} exited:\n${output}`);
  const instance = { origin, child, log: () => output, exited };
  instances.push(instance);
  return instance;
}

/** The pids of a process's children (the cluster workers of a primary started through tsx's own child). */
function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    for (const task of fs.readdirSync(`/proc/${p}/task`, { withFileTypes: true })) {
      const text = fs.readFileSync(`/proc/${p}/task/${task.name}/children`, 'utf8').trim();
      for (const c of text ? text.split(/\s+/).map(Number) : []) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(pid);
  return out;
}
const workerPids = (i: Instance) =>
  descendants(i.child.pid!)
    .filter((p) => fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('serve.ts'))
    .slice(1);

async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  let value: T | null | undefined | false;
  await expect.poll(async () => Boolean((value = await fn())), { message: `timed out waiting for ${what}`, timeout: ms }).toBe(true);
  return value as T;
}

async function signIn(origin: string, email: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie, origin },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: 'true', callbackUrl: `${origin}/` }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  expect(session, `no session cookie from ${origin} (HTTP ${res.status})`).toBeTruthy();
  return session!.split(';')[0]!;
}

test.beforeAll(async () => {
  admin = new pg.Pool({ connectionString: SERVER_URL, max: 1 });
  // several servers need a PostgreSQL server; every developer and CI machine has one on loopback
  const reachable = await admin.query('SELECT 1').then(
    () => true,
    () => false,
  );
  expect(reachable, `no PostgreSQL server at ${SERVER_URL}: start it, or set TEST_DATABASE_URL`).toBe(true);
  await admin.query(`CREATE DATABASE ${dbName}`);
  // migrations and the demo councils, as a deployment's first start does (Playwright's loader cannot import the Prisma client)
  const prepared = spawnSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/prepare-db.ts'], {
    env: { ...process.env, DATABASE_URL: dbUrl, MIGRATION_DATABASE_URL: dbUrl, TABLED_SEED_DEMO: 'true' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(prepared.status, prepared.stderr).toBe(0);
  s3 = await startLocalS3(PORTS.s3);
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabled-scaleout-mail-'));
  sink = await startMailSink({ port: 0, dir: mailDir });
  // B sits behind a proxy that compresses, so it does not
  await Promise.all([startInstance(PORTS.a, 2), startInstance(PORTS.b, 1, { COMPRESS: 'false' })]);
});

test.afterAll(async () => {
  for (const i of instances) {
    try {
      process.kill(-i.child.pid!, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
  await Promise.all(instances.map((i) => Promise.race([i.exited, new Promise((r) => setTimeout(r, 15_000))])));
  for (const i of instances) {
    try {
      process.kill(-i.child.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  const bounded = (p: Promise<unknown> | undefined) => Promise.race([p, new Promise((r) => setTimeout(r, 5_000))]);
  await bounded(sink?.close());
  await bounded(s3?.close());
  if (mailDir) fs.rmSync(mailDir, { recursive: true, force: true });
  if (admin) {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});

test('a session signed in on one server is good on the other, a paper uploaded on one downloads from the other, and COMPRESS=false leaves compression to a proxy', async () => {
  // by port: the instances list is in the order they became healthy
  const a = instances.find((i) => i.origin.endsWith(`:${PORTS.a}`))!;
  const b = instances.find((i) => i.origin.endsWith(`:${PORTS.b}`))!;
  const cookie = await signIn(a.origin, DEMO_ACCOUNTS.administrator);
  const boardsOnB = await fetch(`${b.origin}/northbridge`, { headers: { cookie }, redirect: 'manual' });
  const anonymousOnB = await fetch(`${b.origin}/northbridge`, { redirect: 'manual' });
  expect(anonymousOnB.status).toBeGreaterThanOrEqual(300);
  expect(boardsOnB.status).toBe(200);
  // the app gzips unless COMPRESS=false
  // (node:http, not fetch: fetch decodes the body and hides how it came)
  const encoding = (origin: string) =>
    new Promise<string | undefined>((resolve, reject) => {
      http
        .get(`${origin}/sign-in`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          res.resume();
          resolve(res.headers['content-encoding']);
        })
        .on('error', reject);
    });
  expect(await encoding(a.origin)).toBe('gzip');
  expect(await encoding(b.origin)).toBeUndefined();

  const { rows } = await admin.query(`SELECT 1`); // the admin pool is on the maintenance database; read the app's own below
  expect(rows).toHaveLength(1);
  const app = new pg.Client({ connectionString: dbUrl });
  await app.connect();
  try {
    const meeting = (
      await app.query<{ id: string; board: string }>(
        `SELECT m.id, b.slug AS board FROM "Meeting" m JOIN "Board" b ON b.id = m."boardId" JOIN "Council" c ON c.id = b."councilId"
       WHERE c.slug = 'northbridge' ORDER BY m."startsAt" DESC LIMIT 1`,
      )
    ).rows[0]!;
    const pdf = Buffer.from(`%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%${crypto.randomBytes(2000).toString('hex')}\n%%EOF\n`);
    const base = `/api/councils/northbridge/boards/${meeting.board}/meetings/${meeting.id}/papers`;
    const up = await fetch(`${a.origin}${base}?${new URLSearchParams({ title: 'Scale-out paper', marking: 'OFFICIAL', fileName: 'scale-out.pdf' })}`, {
      method: 'POST',
      headers: { cookie, origin: a.origin, 'content-type': 'application/pdf' },
      body: pdf,
    });
    const upBody = (await up.json()) as { data?: { paperId: string; fileId: string } };
    expect(up.status, JSON.stringify(upBody)).toBe(201);
    const file = (await app.query<{ storageKey: string }>(`SELECT "storageKey" FROM "PaperFile" WHERE id = $1`, [upBody.data!.fileId])).rows[0]!;
    // in the object store, not on either server's disk
    expect(fs.readdirSync(s3.dir, { recursive: true }).some((f) => String(f).includes(file.storageKey.split('/').pop()!))).toBe(true);
    const down = await fetch(`${b.origin}${base}/${upBody.data!.paperId}/files/${upBody.data!.fileId}`, { headers: { cookie } });
    expect(down.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await down.arrayBuffer()), pdf)).toBe(0);
  } finally {
    await app.end();
  }
});

test('each outbox message is delivered exactly once with both servers running the job queue, and the other server takes over when the deliverer stops', async () => {
  const app = new pg.Pool({ connectionString: dbUrl, max: 2 });
  // each message with its job on the mail queue, as lib/mail/outbox.ts queues them
  const queue = new PgBoss({ connectionString: dbUrl, schema: QUEUE_SCHEMA, migrate: false, supervise: false, schedule: false, registerInstance: false });
  await queue.start();
  const enqueue = async (tag: string, n: number) => {
    for (let i = 0; i < n; i++) {
      const { rows } = await app.query<{ id: string }>(
        `INSERT INTO "OutboxMessage" (kind, "toAddress", subject, "textBody", "nextAttemptAt") VALUES ('scale-out', $1, $2, 'x', now()) RETURNING id`,
        [`m${i}@example.test`, `${tag} ${i}`],
      );
      await queue.send(MAIL_QUEUE, { id: rows[0]!.id, kind: 'scale-out' });
    }
  };
  const delivered = (tag: string) =>
    fs
      .readdirSync(mailDir)
      .map((f) => fs.readFileSync(path.join(mailDir, f), 'utf8'))
      .filter((t) => t.includes(tag));
  const subjects = (tag: string) =>
    delivered(tag)
      .map((t) => /Subject: (.*)/.exec(t)?.[1]?.trim())
      .sort();
  const attemptsOf = async (tag: string) =>
    (
      await app.query<{ attempts: number }>(`SELECT attempts FROM "OutboxMessage" WHERE kind = 'scale-out' AND subject LIKE $1 ORDER BY subject`, [`${tag} %`])
    ).rows.map((r) => r.attempts);
  try {
    // exactly one process in the deployment holds the outbox lock
    const holders = await waitFor('an outbox leader', async () => {
      const { rows } = await app.query<{ pid: number }>(`SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = 72616402 AND granted`);
      return rows.length === 1 ? rows : null;
    });
    expect(holders).toHaveLength(1);

    await enqueue('first-batch', 20);
    await waitFor(
      '20 messages sent',
      async () => (await app.query(`SELECT count(*)::int AS n FROM "OutboxMessage" WHERE kind = 'scale-out' AND status = 'SENT'`)).rows[0].n === 20,
    );
    // a message is claimed once per delivery: one attempt each means no server sent it twice
    expect(await attemptsOf('first-batch')).toEqual(Array(20).fill(1));
    expect(subjects('first-batch')).toEqual(Array.from({ length: 20 }, (_, i) => `first-batch ${i}`).sort());

    // the server whose process holds the lock drains and stops; the other one delivers from then on
    const leaderBackend = holders[0]!.pid;
    const owner = await app.query<{ application_name: string }>(`SELECT application_name FROM pg_stat_activity WHERE pid = $1`, [leaderBackend]);
    const leaderPid = Number(/^tabled-outbox-leader pid=(\d+)$/.exec(owner.rows[0]?.application_name ?? '')?.[1]);
    const leaderInstance = instances.find((i) => descendants(i.child.pid!).includes(leaderPid));
    expect(leaderInstance, 'the leader is one of the two servers').toBeTruthy();
    const other = instances.find((i) => i !== leaderInstance)!;
    process.kill(-leaderInstance!.child.pid!, 'SIGTERM');
    expect(await leaderInstance!.exited).toBe(0);
    instances.splice(instances.indexOf(leaderInstance!), 1);

    await enqueue('second-batch', 5);
    await waitFor(
      '5 more sent by the remaining server',
      async () => (await app.query(`SELECT count(*)::int AS n FROM "OutboxMessage" WHERE kind = 'scale-out' AND status = 'SENT'`)).rows[0].n === 25,
    );
    expect(await attemptsOf('second-batch')).toEqual(Array(5).fill(1));
    expect(subjects('second-batch')).toEqual(Array.from({ length: 5 }, (_, i) => `second-batch ${i}`).sort());
    expect(subjects('first-batch')).toHaveLength(20);
    expect((await fetch(`${other.origin}/api/health`)).status).toBe(200);
  } finally {
    await queue.stop({ graceful: false });
    await app.end();
  }
});

test('a worker that dies is replaced while the server keeps answering', async () => {
  const a = instances.find((i) => i.origin.endsWith(String(PORTS.a))) ?? (await startInstance(PORTS.a, 2));
  const healthy = () =>
    fetch(`${a.origin}/api/health`, { signal: AbortSignal.timeout(10_000) })
      .then((r) => r.status === 200)
      .catch(() => false);
  const before = await waitFor('two workers', async () => {
    const p = workerPids(a);
    return p.length === 2 ? p : null;
  });
  process.kill(before[0]!, 'SIGKILL');
  // a connection handed to the worker as it died may fail; the other worker answers the rest
  await waitFor('the surviving worker to answer', healthy);
  const after = await waitFor('a replacement worker', async () => {
    const p = workerPids(a);
    return p.length === 2 && !p.includes(before[0]!) ? p : null;
  });
  expect(after).toContain(before[1]);
  await waitFor('the replacement to listen', async () => /Worker \d \(pid \d+\) exited \(SIGKILL\); starting another/.test(a.log()) && (await healthy()));
  const answers = [];
  for (let i = 0; i < 10; i++) answers.push(await healthy());
  expect(answers.every(Boolean)).toBe(true);
});

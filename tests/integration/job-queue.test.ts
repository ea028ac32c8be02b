import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, createPrismaClient, type Database } from '../../lib/db/connection';
import { applyMigrations } from '../../lib/db/migrate';
import { setDatabaseHandle } from '../../lib/db/client';
import type { PrismaClient } from '../../lib/db/generated/prisma/client';
import { withApp, withCouncil } from '../../lib/db/tenant';
import { runDueReminders } from '../../lib/reminders';
import * as make from '../fixtures';
import { enqueueMail } from '../../lib/mail/outbox';
import { startMailSink, type MailSink } from '../../lib/mail/sink';
import { createTransport } from '../../lib/mail/transport';
import { MAIL_QUEUE, SCHEDULE_TIME_ZONE, scheduledQueues } from '../../lib/queue/queues';
import { runScheduledNow, startQueueRunner, type QueueRunner } from '../../lib/queue/runner';

// Two app servers running the job queue at once, on a database of this file's own: a real
// runner delivers every message it finds, so it must not share a queue with other files.
let db: Database;
let prisma: PrismaClient;
let sink: MailSink;
let dropDatabase = async () => {};

beforeAll(async () => {
  const server = process.env.TEST_DATABASE_URL?.trim();
  if (server) {
    const name = `tabled_queue_${Date.now()}_${process.pid}`;
    const admin = await openDatabase({ kind: 'server', url: server, poolSize: 1 });
    await admin.exec(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    db = await openDatabase({ kind: 'server', url: url.toString(), poolSize: 4 });
    dropDatabase = async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
  } else db = await openDatabase({ kind: 'embedded' });
  await applyMigrations(db);
  prisma = createPrismaClient(db);
  setDatabaseHandle({ db, prisma });
  sink = await startMailSink();
}, 120_000);

afterAll(async () => {
  await sink?.close();
  await prisma?.$disconnect();
  await db?.close();
  await dropDatabase();
});

async function twoServers(scheduled: Record<string, () => Promise<void>> = {}): Promise<QueueRunner[]> {
  const transport = createTransport(`smtp://127.0.0.1:${sink.port}`);
  return Promise.all(['a', 'b'].map((name) => startQueueRunner({ db, transport, scheduled, pollingSeconds: 0.5, instanceName: `test server ${name}` })));
}

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the job queue with two app servers', () => {
  it('delivers each queued message exactly once', async () => {
    const tag = crypto.randomBytes(4).toString('hex');
    const count = 12;
    for (let n = 1; n <= count; n += 1) {
      await withApp((tx) => enqueueMail(tx, { kind: `race-${tag}`, to: `m${n}-${tag}@example.test`, subject: `Papers ${n}`, text: 'Ready.' }));
    }
    const servers = await twoServers();
    try {
      for (const server of servers) server.kickMail();
      await until(async () => (await prisma.outboxMessage.count({ where: { kind: `race-${tag}`, status: 'SENT' } })) === count);
      // completed jobs are settled a moment after the send is recorded
      await until(async () => (await servers[0]!.boss.findJobs(MAIL_QUEUE, { data: { kind: `race-${tag}` }, queued: true })).length === 0);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
    for (let n = 1; n <= count; n += 1) expect(sink.messages.filter((m) => m.to === `m${n}-${tag}@example.test`)).toHaveLength(1);
    const rows = await prisma.outboxMessage.findMany({ where: { kind: `race-${tag}` } });
    expect(rows.map((r) => r.attempts)).toEqual(Array.from({ length: count }, () => 1));
  }, 60_000);

  it('sends each reminder exactly once when both servers run the reminders job at the same moment', async () => {
    const council = await make.council('Queue Borough Council');
    const owner = await make.person(council, 'Action Owner', { email: `owner-${council.slug}@example.test` });
    const board = await make.board(council);
    const seat = await make.seat(council, board, owner);
    await withCouncil(council.id, (tx) =>
      tx.action.create({
        data: {
          councilId: council.id,
          boardId: board.id,
          reference: 'IB-2026-001',
          description: 'Report the audit',
          ownerSeatId: seat.id,
          dueOn: new Date('2026-04-30T00:00:00Z'),
        },
      }),
    );
    // the injectable clock: the day the action is due, after 07:00 London
    const now = new Date('2026-04-30T06:30:00Z');
    let runs = 0;
    const scheduled = {
      reminders: async () => {
        runs += 1;
        await runDueReminders(now, { councilIds: [council.id] });
      },
    };
    const servers = await twoServers(scheduled);
    try {
      // two slots' jobs, one taken by each server at once, and a third later
      await servers[0]!.boss.send('reminders', null);
      await servers[1]!.boss.send('reminders', null);
      await until(async () => runs === 2);
      await servers[0]!.boss.send('reminders', null);
      await until(async () => runs === 3);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
    const mails = await withCouncil(council.id, (tx) => tx.outboxMessage.findMany({ where: { councilId: council.id, kind: 'reminder.action-due' } }));
    expect(mails.map((m) => m.toAddress)).toEqual([owner.email]);
    expect(mails[0]!.subject).toMatch(/^Action due/);
  }, 60_000);

  it('keeps one schedule per job in Europe/London, and a start-up catch-up runs once however many servers start', async () => {
    let runs = 0;
    const scheduled = { 'storage-reconcile': async () => void (runs += 1) };
    const servers = await twoServers(scheduled);
    try {
      const schedules = await servers[0]!.boss.getSchedules('storage-reconcile');
      expect(schedules).toHaveLength(1);
      expect(schedules[0]).toMatchObject({ cron: scheduledQueues().find((q) => q.name === 'storage-reconcile')!.cron, options: { tz: SCHEDULE_TIME_ZONE } });
      const now = new Date();
      await Promise.all(servers.map((s) => runScheduledNow(s.boss, Object.keys(scheduled), now)));
      await until(async () => runs >= 1);
      // both asked within the same minute: pg-boss kept one job
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(runs).toBe(1);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  }, 60_000);
});

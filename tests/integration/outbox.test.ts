import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withApp } from '../../lib/db/tenant';
import { mailConfig } from '../../lib/mail/config';
import { deliverPending, enqueueMail, outboxSummary } from '../../lib/mail/outbox';
import { startMailSink, type MailSink } from '../../lib/mail/sink';
import { createTransport, type MailTransport } from '../../lib/mail/transport';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';

let t: TestDb;
let sink: MailSink;
let live: MailTransport;
/** A transport to a port where nothing listens any more: an SMTP outage. */
let dead: MailTransport;

beforeAll(async () => {
  t = await openTestDatabase();
  sink = await startMailSink();
  live = createTransport(`smtp://user:secret@127.0.0.1:${sink.port}`);
  const gone = await startMailSink();
  await gone.close();
  dead = createTransport(`smtp://127.0.0.1:${gone.port}`);
});
afterAll(async () => {
  await sink?.close();
  await closeTestDatabase(t);
});

// On the server run every test file shares one database, so each test enqueues under a
// kind and addresses of its own and delivers only that kind.
function scope() {
  const tag = crypto.randomBytes(5).toString('hex');
  return { kind: `test-${tag}`, to: (n = 1) => `member-${tag}-${n}@example.test` };
}

const received = (to: string) => sink.messages.filter((m) => m.to === to);
const row = (id: string) => t.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });

async function enqueue(kind: string, to: string, subject = 'Board papers published') {
  return withApp((tx) => enqueueMail(tx, { kind, to, subject, text: `Papers are ready for ${to}.`, html: `<p>Papers are ready for <b>${to}</b>.</p>` }));
}

describe('mail outbox', () => {
  it('stores nothing when the transaction that enqueued a message rolls back', async () => {
    const { kind, to } = scope();
    await expect(
      withApp(async (tx) => {
        await enqueueMail(tx, { kind, to: to(), subject: 'Never', text: 'Never sent' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.prisma.outboxMessage.count({ where: { kind } })).toBe(0);
    expect(await deliverPending({ transport: live, kind })).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('refuses something that is not one email address', async () => {
    const { kind } = scope();
    await expect(withApp((tx) => enqueueMail(tx, { kind, to: 'a@x.test, b@x.test', subject: 's', text: 't' }))).rejects.toThrow(/email address/);
  });

  it('delivers a committed message over SMTP and marks it sent', async () => {
    const { kind, to } = scope();
    const { id } = await enqueue(kind, to(), 'Agenda for 3 March');
    expect((await row(id)).status).toBe('PENDING');

    expect(await deliverPending({ transport: live, kind })).toEqual({ sent: 1, retried: 0, failed: 0 });

    const mail = await sink.waitFor((m) => m.to === to(), 5_000);
    expect(mail.subject).toBe('Agenda for 3 March');
    expect(mail.text.trim()).toBe(`Papers are ready for ${to()}.`);
    expect(mail.html).toContain(`<b>${to()}</b>`);
    expect(mail.raw).toContain('From: Tabled <no-reply@tabled.localhost>');
    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);

    // Sent once: a later run finds nothing to do.
    expect(await deliverPending({ transport: live, kind, now: new Date(Date.now() + 86_400_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(received(to())).toHaveLength(1);
  });

  it('keeps a message through an SMTP outage and sends it when the server is back', async () => {
    const { kind, to } = scope();
    const { id } = await enqueue(kind, to());
    const t0 = new Date();

    expect(await deliverPending({ transport: dead, kind, now: t0 })).toEqual({ sent: 0, retried: 1, failed: 0, unreachable: true });
    const waiting = await row(id);
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(waiting.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);

    // Not retried before it is due, even with the server back.
    expect(await deliverPending({ transport: live, kind, now: new Date(t0.getTime() + 29_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect((await row(id)).attempts).toBe(1);

    expect(await deliverPending({ transport: live, kind, now: new Date(waiting.nextAttemptAt.getTime() + 1) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(received(to())).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('gives a message the server refuses up as failed after the maximum attempts', async () => {
    const { kind, to } = scope();
    const { id } = await enqueue(kind, to());
    const max = mailConfig().maxAttempts;
    // A server that answers, and refuses the recipient (550): unlike an outage, this uses up attempts.
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onRcptTo: (_a, _s, cb) => cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })),
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const refused = createTransport(`smtp://127.0.0.1:${(refusing.server.address() as AddressInfo).port}`);

    const delays: number[] = [];
    for (let attempt = 1; attempt <= max; attempt += 1) {
      const due = (await row(id)).nextAttemptAt;
      const result = await deliverPending({ transport: refused, kind, now: due });
      expect(result).toEqual(attempt < max ? { sent: 0, retried: 1, failed: 0 } : { sent: 0, retried: 0, failed: 1 });
      if (attempt < max) delays.push((await row(id)).nextAttemptAt.getTime() - due.getTime());
    }
    // Exponential backoff from 30 s, capped at an hour.
    expect(delays.slice(0, 3)).toEqual([30_000, 60_000, 120_000]);
    expect(Math.max(...delays)).toBeLessThanOrEqual(3_600_000);

    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: max, sentAt: null });
    expect(failed.lastError).toBeTruthy();

    // Never picked up again, even with a working server.
    expect(await deliverPending({ transport: live, kind, now: new Date(Date.now() + 30 * 86_400_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(received(to())).toHaveLength(0);
    expect((await outboxSummary()).FAILED).toBeGreaterThanOrEqual(1);
    await new Promise<void>((resolve) => refusing.close(() => resolve()));
  });

  it('sends each message exactly once when deliverers race', async () => {
    const { kind, to } = scope();
    const count = 12;
    const ids: string[] = [];
    for (let n = 1; n <= count; n += 1) ids.push((await enqueue(kind, to(n))).id);

    // Four deliverers with a limit below the batch all find work and contend for the same
    // rows (with only two, the second often starts after the first has committed).
    const race = () => deliverPending({ transport: live, kind, limit: 3 });
    const results = await Promise.all([race(), race(), race(), race()]);

    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(count);
    for (let n = 1; n <= count; n += 1) expect(received(to(n))).toHaveLength(1);
    const rows = await t.prisma.outboxMessage.findMany({ where: { id: { in: ids } } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(Array.from({ length: count }, () => ['SENT', 1]));
  });

  // The embedded database has one connection, so a second transaction cannot hold locks meanwhile.
  it.runIf(Boolean(inject('databaseUrl')))('skips a message another deliverer has locked instead of waiting for it', async () => {
    const { kind, to } = scope();
    const locked = await enqueue(kind, to(1));
    await enqueue(kind, to(2));
    await t.db.withSession(async (session) => {
      await session.exec('BEGIN');
      try {
        await session.query('SELECT "id" FROM "OutboxMessage" WHERE "id" = $1 FOR UPDATE', [locked.id]);
        // Bounded: a deliverer that waited for the lock would wait until the ROLLBACK below.
        const run = deliverPending({ transport: live, kind });
        const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('deliverPending waited for a locked row')), 5_000).unref());
        expect(await Promise.race([run, timeout])).toEqual({ sent: 1, retried: 0, failed: 0 });
        expect(received(to(2))).toHaveLength(1);
        expect(received(to(1))).toHaveLength(0);
      } finally {
        await session.exec('ROLLBACK');
      }
    });
    expect(await deliverPending({ transport: live, kind })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(received(to(1))).toHaveLength(1);
  });
});

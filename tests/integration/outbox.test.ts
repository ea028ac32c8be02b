import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withApp } from '../../lib/db/tenant';
import { mailConfig } from '../../lib/mail/config';
import { enqueueMail, outboxSummary, type MailJob } from '../../lib/mail/outbox';
import { MAIL_QUEUE } from '../../lib/queue/queues';
import { startQueueSender } from '../../lib/queue/sender';
import { deliverPending } from './mail-queue';
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

/** This kind's mail jobs still waiting on the queue. */
async function queuedJobs(kind: string) {
  return (await startQueueSender(t.db)).findJobs<MailJob>(MAIL_QUEUE, { data: { kind }, queued: true });
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
    expect(await deliverPending({ transport: live, kind })).toEqual({ sent: 0, waiting: 0, retried: 0, failed: 0 });
  });

  it('refuses something that is not one email address', async () => {
    const { kind } = scope();
    await expect(withApp((tx) => enqueueMail(tx, { kind, to: 'a@x.test, b@x.test', subject: 's', text: 't' }))).rejects.toThrow(/email address/);
  });

  it('queues the message on the job queue in the same transaction, delivers it over SMTP and marks it sent', async () => {
    const { kind, to } = scope();
    const { id } = await enqueue(kind, to(), 'Agenda for 3 March');
    expect((await row(id)).status).toBe('PENDING');
    const [job] = await queuedJobs(kind);
    expect(job?.data).toEqual({ id, kind });
    expect(job?.retryLimit).toBe(mailConfig().maxAttempts - 1);

    expect(await deliverPending({ transport: live, kind })).toEqual({ sent: 1, waiting: 0, retried: 0, failed: 0 });

    const mail = await sink.waitFor((m) => m.to === to(), 5_000);
    expect(mail.subject).toBe('Agenda for 3 March');
    expect(mail.text.trim()).toBe(`Papers are ready for ${to()}.`);
    expect(mail.html).toContain(`<b>${to()}</b>`);
    expect(mail.raw).toContain('From: Tabled <no-reply@tabled.localhost>');
    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);

    // Sent once: the job is done, and a later run finds nothing to do.
    expect(await queuedJobs(kind)).toEqual([]);
    expect(await deliverPending({ transport: live, kind, now: new Date(Date.now() + 86_400_000) })).toEqual({ sent: 0, waiting: 0, retried: 0, failed: 0 });
    expect(received(to())).toHaveLength(1);
  });

  it('keeps a message through an SMTP outage without using up its attempts, and sends it when the server is back', async () => {
    const { kind, to } = scope();
    const { id } = await enqueue(kind, to());
    const t0 = new Date();

    for (let n = 0; n < 12; n += 1) {
      expect(await deliverPending({ transport: dead, kind, now: new Date(t0.getTime() + n * 3_600_000) })).toMatchObject({ waiting: 1, failed: 0 });
    }
    const waiting = await row(id);
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 0, sentAt: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    // the next try waits: at most five minutes once the outage has lasted
    const [next] = await queuedJobs(kind);
    expect(next!.startAfter.getTime() - Date.now()).toBeGreaterThan(4 * 60_000);
    expect(next!.startAfter.getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000 + 5_000);

    // Not retried before it is due, even with the server back.
    expect(await deliverPending({ transport: live, kind })).toMatchObject({ sent: 0 });
    expect(await deliverPending({ transport: live, kind, now: new Date(next!.startAfter.getTime() + 1) })).toMatchObject({ sent: 1 });
    expect(received(to())).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('retries a message the server refuses with backoff, then dead-letters it: marked failed for the administrators', async () => {
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

    const waits: number[] = [];
    const later = new Date(Date.now() + 30 * 86_400_000);
    for (let attempt = 1; attempt <= max; attempt += 1) {
      const before = Date.now();
      const result = await deliverPending({ transport: refused, kind, now: later });
      expect(result).toEqual(attempt < max ? { sent: 0, waiting: 0, retried: 1, failed: 0 } : { sent: 0, waiting: 0, retried: 0, failed: 1 });
      const [job] = await queuedJobs(kind);
      if (attempt < max) waits.push(job!.startAfter.getTime() - before);
      expect((await row(id)).lastError).toMatch(/Mailbox unavailable/);
    }
    // pg-boss's exponential backoff from 30 s (with jitter: between 30 s x 2^n and twice that), capped at an hour
    expect(waits[0]).toBeGreaterThanOrEqual(29_000);
    expect(waits[0]).toBeLessThanOrEqual(61_000);
    expect(waits[3]).toBeGreaterThanOrEqual(235_000);
    expect(Math.max(...waits)).toBeLessThanOrEqual(3_601_000);

    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: max, sentAt: null, secret: null });
    expect(failed.lastError).toBeTruthy();

    // Never picked up again, even with a working server.
    expect(await deliverPending({ transport: live, kind, now: later })).toEqual({ sent: 0, waiting: 0, retried: 0, failed: 0 });
    expect(received(to())).toHaveLength(0);
    expect((await outboxSummary()).FAILED).toBeGreaterThanOrEqual(1);
    await new Promise<void>((resolve) => refusing.close(() => resolve()));
  });
});

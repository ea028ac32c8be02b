import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withApp, withCouncil } from '../../lib/db/tenant';
import { councilMailAlert, listCouncilMail } from '../../lib/mail/admin';
import { requeueMail } from '../../lib/mail/actions';
import { enqueueMail, type MailJob } from '../../lib/mail/outbox';
import { MAIL_QUEUE } from '../../lib/queue/queues';
import { startQueueSender } from '../../lib/queue/sender';
import { deliverPending } from './mail-queue';
import { startMailSink, type MailSink } from '../../lib/mail/sink';
import { createTransport } from '../../lib/mail/transport';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

// Fault suite: the mail server goes down for longer than all the attempts a message has,
// then comes back. Nothing may end FAILED, and the waiting mail goes out within minutes of
// the server's return, not after an hour-long backoff. Administrators see
// what has not been delivered, can send it again (audited), and are alerted.
const MAIL_PORT = 39561;
let t: TestDb;
let sink: MailSink | null = null;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await sink?.close();
  await closeTestDatabase(t);
});

describe('mail through an outage', () => {
  it('mail server down then up: delivered, nothing FAILED', async () => {
    const kind = `fault-${crypto.randomBytes(4).toString('hex')}`;
    const to = (n: number) => `${kind}-${n}@example.test`;
    const transport = createTransport(`smtp://127.0.0.1:${MAIL_PORT}`);
    for (const n of [1, 2, 3]) await withApp((tx) => enqueueMail(tx, { kind, to: to(n), subject: `Papers ${n}`, text: 'The papers are ready.' }));

    // Down for days: far longer than all the attempts a refused message would have.
    let now = new Date();
    for (let round = 0; round < 12; round += 1) {
      expect(await deliverPending({ transport, kind, now })).toMatchObject({ sent: 0, waiting: 3, failed: 0 });
      now = new Date(now.getTime() + 6 * 3_600_000);
    }
    const waiting = await t.prisma.outboxMessage.findMany({ where: { kind } });
    expect(waiting.map((m) => m.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    // no try during an outage counts against a message
    expect(waiting.map((m) => m.attempts)).toEqual([0, 0, 0]);
    expect(waiting[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);
    // each waits at most five minutes before its next try, however long the outage
    const jobs = await (await startQueueSender(t.db)).findJobs<MailJob>(MAIL_QUEUE, { data: { kind }, queued: true });
    expect(jobs).toHaveLength(3);
    for (const job of jobs) expect(job.startAfter.getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000 + 5_000);

    // Back up: the next try of each goes.
    sink = await startMailSink({ port: MAIL_PORT });
    expect(await deliverPending({ transport, kind, now })).toEqual({ sent: 3, waiting: 0, retried: 0, failed: 0 });
    expect(await t.prisma.outboxMessage.count({ where: { kind, status: 'FAILED' } })).toBe(0);
    expect(await t.prisma.outboxMessage.count({ where: { kind, status: 'SENT' } })).toBe(3);
    expect(
      sink.messages
        .filter((m) => m.to.startsWith(kind))
        .map((m) => m.to)
        .sort(),
    ).toEqual([to(1), to(2), to(3)]);
  });

  it("administrators see their council's undelivered mail, send it again (audited), and are alerted", async () => {
    const council = await make.council();
    const other = await make.council();
    const admin = await t.prisma.person.create({ data: { name: 'Mail Admin', email: `admin@${council.slug}.test` } });
    const member = await t.prisma.person.create({ data: { name: 'Mail Member', email: `member@${council.slug}.test` } });
    await withCouncil(council.id, async (tx) => {
      await tx.councilMembership.create({ data: { councilId: council.id, personId: admin.id, role: 'ADMIN' } });
      await tx.councilMembership.create({ data: { councilId: council.id, personId: member.id, role: 'MEMBER' } });
    });
    const mine = await withCouncil(council.id, (tx) =>
      enqueueMail(tx, { councilId: council.id, kind: 'invitation', to: 'invitee@example.test', subject: 'You are invited', text: 'x' }),
    );
    await withCouncil(other.id, (tx) =>
      enqueueMail(tx, { councilId: other.id, kind: 'invitation', to: 'elsewhere@example.test', subject: 'Other council', text: 'x' }),
    );
    // it failed (as the owner would see it after a refusing server)
    await t.prisma.outboxMessage.update({ where: { id: mine.id }, data: { status: 'FAILED', attempts: 8, lastError: '550 Mailbox unavailable' } });

    const listed = await listCouncilMail(council.id);
    expect(listed.map((m) => [m.toAddress, m.status])).toEqual([['invitee@example.test', 'FAILED']]);
    expect(await councilMailAlert(council.id)).toMatchObject({ failed: 1, overdue: 0 });

    // a member may not requeue; the other council's message is not found from here
    expect(await requeueMail.execute({ actorId: member.id, councilSlug: council.slug, input: { messageId: mine.id } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const foreign = await withCouncil(other.id, (tx) => tx.outboxMessage.findFirstOrThrow({ where: { councilId: other.id } }));
    expect(await requeueMail.execute({ actorId: admin.id, councilSlug: council.slug, input: { messageId: foreign.id } })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });

    const now = new Date();
    const result = await requeueMail.execute({ actorId: admin.id, councilSlug: council.slug, input: { messageId: mine.id }, now });
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/Queued again/) });
    expect(await t.prisma.outboxMessage.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ status: 'PENDING', attempts: 0, nextAttemptAt: now });
    // with a new job on the mail queue, and a fresh set of attempts
    const jobs = await (await startQueueSender(t.db)).findJobs<MailJob>(MAIL_QUEUE, { data: { id: mine.id }, queued: true });
    expect(jobs.map((j) => j.retryCount)).toEqual([0, 0]);
    const audit = await withCouncil(council.id, (tx) => tx.auditEvent.findMany({ where: { councilId: council.id, kind: 'mail.requeue' } }));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, entityId: mine.id });

    // still not delivered after the window: the dashboard alert is raised
    expect(await councilMailAlert(council.id, now)).toBeNull();
    expect(await councilMailAlert(council.id, new Date(now.getTime() + 2 * 3_600_000))).toMatchObject({ failed: 0, overdue: 1 });
  });
});

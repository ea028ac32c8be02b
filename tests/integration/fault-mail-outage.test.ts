import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withApp, withCouncil } from '../../lib/db/tenant';
import { councilMailAlert, listCouncilMail } from '../../lib/mail/admin';
import { requeueMail } from '../../lib/mail/actions';
import { deliverPending, enqueueMail, resumeIfReachable } from '../../lib/mail/outbox';
import { startMailSink, type MailSink } from '../../lib/mail/sink';
import { createTransport } from '../../lib/mail/transport';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

// Fault suite: the mail server goes down for longer than all the attempts a message has,
// then comes back. Nothing may end FAILED; a probe notices the server is back and the
// waiting mail goes out at once, not when its hour-long backoff ends. Administrators see
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

    // Down for more than the 8 attempts a refused message would have.
    let due = new Date();
    let now = due;
    for (let round = 0; round < 12; round += 1) {
      now = due;
      const result = await deliverPending({ transport, kind, now, maxAttempts: 8 });
      expect(result).toMatchObject({ sent: 0, failed: 0, unreachable: true });
      const next = await t.prisma.outboxMessage.findFirstOrThrow({ where: { kind }, orderBy: { nextAttemptAt: 'asc' } });
      due = new Date(next.nextAttemptAt.getTime() + 1);
    }
    expect(await resumeIfReachable({ transport, now })).toBeNull(); // still down
    const waiting = await t.prisma.outboxMessage.findMany({ where: { kind } });
    expect(waiting.map((m) => m.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    expect(Math.min(...waiting.map((m) => m.attempts))).toBeGreaterThan(8);
    // the backoff has grown to the hour
    expect(Math.min(...waiting.map((m) => m.nextAttemptAt.getTime())) - now.getTime()).toBeGreaterThan(30 * 60_000);

    // Back up: the probe makes the waiting mail due now, and it goes.
    sink = await startMailSink({ port: MAIL_PORT });
    expect(await resumeIfReachable({ transport, now })).toBeGreaterThanOrEqual(3);
    expect(await deliverPending({ transport, kind, now })).toEqual({ sent: 3, retried: 0, failed: 0 });
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
    const audit = await withCouncil(council.id, (tx) => tx.auditEvent.findMany({ where: { councilId: council.id, kind: 'mail.requeue' } }));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, entityId: mine.id });

    // still not delivered after the window: the dashboard alert is raised
    expect(await councilMailAlert(council.id, now)).toBeNull();
    expect(await councilMailAlert(council.id, new Date(now.getTime() + 2 * 3_600_000))).toMatchObject({ failed: 0, overdue: 1 });
  });
});

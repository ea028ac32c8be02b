import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitation } from '../../lib/invitations/actions';
import { SECRET_PLACEHOLDER } from '../../lib/mail/outbox';
import { withCouncil } from '../../lib/db/tenant';
import { appendAudit } from '../../lib/audit/append';
import { verifyAuditChains } from '../../lib/audit/verify';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

async function councilWithPeople() {
  const council = await make.council();
  const admin = await t.prisma.person.create({ data: { name: 'Admin', email: `${council.slug}-admin@example.test` } });
  const member = await t.prisma.person.create({ data: { name: 'Member', email: `${council.slug}-member@example.test` } });
  const board = await withCouncil(council.id, async (tx) => {
    await tx.councilMembership.create({ data: { councilId: council.id, personId: admin.id, role: 'ADMIN' } });
    await tx.councilMembership.create({ data: { councilId: council.id, personId: member.id, role: 'MEMBER' } });
    return tx.board.create({ data: { councilId: council.id, slug: 'ib', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD' } });
  });
  return { council, admin, member, board };
}

const request = { ip: '203.0.113.7', userAgent: 'vitest' };

describe('the action wrapper', () => {
  it('makes the change, its audit event and its email in one go', async () => {
    const w = await councilWithPeople();
    const email = `new-${w.council.slug}@example.test`;
    const result = await createInvitation.execute({
      actorId: w.admin.id,
      councilSlug: w.council.slug,
      request,
      input: { email: email.toUpperCase(), councilRole: 'MEMBER', boardId: w.board.id, boardRole: 'MEMBER' },
    });
    expect(result).toMatchObject({
      ok: true,
      message: `Invitation queued for ${email}: it is emailed within a minute. Mail not yet delivered is listed under Mail.`,
    });
    const invitations = await withCouncil(w.council.id, (tx) => tx.invitation.findMany());
    expect(invitations.map((i) => [i.email, i.boardId, i.boardRole])).toEqual([[email, w.board.id, 'MEMBER']]);
    const events = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany());
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'invitation.create',
      actorId: w.admin.id,
      boardId: w.board.id,
      entityId: invitations[0]!.id,
      ip: '203.0.113.7',
      userAgent: 'vitest',
    });
    const mail = await t.prisma.outboxMessage.findMany({ where: { toAddress: email } });
    expect(mail).toHaveLength(1);
    // the token waits beside the body, to be put in as the mail is sent (never stored in it)
    expect(mail[0]!.textBody).toContain(`/invitations/accept?token=${SECRET_PLACEHOLDER}`);
    expect(mail[0]!.secret).toMatch(new RegExp(`^${w.council.id}\\.`));
  });

  it('refuses a council member who is not an admin, changing nothing', async () => {
    const w = await councilWithPeople();
    const result = await createInvitation.execute({
      actorId: w.member.id,
      councilSlug: w.council.slug,
      input: { email: 'x@example.test', councilRole: 'MEMBER' },
    });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await withCouncil(w.council.id, (tx) => tx.invitation.count())).toBe(0);
    expect(await withCouncil(w.council.id, (tx) => tx.auditEvent.count())).toBe(0);
  });

  it('answers bad input with field errors and gives back what was typed', async () => {
    const w = await councilWithPeople();
    const result = await createInvitation.execute({
      actorId: w.admin.id,
      councilSlug: w.council.slug,
      input: { email: 'not an email', councilRole: 'EMPEROR', password: 'secret' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('INVALID');
    expect(result.fieldErrors?.email?.[0]).toMatch(/correct format/);
    expect(result.fieldErrors?.councilRole).toBeDefined();
    expect(result.values).toEqual({ email: 'not an email', councilRole: 'EMPEROR' });
  });

  it('ignores a councilId or approvedBy slipped into the form', async () => {
    const w = await councilWithPeople();
    const other = await make.council();
    const result = await createInvitation.execute({
      actorId: w.admin.id,
      councilSlug: w.council.slug,
      input: { email: `slip-${w.council.slug}@example.test`, councilRole: 'MEMBER', councilId: other.id, invitedById: w.member.id, approvedBy: w.member.id },
    });
    expect(result.ok).toBe(true);
    const [inv] = await withCouncil(w.council.id, (tx) => tx.invitation.findMany());
    expect(inv).toMatchObject({ councilId: w.council.id, invitedById: w.admin.id });
    expect(await withCouncil(other.id, (tx) => tx.invitation.count())).toBe(0);
  });

  it('answers a disabled person as needing to sign in again', async () => {
    const w = await councilWithPeople();
    await t.prisma.person.update({ where: { id: w.admin.id }, data: { disabledAt: new Date() } });
    const result = await createInvitation.execute({
      actorId: w.admin.id,
      councilSlug: w.council.slug,
      input: { email: 'x@example.test', councilRole: 'MEMBER' },
    });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('the audit trail', () => {
  it('rolls an audit event back with the change that failed', async () => {
    const w = await councilWithPeople();
    await expect(
      withCouncil(w.council.id, async (tx) => {
        await appendAudit(tx, { councilId: w.council.id, actorId: w.admin.id, ip: null, userAgent: null }, [
          { kind: 'board.update', entityType: 'Board', entityId: w.board.id },
        ]);
        await tx.board.update({ where: { id: w.board.id }, data: { name: 'Renamed' } });
        throw new Error('the rest of the change failed');
      }),
    ).rejects.toThrow('the rest of the change failed');
    expect(await withCouncil(w.council.id, (tx) => tx.auditEvent.count())).toBe(0);
    expect((await withCouncil(w.council.id, (tx) => tx.board.findUniqueOrThrow({ where: { id: w.board.id } }))).name).toBe('Improvement Board');
  });

  it('chains each council’s events, including writers racing each other', async () => {
    const w = await councilWithPeople();
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        createInvitation.execute({
          actorId: w.admin.id,
          councilSlug: w.council.slug,
          input: { email: `race${i}-${w.council.slug}@example.test`, councilRole: 'MEMBER' },
        }),
      ),
    );
    const events = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ orderBy: { id: 'asc' } }));
    expect(events).toHaveLength(6);
    expect(events[0]!.prevHash).toBeNull();
    for (let i = 1; i < events.length; i++) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
    expect(await verifyAuditChains(t.prisma, w.council.slug)).toMatchObject([{ councilId: w.council.id, slug: w.council.slug, events: 6, brokenAt: null }]);
  });

  it('refuses updates and deletes, even from the owner', async () => {
    const w = await councilWithPeople();
    await createInvitation.execute({
      actorId: w.admin.id,
      councilSlug: w.council.slug,
      input: { email: `ao-${w.council.slug}@example.test`, councilRole: 'MEMBER' },
    });
    const [event] = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany());
    await expect(withCouncil(w.council.id, (tx) => tx.auditEvent.update({ where: { id: event!.id }, data: { kind: 'x' } }))).rejects.toThrow();
    await expect(t.db.query('UPDATE "AuditEvent" SET kind = $1 WHERE id = $2', ['x', event!.id])).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM "AuditEvent" WHERE id = $1', [event!.id])).rejects.toThrow(/append-only/);
  });

  it('detects tampering by someone who switched the trigger off', async () => {
    const w = await councilWithPeople();
    for (const i of [1, 2, 3]) {
      await createInvitation.execute({
        actorId: w.admin.id,
        councilSlug: w.council.slug,
        input: { email: `t${i}-${w.council.slug}@example.test`, councilRole: 'MEMBER' },
      });
    }
    const events = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ orderBy: { id: 'asc' } }));
    const middle = events[1]!;
    await t.db.withSession(async (s) => {
      await s.exec('BEGIN; ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only');
      await s.query(`UPDATE "AuditEvent" SET data = '{"summary":"nothing to see"}' WHERE id = $1`, [middle.id]);
      await s.exec('ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_append_only; COMMIT');
    });
    const [report] = await verifyAuditChains(t.prisma, w.council.slug);
    expect(report?.brokenAt).toBe(middle.id);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import { withAuth, withCouncil } from '../../lib/db/tenant';
import { createSession } from '../../lib/auth/sessions';
import { mergeContact, setContactEmail } from '../../lib/people/actions';
import { moveSeatToAccount } from '../../lib/seats/move';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const NOW = new Date('2026-12-03T10:00:00Z');

async function world() {
  const c = await make.council();
  const admin = await make.person(c, 'Council Admin', { role: 'ADMIN' });
  const board = await make.board(c);
  // a contact: on a seat, with no account and no address
  const contactId = crypto.randomUUID();
  await withCouncil(c.id, (tx) => tx.person.createMany({ data: [{ id: contactId, name: 'Pat Contact', email: null }] }));
  const seat = await make.seat(c, board, { id: contactId } as never, { agency: 'Police', position: 'Inspector' });
  const council = (actorId: string, input: Record<string, unknown>) => ({ actorId, councilSlug: c.slug, input, now: NOW });
  const onBoard = (actorId: string, input: Record<string, unknown>) => ({ ...council(actorId, input), boardSlug: board.slug });
  return { c, admin, board, contactId, seat, council, onBoard };
}

describe('a contact’s email address (issue 17.10)', () => {
  it('is added by a council administrator, who invites them to sign in, and can be corrected before they do', async () => {
    const w = await world();
    const address = `pat-${w.c.slug}@police.example`;
    const added = await setContactEmail.execute(w.council(w.admin.id, { contactId: w.contactId, email: ` ${address.toUpperCase()} ` }));
    expect(added).toMatchObject({ ok: true, message: expect.stringContaining(`Pat Contact’s email address is now ${address}`) });
    expect((await t.prisma.person.findUniqueOrThrow({ where: { id: w.contactId } })).email).toBe(address);
    const invitations = () =>
      withCouncil(w.c.id, (tx) => tx.invitation.findMany({ orderBy: { createdAt: 'asc' }, select: { email: true, councilRole: true, revokedAt: true } }));
    expect(await invitations()).toEqual([{ email: address, councilRole: 'MEMBER', revokedAt: null }]);

    const corrected = `pat.c-${w.c.slug}@police.example`;
    expect(await setContactEmail.execute(w.council(w.admin.id, { contactId: w.contactId, email: corrected }))).toMatchObject({ ok: true });
    expect((await invitations()).map((i) => [i.email, i.revokedAt === null])).toEqual([
      [address, false],
      [corrected, true],
    ]);
    const events = await withCouncil(w.c.id, (tx) => tx.auditEvent.findMany({ where: { kind: 'person.set-contact-email' }, select: { data: true } }));
    expect(events.map((e) => (e.data as { after: { email: string } }).after.email)).toEqual([address, corrected]);
  });

  it('is refused for an account (the address is its owner’s), for an address someone has, for a member and for bad input', async () => {
    const w = await world();
    const member = await make.person(w.c, 'Member With Account');
    await make.seat(w.c, w.board, member);
    // a member's account is not a contact at all
    expect(await setContactEmail.execute(w.council(w.admin.id, { contactId: member.id, email: 'new@example.test' }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    // a contact who is a member of another council has an account there
    const elsewhere = await make.council('Another Council');
    const shared = crypto.randomUUID();
    await withCouncil(w.c.id, (tx) => tx.person.createMany({ data: [{ id: shared, name: 'Shared Person', email: null }] }));
    await make.seat(w.c, w.board, { id: shared } as never);
    await withCouncil(elsewhere.id, (tx) => tx.councilMembership.create({ data: { councilId: elsewhere.id, personId: shared, role: 'MEMBER' } }));
    expect(await setContactEmail.execute(w.council(w.admin.id, { contactId: shared, email: 'redirect@example.test' }))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining('theirs to change')] },
    });
    // a contact who has signed in (a session) has an account now
    const signedIn = crypto.randomUUID();
    await withCouncil(w.c.id, (tx) => tx.person.createMany({ data: [{ id: signedIn, name: 'Signed In', email: `signed-${w.c.slug}@example.test` }] }));
    await make.seat(w.c, w.board, { id: signedIn } as never);
    await withAuth((tx) => createSession(tx, signedIn, 'magic-link', { ip: null, userAgent: null }, NOW));
    expect(await setContactEmail.execute(w.council(w.admin.id, { contactId: signedIn, email: 'hijack@example.test' }))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining('theirs to change')] },
    });
    expect((await t.prisma.person.findUniqueOrThrow({ where: { id: signedIn } })).email).toBe(`signed-${w.c.slug}@example.test`);
    // an address that is another person's
    expect(await setContactEmail.execute(w.council(w.admin.id, { contactId: w.contactId, email: member.email }))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining('belongs to someone else')] },
    });
    expect(await setContactEmail.execute(w.council(w.admin.id, { contactId: w.contactId, email: 'not an email' }))).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect(await setContactEmail.execute(w.council(member.id, { contactId: w.contactId, email: 'x@example.test' }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect((await t.prisma.person.findUniqueOrThrow({ where: { id: w.contactId } })).email).toBeNull();
  });
});

describe('merging a contact into an account, and moving a seat to an account', () => {
  it('merges every seat and substitute place naming the contact into the account, on the record', async () => {
    const w = await world();
    const account = await make.person(w.c, 'Pat Contact (account)');
    const other = await make.person(w.c, 'Another Member');
    await make.seat(w.c, w.board, other, { substitutePersonId: w.contactId });
    const meeting = await make.meeting(w.c, w.board, { startsAt: '2026-11-01T10:00:00Z', status: 'HELD' });
    const otherSeat = await withCouncil(w.c.id, (tx) => tx.seat.findFirstOrThrow({ where: { personId: other.id } }));
    await withCouncil(w.c.id, (tx) =>
      tx.attendance.create({
        data: { councilId: w.c.id, meetingId: meeting.id, seatId: otherSeat.id, status: 'APOLOGIES', substitutePersonId: w.contactId, substituteAttends: true },
      }),
    );
    const merged = await mergeContact.execute(w.council(w.admin.id, { contactId: w.contactId, accountId: account.id }));
    expect(merged).toMatchObject({ ok: true, data: { seats: 1, substituteFor: 1, substituteAtMeetings: 1 } });
    const after = await withCouncil(w.c.id, async (tx) => ({
      held: await tx.seat.count({ where: { personId: account.id } }),
      substitute: await tx.seat.count({ where: { substitutePersonId: account.id } }),
      attendance: await tx.attendance.count({ where: { substitutePersonId: account.id } }),
      left:
        (await tx.seat.count({ where: { OR: [{ personId: w.contactId }, { substitutePersonId: w.contactId }] } })) +
        (await tx.attendance.count({ where: { substitutePersonId: w.contactId } })),
    }));
    expect(after).toEqual({ held: 1, substitute: 1, attendance: 1, left: 0 });
    // each seat's history says so
    const history = await withCouncil(w.c.id, (tx) => tx.seatChange.findMany({ where: { summary: { contains: 'merged into' } }, select: { seatId: true } }));
    expect(history.map((h) => h.seatId).sort()).toEqual([w.seat.id, otherSeat.id].sort());
    // a person outside the council is not an account to merge into; nor is the contact merged twice
    const outsider = await t.prisma.person.create({ data: { name: 'Outsider', email: `outsider-${w.c.slug}@example.test` } });
    expect(await mergeContact.execute(w.council(w.admin.id, { contactId: w.contactId, accountId: outsider.id }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('refuses a merge that would make the account its own substitute', async () => {
    const w = await world();
    const account = await make.person(w.c, 'Pat Contact (account)');
    await withCouncil(w.c.id, (tx) => tx.seat.update({ where: { id: w.seat.id }, data: { substitutePersonId: account.id } }));
    expect(await mergeContact.execute(w.council(w.admin.id, { contactId: w.contactId, accountId: account.id }))).toMatchObject({
      ok: false,
      fieldErrors: { accountId: [expect.stringContaining('their own substitute')] },
    });
    expect((await withCouncil(w.c.id, (tx) => tx.seat.findUniqueOrThrow({ where: { id: w.seat.id } }))).personId).toBe(w.contactId);
  });

  it('moves a seat to another account of the same person, keeping its term and history', async () => {
    const w = await world();
    const account = await make.person(w.c, 'Pat Contact (account)');
    const version = String((await withCouncil(w.c.id, (tx) => tx.seat.findUniqueOrThrow({ where: { id: w.seat.id } }))).version);
    const moved = await moveSeatToAccount.execute(w.onBoard(w.admin.id, { seatId: w.seat.id, version, accountId: account.id }));
    expect(moved).toMatchObject({ ok: true, message: expect.stringContaining('Their term, role and history are unchanged') });
    const seat = await withCouncil(w.c.id, (tx) =>
      tx.seat.findUniqueOrThrow({
        where: { id: w.seat.id },
        select: { personId: true, position: true, startsOn: true, changes: { select: { summary: true } } },
      }),
    );
    expect(seat).toMatchObject({ personId: account.id, position: 'Inspector', startsOn: w.seat.startsOn });
    expect(seat.changes.map((c) => c.summary)).toContain(`The seat moves from Pat Contact’s record to Pat Contact (account)’s account (${account.email})`);
    // stale form, same account again, an outsider
    expect(await moveSeatToAccount.execute(w.onBoard(w.admin.id, { seatId: w.seat.id, version, accountId: account.id }))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    const current = String(Number(version) + 1);
    expect(await moveSeatToAccount.execute(w.onBoard(w.admin.id, { seatId: w.seat.id, version: current, accountId: account.id }))).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
  });
});

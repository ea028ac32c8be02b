import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import { withCouncil, withPerson } from '../../lib/db/tenant';
import { createCouncil, setCouncilRegion } from '../../lib/platform/actions';
import { grantPlatformAdmin, listPlatformAdmins, revokePlatformAdmin } from '../../lib/platform/grants';
import { listCouncils } from '../../lib/platform/queries';
import { listMyMeetings } from '../../lib/attendance/my-meetings';
import { isBankHoliday } from '../../lib/rules/bank-holidays';
import { londonDay } from '../../lib/rules/london-calendar';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const T0 = new Date(Date.UTC(2026, 11, 3, 9, 0, 0));
const tag = () => crypto.randomBytes(4).toString('hex');

async function platformAdmin() {
  const email = `platform-${tag()}@example.test`;
  await grantPlatformAdmin(t.prisma, email, { name: 'Pat Morgan', grantedBy: 'test' });
  const person = await t.prisma.person.findUniqueOrThrow({ where: { email } });
  return person;
}

const newCouncil = (actorId: string, input: Record<string, unknown>) => createCouncil({ actorId, input, now: T0 });

describe('platform administrators (granted from the command line only)', () => {
  it('are granted, listed and revoked by the command line functions; a new address needs a name', async () => {
    const email = `cli-${tag()}@example.test`;
    await expect(grantPlatformAdmin(t.prisma, email, { grantedBy: 'ops' })).rejects.toThrow(/give their name with --name/);
    expect(await grantPlatformAdmin(t.prisma, email, { name: 'Casey Lee', grantedBy: 'ops' })).toMatch(/is a platform administrator/);
    expect((await listPlatformAdmins(t.prisma)).some((line) => line.includes(email) && line.includes('by ops'))).toBe(true);
    expect(await revokePlatformAdmin(t.prisma, email)).toMatch(/no longer a platform administrator/);
    expect((await listPlatformAdmins(t.prisma)).some((line) => line.includes(email))).toBe(false);
  });

  it('can never be granted by the app’s own role, not even by a platform administrator', async () => {
    const admin = await platformAdmin();
    const other = await t.prisma.person.create({ data: { name: 'Someone', email: `someone-${tag()}@example.test` } });
    await expect(withPerson(admin.id, (tx) => tx.platformAdmin.create({ data: { personId: other.id, grantedBy: 'web' } }))).rejects.toThrow();
    await expect(withPerson(other.id, (tx) => tx.platformAdmin.create({ data: { personId: other.id, grantedBy: 'web' } }))).rejects.toThrow();
    expect(await t.prisma.platformAdmin.findUnique({ where: { personId: other.id } })).toBeNull();
  });
});

describe('creating a council', () => {
  it('creates it with its region, invites its first administrator by email and records it in its audit trail', async () => {
    const admin = await platformAdmin();
    const slug = make.randomSlug('highland');
    const result = await newCouncil(admin.id, { name: 'Highland Council', slug, region: 'SCOTLAND', adminEmail: `First.Admin-${slug}@Example.test ` });
    expect(result).toMatchObject({ ok: true, data: { slug } });
    const council = await t.prisma.council.findUniqueOrThrow({ where: { slug } });
    expect(council).toMatchObject({ name: 'Highland Council', region: 'SCOTLAND' });

    const { invitations, mail, audit } = await withCouncil(council.id, async (tx) => ({
      invitations: await tx.invitation.findMany({ select: { email: true, councilRole: true, invitedById: true, acceptedAt: true } }),
      mail: await tx.outboxMessage.findMany({ select: { toAddress: true, kind: true, subject: true } }),
      audit: await tx.auditEvent.findMany({ orderBy: { id: 'asc' }, select: { kind: true, actorId: true } }),
    }));
    expect(invitations).toEqual([{ email: `first.admin-${slug}@example.test`, councilRole: 'OWNER', invitedById: admin.id, acceptedAt: null }]);
    expect(mail).toEqual([{ toAddress: `first.admin-${slug}@example.test`, kind: 'invitation', subject: 'You are invited to Highland Council on Tabled' }]);
    expect(audit).toEqual([
      { kind: 'council.create', actorId: admin.id },
      { kind: 'invitation.create', actorId: admin.id },
    ]);
    // it starts with the usual lists of decision makers and reporting audiences
    const lists = await withCouncil(council.id, async (tx) => ({ makers: await tx.decisionMaker.count(), audiences: await tx.reportingAudience.count() }));
    expect(lists).toEqual({ makers: 3, audiences: 3 });
    const listed = await listCouncils({ id: admin.id });
    expect(listed.councils.find((c) => c.slug === slug)).toMatchObject({ name: 'Highland Council', region: 'SCOTLAND' });
  });

  it('is refused to anyone who is not a platform administrator, as if the page were not there', async () => {
    const c = await make.council();
    const councilAdmin = await make.person(c, 'Council Admin', { role: 'ADMIN' });
    const slug = make.randomSlug('nope');
    const result = await newCouncil(councilAdmin.id, { name: 'Not Allowed', slug, region: 'ENGLAND_AND_WALES', adminEmail: 'x@example.test' });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await t.prisma.council.findUnique({ where: { slug } })).toBeNull();
    await expect(listCouncils({ id: councilAdmin.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // nor can the app's role insert a council, or call the function, for someone who is not one
    await expect(
      withPerson(councilAdmin.id, (tx) => tx.$queryRaw`SELECT tabled_create_council('Sneaky', ${slug}, 'ENGLAND_AND_WALES'::"BankHolidayRegion")`),
    ).rejects.toThrow(/only a platform administrator/);
    await expect(withPerson(councilAdmin.id, (tx) => tx.council.create({ data: { name: 'Sneaky', slug } }))).rejects.toThrow();
  });

  it('refuses a web address already used or reserved, and bad input, field by field, keeping what was typed', async () => {
    const admin = await platformAdmin();
    const taken = await make.council();
    const dup = await newCouncil(admin.id, { name: 'Again', slug: taken.slug, region: 'ENGLAND_AND_WALES', adminEmail: 'a@example.test' });
    expect(dup).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      fieldErrors: { slug: [expect.stringContaining('already uses the web address')] },
      values: { name: 'Again' },
    });

    const reserved = await newCouncil(admin.id, { name: 'Platform', slug: 'platform', region: 'ENGLAND_AND_WALES', adminEmail: 'a@example.test' });
    expect(reserved).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { slug: [expect.stringContaining('Tabled’s own pages')] } });

    const bad = await newCouncil(admin.id, { name: ' ', slug: 'Bad Slug!', region: 'WALES', adminEmail: 'not-an-email' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['adminEmail', 'name', 'region', 'slug']);
  });
});

describe('a council’s region drives its bank holidays', () => {
  it('moves a meeting’s deadlines when a platform administrator changes it, on the record', async () => {
    // Monday 4 January 2027 is a bank holiday in Scotland (for Saturday 2 January) and not in England
    expect(isBankHoliday('2027-01-04', 'scotland')).toBe(true);
    expect(isBankHoliday('2027-01-04', 'england-and-wales')).toBe(false);
    const admin = await platformAdmin();
    const slug = make.randomSlug('fife');
    expect(await newCouncil(admin.id, { name: 'Fife Council', slug, region: 'SCOTLAND', adminEmail: `a-${slug}@example.test` })).toMatchObject({ ok: true });
    const council = await t.prisma.council.findUniqueOrThrow({ where: { slug } });
    const member = await make.person(council, 'Board Member');
    const board = await make.board(council);
    await make.seat(council, board, member);
    await make.meeting(council, board, { startsAt: '2027-01-11T10:00:00Z' });

    const deadlineDay = async () => londonDay((await listMyMeetings(member.id, T0)).find((m) => m.council.slug === slug)!.paperDeadline);
    // five working days before Monday 11 January: Scotland skips the 4th and the 1st, so Thursday 31 December
    expect(await deadlineDay()).toBe('2026-12-31');

    expect(await setCouncilRegion({ actorId: member.id, input: { councilId: council.id, region: 'ENGLAND_AND_WALES' }, now: T0 })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const moved = await setCouncilRegion({ actorId: admin.id, input: { councilId: council.id, region: 'ENGLAND_AND_WALES' }, now: T0 });
    expect(moved).toMatchObject({ ok: true, message: expect.stringContaining('England and Wales') });
    expect(await deadlineDay()).toBe('2027-01-04');
    const events = await withCouncil(council.id, (tx) =>
      tx.auditEvent.findMany({ where: { kind: 'council.set-region' }, select: { actorId: true, data: true } }),
    );
    expect(events).toEqual([{ actorId: admin.id, data: expect.objectContaining({ before: { region: 'SCOTLAND' }, after: { region: 'ENGLAND_AND_WALES' } }) }]);
  });
});

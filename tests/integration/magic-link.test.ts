import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAuth } from '../../lib/db/tenant';
import { MAGIC_LINK_TTL_MINUTES, consumeMagicLink, hashMagicLinkToken, issueMagicLink, magicLinkUrl } from '../../lib/auth/magic-link';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { randomSlug } from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

// Every test has its own person: on the server run all files share one database.
async function makePerson(disabled = false) {
  const email = `${randomSlug('person')}@example.gov.uk`;
  const person = await withAuth((tx) => tx.person.create({ data: { email, name: 'Test person', disabledAt: disabled ? new Date() : null } }), t.prisma);
  return { id: person.id, email };
}

const issue = (email: string, now?: Date) => withAuth((tx) => issueMagicLink(tx, email, now), t.prisma);

async function issued(email: string, now?: Date) {
  const link = await issue(email, now);
  if (!link) throw new Error('expected a link to be issued');
  return link;
}

describe('magic links', () => {
  it('signs the person in once, and never again', async () => {
    const person = await makePerson();
    const link = await issued(person.email);
    expect(link.personId).toBe(person.id);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await consumeMagicLink(link.token, undefined, t.prisma)).toBe(person.id);
    expect(await consumeMagicLink(link.token, undefined, t.prisma)).toBeNull();
  });

  it('matches the email whatever its letter case', async () => {
    const person = await makePerson();
    const link = await issued(`  ${person.email.toUpperCase()} `);
    expect(link.personId).toBe(person.id);
    expect(await consumeMagicLink(link.token, undefined, t.prisma)).toBe(person.id);
  });

  it('lets exactly one of two concurrent uses win', async () => {
    const person = await makePerson();
    const link = await issued(person.email);
    const results = await Promise.all([consumeMagicLink(link.token, undefined, t.prisma), consumeMagicLink(link.token, undefined, t.prisma)]);
    expect(results.filter((r) => r === person.id)).toHaveLength(1);
    expect(results.filter((r) => r === null)).toHaveLength(1);
  });

  it(`expires after ${MAGIC_LINK_TTL_MINUTES} minutes`, async () => {
    const person = await makePerson();
    const issuedAt = new Date();
    const minutesLater = (m: number) => new Date(issuedAt.getTime() + m * 60_000);
    const expired = await issued(person.email, issuedAt);
    expect(await consumeMagicLink(expired.token, minutesLater(MAGIC_LINK_TTL_MINUTES), t.prisma)).toBeNull();
    // Refused because it expired, not spent: it still does not work later.
    expect(await consumeMagicLink(expired.token, minutesLater(MAGIC_LINK_TTL_MINUTES + 1), t.prisma)).toBeNull();
    const fresh = await issued(person.email, issuedAt);
    expect(await consumeMagicLink(fresh.token, new Date(minutesLater(MAGIC_LINK_TTL_MINUTES).getTime() - 1), t.prisma)).toBe(person.id);
  });

  it('issues nothing for an unknown email', async () => {
    const email = `${randomSlug('nobody')}@example.gov.uk`;
    expect(await issue(email)).toBeNull();
    expect(await issue('   ')).toBeNull();
    expect(await t.prisma.magicLinkToken.count({ where: { email } })).toBe(0);
  });

  it('refuses a disabled person, both when issuing and when the link is used', async () => {
    const disabled = await makePerson(true);
    expect(await issue(disabled.email)).toBeNull();
    expect(await t.prisma.magicLinkToken.count({ where: { email: disabled.email } })).toBe(0);

    // Disabled after the link was sent: the link is refused, and stays spent if re-enabled.
    const person = await makePerson();
    const link = await issued(person.email);
    await t.prisma.person.update({ where: { id: person.id }, data: { disabledAt: new Date() } });
    expect(await consumeMagicLink(link.token, undefined, t.prisma)).toBeNull();
    await t.prisma.person.update({ where: { id: person.id }, data: { disabledAt: null } });
    expect(await consumeMagicLink(link.token, undefined, t.prisma)).toBeNull();
  });

  it('refuses tokens it never issued', async () => {
    expect(await consumeMagicLink(crypto.randomBytes(32).toString('base64url'), undefined, t.prisma)).toBeNull();
    expect(await consumeMagicLink('', undefined, t.prisma)).toBeNull();
    expect(await consumeMagicLink("' OR 1=1 --", undefined, t.prisma)).toBeNull();
  });

  it('stores only the hash of the token', async () => {
    const person = await makePerson();
    const link = await issued(person.email);
    const rows = await t.prisma.magicLinkToken.findMany({ where: { email: person.email } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(crypto.createHash('sha256').update(link.token).digest('hex'));
    expect(rows[0]?.tokenHash).toBe(hashMagicLinkToken(link.token));
    // Nowhere in the table, in any column of any row.
    const found = await t.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "MagicLinkToken" m WHERE strpos(m::text, ${link.token}) > 0`;
    expect(found[0]?.n).toBe(0);
  });

  it('builds the link to the sign-in page', () => {
    expect(magicLinkUrl('https://tabled.example.gov.uk', 'abc-_123')).toBe('https://tabled.example.gov.uk/sign-in/link?token=abc-_123');
    expect(magicLinkUrl('https://tabled.example.gov.uk/', 'abc')).toBe('https://tabled.example.gov.uk/sign-in/link?token=abc');
  });
});

import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAuth } from '../../lib/db/tenant';
import {
  accountKey,
  pruneSignInAttempts,
  recordSignInAttempt,
  signInThrottleSettings,
  signInThrottled,
} from '../../lib/auth/throttle';
import { closeTestDatabase, openTestDatabase, randomSlug, type TestDb } from './support';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

// Every test uses its own account and address: on the server run all files share one database.
const randomEmail = () => `${randomSlug('person')}@example.gov.uk`;
const hextet = () => crypto.randomBytes(2).toString('hex');
const randomIp = () => `2001:db8:${hextet()}:${hextet()}::${hextet()}`;

const { maxFailuresPerAccount, maxFailuresPerIp, windowMinutes } = signInThrottleSettings();
const base = Date.now();
// Distinct, increasing times so the order of attempts is unambiguous.
const at = (seconds: number) => new Date(base + seconds * 1000);

async function attempts(email: string, ip: string | null, succeeded: boolean, count: number, from: number) {
  for (let i = 0; i < count; i++) {
    await withAuth((tx) => recordSignInAttempt(tx, { email, ip, succeeded }, at(from + i)), t.prisma);
  }
  return from + count;
}

describe('sign-in throttle settings', () => {
  it('reads the environment and falls back on anything that is not a positive whole number', () => {
    expect(signInThrottleSettings({})).toEqual({ maxFailuresPerAccount: 5, maxFailuresPerIp: 20, windowMinutes: 15 });
    expect(
      signInThrottleSettings({ SIGNIN_MAX_FAILURES_PER_ACCOUNT: '3', SIGNIN_MAX_FAILURES_PER_IP: '50', SIGNIN_THROTTLE_WINDOW_MINUTES: '30' }),
    ).toEqual({ maxFailuresPerAccount: 3, maxFailuresPerIp: 50, windowMinutes: 30 });
    expect(
      signInThrottleSettings({ SIGNIN_MAX_FAILURES_PER_ACCOUNT: '0', SIGNIN_MAX_FAILURES_PER_IP: 'lots', SIGNIN_THROTTLE_WINDOW_MINUTES: '2.5' }),
    ).toEqual({ maxFailuresPerAccount: 5, maxFailuresPerIp: 20, windowMinutes: 15 });
  });
});

describe('sign-in throttling', () => {
  it('starts exactly at the set number of account failures', async () => {
    const email = randomEmail();
    const ip = randomIp();
    const next = await attempts(email, ip, false, maxFailuresPerAccount - 1, 0);
    expect(await signInThrottled({ email, ip }, at(next), t.prisma)).toBe(false);
    await attempts(email, ip, false, 1, next);
    expect(await signInThrottled({ email, ip }, at(next + 1), t.prisma)).toBe(true);
    // The same account from any other address, and in any letter case, is throttled too.
    expect(await signInThrottled({ email: email.toUpperCase(), ip: randomIp() }, at(next + 1), t.prisma)).toBe(true);
    expect(await signInThrottled({ email, ip: null }, at(next + 1), t.prisma)).toBe(true);
  });

  it('stores one row for the account and one for the address, lowercased', async () => {
    const email = randomEmail();
    const ip = randomIp();
    await withAuth((tx) => recordSignInAttempt(tx, { email: `  ${email.toUpperCase()} `, ip, succeeded: false }, at(0)), t.prisma);
    await withAuth((tx) => recordSignInAttempt(tx, { email, ip: null, succeeded: true }, at(1)), t.prisma);
    const rows = await t.prisma.signInAttempt.findMany({ where: { key: { in: [accountKey(email), `ip:${ip}`] } }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.key, r.succeeded])).toEqual([
      [`account:${email}`, false],
      [`ip:${ip}`, false],
      [`account:${email}`, true],
    ]);
  });

  it('lets a success reset the account count', async () => {
    const email = randomEmail();
    let next = await attempts(email, null, false, maxFailuresPerAccount - 1, 0);
    next = await attempts(email, null, true, 1, next);
    next = await attempts(email, null, false, maxFailuresPerAccount - 1, next);
    expect(await signInThrottled({ email }, at(next), t.prisma)).toBe(false);
    next = await attempts(email, null, false, 1, next);
    expect(await signInThrottled({ email }, at(next), t.prisma)).toBe(true);
    // A success after the limit (say, by email link) clears it as well.
    next = await attempts(email, null, true, 1, next);
    expect(await signInThrottled({ email }, at(next), t.prisma)).toBe(false);
  });

  it('orders a success and a failure made in the same millisecond by insertion', async () => {
    const email = randomEmail();
    await attempts(email, null, false, maxFailuresPerAccount - 1, 0);
    // Same instant: success first, then one failure. Only that one failure counts.
    await withAuth((tx) => recordSignInAttempt(tx, { email, succeeded: true }, at(100)), t.prisma);
    await withAuth((tx) => recordSignInAttempt(tx, { email, succeeded: false }, at(100)), t.prisma);
    expect(await signInThrottled({ email }, at(101), t.prisma)).toBe(false);
    const email2 = randomEmail();
    await attempts(email2, null, false, maxFailuresPerAccount - 1, 0);
    // Same instant: failure first, then success. The success clears everything.
    await withAuth((tx) => recordSignInAttempt(tx, { email: email2, succeeded: false }, at(100)), t.prisma);
    await withAuth((tx) => recordSignInAttempt(tx, { email: email2, succeeded: true }, at(100)), t.prisma);
    expect(await signInThrottled({ email: email2 }, at(101), t.prisma)).toBe(false);
  });

  it('ignores failures outside the window', async () => {
    const email = randomEmail();
    const ip = randomIp();
    // Failures at seconds 0..N-1; the window is (now - window, now].
    await attempts(email, ip, false, maxFailuresPerAccount, 0);
    const afterFirst = (ms: number) => new Date(at(0).getTime() + windowMinutes * 60_000 + ms);
    expect(await signInThrottled({ email, ip }, afterFirst(-1), t.prisma)).toBe(true);
    // The first failure has just left the window: N-1 remain, below the limit.
    expect(await signInThrottled({ email, ip }, afterFirst(0), t.prisma)).toBe(false);
    expect(await signInThrottled({ email, ip }, new Date(at(0).getTime() + 24 * 3600_000), t.prisma)).toBe(false);
    // Attempts later than "now" do not count either.
    expect(await signInThrottled({ email, ip }, at(-1), t.prisma)).toBe(false);
  });

  it('throttles one address that fails across many accounts', async () => {
    const ip = randomIp();
    let next = 0;
    for (let i = 0; i < maxFailuresPerIp - 1; i++) next = await attempts(randomEmail(), ip, false, 1, next);
    const fresh = randomEmail();
    expect(await signInThrottled({ email: fresh, ip }, at(next), t.prisma)).toBe(false);
    next = await attempts(randomEmail(), ip, false, 1, next);
    expect(await signInThrottled({ email: fresh, ip }, at(next), t.prisma)).toBe(true);
    // The accounts themselves are not locked: from another address they sign in as usual.
    expect(await signInThrottled({ email: fresh, ip: randomIp() }, at(next), t.prisma)).toBe(false);
    expect(await signInThrottled({ email: fresh }, at(next), t.prisma)).toBe(false);
  });

  it('prunes old attempts', async () => {
    const email = randomEmail();
    const old = new Date(Date.UTC(2000, 0, 1));
    await withAuth((tx) => recordSignInAttempt(tx, { email, ip: null, succeeded: false }, old), t.prisma);
    await withAuth((tx) => recordSignInAttempt(tx, { email, ip: null, succeeded: false }, at(0)), t.prisma);
    expect(await pruneSignInAttempts(new Date(Date.UTC(2000, 0, 2)), t.prisma)).toBeGreaterThanOrEqual(1);
    const left = await t.prisma.signInAttempt.findMany({ where: { key: accountKey(email) } });
    expect(left.map((r) => r.createdAt.getTime())).toEqual([at(0).getTime()]);
  });
});

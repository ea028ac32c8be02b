import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAuth } from '../../lib/db/tenant';
import {
  accountIpKey,
  accountKey,
  pruneSignInAttempts,
  recordSignInAttempt,
  signInThrottleSettings,
  signInThrottled,
  signInVerdict,
} from '../../lib/auth/throttle';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { randomSlug } from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

// Every test uses its own account and address: on the server run all files share one database.
const randomEmail = () => `${randomSlug('person')}@example.gov.uk`;
const hextet = () => crypto.randomBytes(2).toString('hex');
const randomIp = () => `2001:db8:${hextet()}:${hextet()}::${hextet()}`;

const { maxFailuresPerAccount, maxFailuresPerIp, windowMinutes, accountCeiling, slowdownSeconds } = signInThrottleSettings();
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
    expect(signInThrottleSettings({})).toEqual({ maxFailuresPerAccount: 5, maxFailuresPerIp: 20, windowMinutes: 15, accountCeiling: 50, slowdownSeconds: 60 });
    expect(
      signInThrottleSettings({
        SIGNIN_MAX_FAILURES_PER_ACCOUNT: '3',
        SIGNIN_MAX_FAILURES_PER_IP: '50',
        SIGNIN_THROTTLE_WINDOW_MINUTES: '30',
        SIGNIN_ACCOUNT_CEILING: '80',
        SIGNIN_ACCOUNT_SLOWDOWN_SECONDS: '120',
      }),
    ).toEqual({ maxFailuresPerAccount: 3, maxFailuresPerIp: 50, windowMinutes: 30, accountCeiling: 80, slowdownSeconds: 120 });
    expect(
      signInThrottleSettings({
        SIGNIN_MAX_FAILURES_PER_ACCOUNT: '0',
        SIGNIN_MAX_FAILURES_PER_IP: 'lots',
        SIGNIN_THROTTLE_WINDOW_MINUTES: '2.5',
        SIGNIN_ACCOUNT_CEILING: '-1',
      }),
    ).toEqual({ maxFailuresPerAccount: 5, maxFailuresPerIp: 20, windowMinutes: 15, accountCeiling: 50, slowdownSeconds: 60 });
  });
});

describe('sign-in throttling', () => {
  it('starts exactly at the set number of failures for the account from one address, and only there', async () => {
    const email = randomEmail();
    const ip = randomIp();
    const next = await attempts(email, ip, false, maxFailuresPerAccount - 1, 0);
    expect(await signInThrottled({ email, ip }, at(next), t.prisma)).toBe(false);
    await attempts(email, ip, false, 1, next);
    expect(await signInVerdict({ email, ip }, at(next + 1), t.prisma)).toBe('locked');
    // in any letter case, from that address
    expect(await signInThrottled({ email: email.toUpperCase(), ip: ip.toUpperCase() }, at(next + 1), t.prisma)).toBe(true);
    // the same account from any other address is not: wrong passwords cannot lock its owner out
    expect(await signInThrottled({ email, ip: randomIp() }, at(next + 1), t.prisma)).toBe(false);
  });

  it('stores one row for the account from the address, one for the address and one for the account, lowercased', async () => {
    const email = randomEmail();
    const ip = randomIp();
    await withAuth((tx) => recordSignInAttempt(tx, { email: `  ${email.toUpperCase()} `, ip, succeeded: false }, at(0)), t.prisma);
    await withAuth((tx) => recordSignInAttempt(tx, { email, ip: null, succeeded: true }, at(1)), t.prisma);
    // a refused attempt was not checked: it counts where it came from, not on the account
    await withAuth((tx) => recordSignInAttempt(tx, { email, ip, succeeded: false, checked: false }, at(2)), t.prisma);
    const rows = await t.prisma.signInAttempt.findMany({
      where: { key: { in: [accountKey(email), `ip:${ip}`, accountIpKey(email, ip), accountIpKey(email, null)] } },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => [r.key, r.succeeded])).toEqual([
      [`account:${email}|ip:${ip}`, false],
      [`ip:${ip}`, false],
      [`account:${email}`, false],
      [`account:${email}|ip:unknown`, true],
      [`account:${email}`, true],
      [`account:${email}|ip:${ip}`, false],
      [`ip:${ip}`, false],
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
    expect(await pruneSignInAttempts(new Date(Date.UTC(2000, 0, 2)), t.prisma)).toBeGreaterThanOrEqual(2);
    const left = await t.prisma.signInAttempt.findMany({ where: { key: accountKey(email) } });
    expect(left.map((r) => r.createdAt.getTime())).toEqual([at(0).getTime()]);
  });
});

describe('the account-wide ceiling (issue 15: nobody can lock someone else out)', () => {
  // many addresses, each under its own limit, all guessing one account
  async function spread(email: string, failures: number, from: number) {
    let next = from;
    for (let i = 0; i < failures; i++) next = await attempts(email, randomIp(), false, 1, next);
    return next;
  }

  it('slows an account that fails from many addresses to one checked attempt per interval, never locks it', async () => {
    const email = randomEmail();
    let next = await spread(email, accountCeiling - 1, 0);
    expect(await signInVerdict({ email, ip: randomIp() }, at(next), t.prisma)).toBe('allowed');
    next = await spread(email, 1, next);
    // at the ceiling: a fresh address must wait for the interval since the last checked attempt
    expect(await signInVerdict({ email, ip: randomIp() }, at(next), t.prisma)).toBe('slowed');
    const open = next - 1 + slowdownSeconds;
    expect(await signInVerdict({ email, ip: randomIp() }, at(open - 1), t.prisma)).toBe('slowed');
    expect(await signInVerdict({ email, ip: randomIp() }, at(open), t.prisma)).toBe('allowed');
    // refused attempts do not hold the interval open: only checked ones do
    const flood = randomIp();
    for (let i = 0; i < 3; i++)
      await withAuth((tx) => recordSignInAttempt(tx, { email, ip: flood, succeeded: false, checked: false }, at(open - 10 + i)), t.prisma);
    expect(await signInVerdict({ email, ip: randomIp() }, at(open), t.prisma)).toBe('allowed');
    // one checked failure in the slot: the next waits again
    await attempts(email, randomIp(), false, 1, open);
    expect(await signInVerdict({ email, ip: randomIp() }, at(open + 1), t.prisma)).toBe('slowed');
    // a success clears the account's count
    await attempts(email, randomIp(), true, 1, open + slowdownSeconds + 1);
    expect(await signInVerdict({ email, ip: randomIp() }, at(open + slowdownSeconds + 2), t.prisma)).toBe('allowed');
  });

  it('keeps an address shut out of the account at its own limit, under the ceiling or not', async () => {
    const email = randomEmail();
    const ip = randomIp();
    const next = await attempts(email, ip, false, maxFailuresPerAccount, 0);
    expect(await signInVerdict({ email, ip }, at(next + slowdownSeconds * 2), t.prisma)).toBe('locked');
    expect(await signInVerdict({ email, ip: randomIp() }, at(next + slowdownSeconds * 2), t.prisma)).toBe('allowed');
  });
});

describe('link requests keep their own count', () => {
  it('limits requests per account whatever the address, and never touches the password', async () => {
    const email = randomEmail();
    for (let i = 0; i < maxFailuresPerAccount; i++) {
      await withAuth((tx) => recordSignInAttempt(tx, { email, ip: randomIp(), succeeded: false, kind: 'magic-link' }, at(i)), t.prisma);
    }
    expect(await signInThrottled({ email, ip: randomIp() }, at(10), t.prisma, 'magic-link')).toBe(true);
    expect(await signInVerdict({ email, ip: randomIp() }, at(10), t.prisma)).toBe('allowed');
  });
});

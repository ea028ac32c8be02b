import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withApp, withAuth } from '../../lib/db/tenant';
import { issueChallenge, findChallenge, CHALLENGE_TTL_MINUTES } from '../../lib/auth/second-factor';
import { issueMagicLink, MAGIC_LINK_TTL_MINUTES } from '../../lib/auth/magic-link';
import { recordSignInAttempt, accountKey } from '../../lib/auth/throttle';
import { pruneSignInLeftovers } from '../../lib/auth/housekeeping';
import { maintenanceJobs } from '../../lib/maintenance/jobs';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { randomSlug } from '../fixtures';

// Expired second-factor challenges, expired email links and old sign-in attempts were
// never removed. The housekeeping removes them as the sign-in role.
//
// On the server run every file shares one database and the housekeeping removes
// everyone's old rows: these tests live in 1990, which no other test uses, so they never
// take rows another test is counting.

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const DAY = 86_400_000;
const BASE = Date.UTC(1990, 0, 10, 12, 0, 0);
const at = (ms: number) => new Date(BASE + ms);

/** A person, and their leftovers: some past use by `now`, some not. */
async function leftovers(now: Date) {
  const email = `${randomSlug('tidy')}@example.test`;
  const person = await t.prisma.person.create({ data: { name: 'Tidy Person', email } });
  const ttl = (minutes: number) => minutes * 60_000;
  return withAuth(async (tx) => {
    // challenges: one expired a moment ago (issued TTL + 1s ago), one with a minute left
    const expiredChallenge = await issueChallenge(tx, person.id, 'password', null, new Date(now.getTime() - ttl(CHALLENGE_TTL_MINUTES) - 1000));
    const liveChallenge = await issueChallenge(tx, person.id, 'password', null, new Date(now.getTime() - ttl(CHALLENGE_TTL_MINUTES) + 60_000));
    await issueMagicLink(tx, email, new Date(now.getTime() - ttl(MAGIC_LINK_TTL_MINUTES) - 1000));
    await issueMagicLink(tx, email, new Date(now.getTime() - ttl(MAGIC_LINK_TTL_MINUTES) + 60_000));
    // attempts: one older than every window (a day), one inside it
    await recordSignInAttempt(tx, { email, ip: null, succeeded: false }, new Date(now.getTime() - DAY - 1000));
    await recordSignInAttempt(tx, { email, ip: null, succeeded: false }, new Date(now.getTime() - DAY + 60_000));
    return { person, email, expiredChallenge, liveChallenge };
  });
}

async function left(w: Awaited<ReturnType<typeof leftovers>>) {
  return {
    challenges: await t.prisma.secondFactorChallenge.count({ where: { personId: w.person.id } }),
    links: await t.prisma.magicLinkToken.count({ where: { email: w.email } }),
    attempts: await t.prisma.signInAttempt.count({ where: { key: accountKey(w.email) } }),
  };
}

describe('sign-in housekeeping', () => {
  it('removes expired challenges and email links and attempts older than every window, and nothing else', async () => {
    const now = at(0);
    const w = await leftovers(now);
    expect(await left(w)).toEqual({ challenges: 2, links: 2, attempts: 2 });
    const removed = await pruneSignInLeftovers(now);
    expect(removed.challenges).toBeGreaterThanOrEqual(1);
    expect(removed.magicLinks).toBeGreaterThanOrEqual(1);
    expect(removed.attempts).toBeGreaterThanOrEqual(1);
    expect(await left(w)).toEqual({ challenges: 1, links: 1, attempts: 1 });
    // the challenge still in use still works
    expect(await findChallenge(w.liveChallenge, now)).toMatchObject({ personId: w.person.id });
    expect(await findChallenge(w.expiredChallenge, now)).toBeNull();
  });

  it('runs on the schedule as the sign-in role, by the app clock (moved here by the test clock file)', async () => {
    const now = at(5 * DAY);
    const w = await leftovers(now);
    const job = maintenanceJobs().find((j) => j.name === 'sign-in-leftovers');
    expect(job).toBeDefined();
    const file = path.join(os.tmpdir(), `tabled-clock-${crypto.randomBytes(4).toString('hex')}`);
    const before = process.env.TABLED_TEST_CLOCK_FILE;
    try {
      // the app's clock, moved back to the test's 1990
      fs.writeFileSync(file, String(now.getTime() - Date.now()));
      process.env.TABLED_TEST_CLOCK_FILE = file;
      await job!.run();
    } finally {
      if (before === undefined) delete process.env.TABLED_TEST_CLOCK_FILE;
      else process.env.TABLED_TEST_CLOCK_FILE = before;
      fs.rmSync(file, { force: true });
    }
    expect(await left(w)).toEqual({ challenges: 1, links: 1, attempts: 1 });
  });

  it('keeps these tables out of the app role’s reach: only the sign-in role could do it', async () => {
    await expect(withApp((tx) => tx.secondFactorChallenge.deleteMany({ where: { expiresAt: { lt: at(0) } } }))).rejects.toThrow(/permission denied/);
    await expect(withApp((tx) => tx.magicLinkToken.deleteMany({ where: { expiresAt: { lt: at(0) } } }))).rejects.toThrow(/permission denied/);
    await expect(withApp((tx) => tx.signInAttempt.deleteMany({ where: { createdAt: { lt: at(0) } } }))).rejects.toThrow(/permission denied/);
  });
});

import crypto from 'node:crypto';
import { withAuth, withPerson } from '../db/tenant';
import { appUrl } from '../app-url';
import { calendarFeedPath } from '../routes';

// 32 random bytes in base64url: 43 characters, nothing to pad or escape in a URL
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Only the hash is stored: a database leak must not hand out anyone's calendar. */
export const hashFeedToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function newFeedToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, tokenHash: hashFeedToken(token) };
}

export const feedUrl = (token: string) => `${appUrl()}${calendarFeedPath(token)}`;

/** My live feed, if I have one (its address cannot be shown again: only its hash is kept). */
export async function activeFeed(personId: string) {
  return withPerson(personId, (tx) =>
    tx.calendarFeed.findFirst({ where: { personId, revokedAt: null }, orderBy: { createdAt: 'desc' }, select: { id: true, createdAt: true } }),
  );
}

/**
 * A new secret address for my calendar. Any address I had before stops working at the
 * same moment, so "replace" is the same as "create": one live feed per person.
 */
export async function issueFeed(personId: string, now = new Date()): Promise<string> {
  const { token, tokenHash } = newFeedToken();
  await withPerson(personId, async (tx) => {
    await tx.calendarFeed.updateMany({ where: { personId, revokedAt: null }, data: { revokedAt: now } });
    await tx.calendarFeed.create({ data: { personId, tokenHash, createdAt: now } });
  });
  return token;
}

/** Stops every address of my calendar; returns how many were live. */
export async function revokeFeeds(personId: string, now = new Date()): Promise<number> {
  const { count } = await withPerson(personId, (tx) => tx.calendarFeed.updateMany({ where: { personId, revokedAt: null }, data: { revokedAt: now } }));
  return count;
}

/** The person a feed address belongs to, if it is live and they are not disabled; else null (answered 404). */
export async function personForFeedToken(token: string): Promise<{ id: string; name: string } | null> {
  if (!TOKEN.test(token)) return null;
  // before anyone is known: the secret in the address is the credential
  const feed = await withAuth((tx) =>
    tx.calendarFeed.findUnique({
      where: { tokenHash: hashFeedToken(token) },
      select: { revokedAt: true, person: { select: { id: true, name: true, disabledAt: true } } },
    }),
  );
  if (!feed || feed.revokedAt || feed.person.disabledAt) return null;
  return { id: feed.person.id, name: feed.person.name };
}

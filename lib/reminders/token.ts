import crypto from 'node:crypto';
import { secretBoxKey } from '../auth/secret-box';
import { isMandatoryKind, isReminderKind, type ReminderKind } from '../rules/reminders';

// The one-click unsubscribe of a reminder mail needs no sign-in: the link's token is the
// authority, and all it can do is turn one optional kind off for one person in one
// council. It is an HMAC of exactly that, under a key derived from the app's secret, so
// nothing is stored and a token for one person, council or kind does nothing for another.

/** A kind of reminder, or 'digest': every kind the person has put in the weekly digest. */
export type UnsubscribeKind = ReminderKind | 'digest';
export type UnsubscribeGrant = { councilId: string; personId: string; kind: UnsubscribeKind };

const key = () => Buffer.from(crypto.hkdfSync('sha256', secretBoxKey(), 'tabled', 'reminder-unsubscribe', 32));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const mac = (g: UnsubscribeGrant) => crypto.createHmac('sha256', key()).update(`${g.councilId}.${g.personId}.${g.kind}`).digest('base64url');

/** `<council>.<person>.<kind>.<hmac>`; URL-safe. Mandatory kinds have no unsubscribe token. */
export function unsubscribeToken(g: UnsubscribeGrant): string {
  if (g.kind !== 'digest' && isMandatoryKind(g.kind)) throw new Error(`${g.kind} cannot be unsubscribed from`);
  return `${g.councilId}.${g.personId}.${g.kind}.${mac(g)}`;
}

/** What a token grants, or null when it is not one of ours (or names a mandatory kind). */
export function readUnsubscribeToken(token: unknown): UnsubscribeGrant | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [councilId, personId, kind, sig, ...rest] = token.split('.');
  if (
    rest.length ||
    !councilId ||
    !personId ||
    !sig ||
    !UUID.test(councilId) ||
    !UUID.test(personId) ||
    !(kind === 'digest' || (isReminderKind(kind) && !isMandatoryKind(kind)))
  )
    return null;
  const expected = Buffer.from(mac({ councilId, personId, kind }));
  const given = Buffer.from(sig);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? { councilId, personId, kind } : null;
}

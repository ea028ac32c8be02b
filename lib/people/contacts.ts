import type { Tx } from '../db/tenant';
import { notFound } from '../errors';

/**
 * The council's contacts: people on its seats (holders and substitutes) or named as a
 * substitute at its meetings who have no account here (no membership of the council).
 * They are written to only if they have an email address.
 */
export const contactWhere = (councilId: string) => ({
  memberships: { none: { councilId, endedAt: null } },
  OR: [{ seats: { some: { councilId } } }, { substituteFor: { some: { councilId } } }],
});

export async function findContact(tx: Tx, councilId: string, contactId: string) {
  const contact = await tx.person.findFirst({ where: { id: contactId, ...contactWhere(councilId) }, select: { id: true, name: true, email: true } });
  if (!contact) throw notFound('Contact');
  return contact;
}

/** A current member of the council who has an account (an email to sign in with). */
export async function findAccount(tx: Tx, councilId: string, accountId: string) {
  const account = await tx.person.findFirst({
    where: { id: accountId, email: { not: null }, disabledAt: null, memberships: { some: { councilId, endedAt: null } } },
    select: { id: true, name: true, email: true },
  });
  if (!account) throw notFound('Account');
  return account;
}

import 'server-only';
import type { CouncilContext } from '../councils/queries';
import { withCouncil, type Tx } from '../db/tenant';
import { contactWhere } from './contacts';

/** The council's members who have an account (an email to sign in with): where a contact or a seat can move to. */
export function listAccounts(tx: Tx, councilId: string) {
  return tx.person.findMany({
    where: { email: { not: null }, disabledAt: null, memberships: { some: { councilId, endedAt: null } } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, email: true },
  });
}

/**
 * The council's contacts (people on its seats with no account here), each with the seats
 * they hold or stand in for, for the members page: give them an address, or merge them
 * into the account they now have.
 */
export async function listContacts(ctx: CouncilContext) {
  const councilId = ctx.council.id;
  return withCouncil(councilId, async (tx) => ({
    contacts: await tx.person.findMany({
      where: contactWhere(councilId),
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        email: true,
        seats: { where: { councilId }, select: { id: true, position: true, agency: true, board: { select: { name: true } } } },
        substituteFor: { where: { councilId }, select: { id: true, position: true, person: { select: { name: true } }, board: { select: { name: true } } } },
      },
    }),
    accounts: await listAccounts(tx, councilId),
  }));
}

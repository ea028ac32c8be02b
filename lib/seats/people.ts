import crypto from 'node:crypto';
import type { Prisma } from '../db/generated/prisma/client';
import type { Tx } from '../db/tenant';
import { AppError, invalid } from '../errors';
import type { PersonPick } from './schema';

/**
 * People a council may put on a seat or name as a substitute: its current members (who
 * have accounts) and the external contacts already on its seats. Person rows are global,
 * so the council is checked through its own (row-level secured) memberships and seats:
 * another council's person is answered as not found.
 */
export const knownPeopleWhere = (councilId: string): Prisma.PersonWhereInput => ({
  OR: [{ memberships: { some: { councilId, endedAt: null } } }, { seats: { some: { councilId } } }, { substituteFor: { some: { councilId } } }],
});

export async function listKnownPeople(tx: Tx, councilId: string) {
  return tx.person.findMany({
    where: { ...knownPeopleWhere(councilId), disabledAt: null },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, email: true },
  });
}

/**
 * The person a pick names: a known person, or a new external contact (a Person with no
 * account). An email this council already knows is refused with a pointer to the list.
 * An email that is on record only outside this council must not tell this council so
 * (that would say who uses Tabled elsewhere): the contact is added as asked, without the
 * address, since Person.email belongs to that other person's account; the answer is the
 * same as for any new contact.
 */
export async function resolvePick(tx: Tx, councilId: string, pick: PersonPick, fields: { name: string; email: string }) {
  if (pick.kind === 'existing') {
    const person = await tx.person.findFirst({ where: { id: pick.id, ...knownPeopleWhere(councilId) }, select: { id: true, name: true } });
    if (!person) throw new AppError('NOT_FOUND', 'That person was not found');
    return person;
  }
  let email = pick.email || null;
  if (email) {
    // row-level security shows a council's transaction only the people of that council
    const known = await tx.person.findFirst({ where: { email, ...knownPeopleWhere(councilId) }, select: { id: true } });
    if (known) {
      throw invalid({
        [fields.email]: ['Someone with this email address is already on record: choose them from the list, or leave the email blank'],
      });
    }
    const [row] = await tx.$queryRaw<{ taken: boolean }[]>`SELECT tabled_email_on_record(${email}) AS taken`;
    if (row?.taken) email = null;
  }
  // no RETURNING: a new person becomes visible to the council once a seat names them
  const id = crypto.randomUUID();
  await tx.person.createMany({ data: [{ id, name: pick.name, email }] });
  return { id, name: pick.name };
}

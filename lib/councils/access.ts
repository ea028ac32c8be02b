import { withPerson } from '../db/tenant';
import { councilsOwingSecondFactor, secondFactorSatisfied } from '../auth/second-factor-requirement';
import type { CouncilRole } from '../db/generated/prisma/client';

export type CouncilMembershipView = {
  council: { id: string; slug: string; name: string; region: string };
  councilRole: CouncilRole;
};

/**
 * The council with this slug if the person is a current member of it, else null. Null
 * too while the council requires a second factor of this person (an administrator or
 * Chair) and they have none: they reach nothing in it until they set one up. With the
 * browser session's `authMethod` it is judged by how that session signed in.
 */
export async function findMembership(slug: string, personId: string, authMethod: string | null = null): Promise<CouncilMembershipView | null> {
  const found = await withPerson(personId, async (tx) => {
    const membership = await tx.councilMembership.findFirst({
      where: { personId, endedAt: null, council: { slug } },
      select: { role: true, council: { select: { id: true, slug: true, name: true, region: true, requireSecondFactor: true } } },
    });
    const satisfied = membership?.council.requireSecondFactor ? await secondFactorSatisfied(tx, personId, authMethod) : true;
    return membership && { membership, satisfied };
  });
  if (!found) return null;
  if ((await councilsOwingSecondFactor(personId, [found.membership], found.satisfied)).size > 0) return null;
  const { requireSecondFactor: _required, ...council } = found.membership.council;
  return { council, councilRole: found.membership.role };
}

export const isCouncilAdmin = (role: CouncilRole) => role === 'OWNER' || role === 'ADMIN';

import { withPerson } from '../db/tenant';
import type { CouncilRole } from '../db/generated/prisma/client';

export type CouncilMembershipView = {
  council: { id: string; slug: string; name: string; region: string };
  councilRole: CouncilRole;
};

/** The council with this slug if the person is a current member of it, else null. */
export async function findMembership(slug: string, personId: string): Promise<CouncilMembershipView | null> {
  const membership = await withPerson(personId, (tx) =>
    tx.councilMembership.findFirst({
      where: { personId, endedAt: null, council: { slug } },
      select: { role: true, council: { select: { id: true, slug: true, name: true, region: true } } },
    }),
  );
  return membership && { council: membership.council, councilRole: membership.role };
}

export const isCouncilAdmin = (role: CouncilRole) => role === 'OWNER' || role === 'ADMIN';

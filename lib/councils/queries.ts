import { cache } from 'react';
import { notFound } from 'next/navigation';
import { withPerson } from '../db/tenant';
import type { CouncilRole } from '../db/generated/prisma/client';
import { requireActor } from '../auth/session';
import { findMembership } from './access';

export type CouncilContext = {
  actor: { id: string; name: string; email: string | null };
  council: { id: string; slug: string; name: string; region: string };
  councilRole: CouncilRole;
};

/** Councils the person belongs to, for the switcher. */
export async function listMyCouncils(personId: string) {
  const rows = await withPerson(personId, (tx) => tx.councilMembership.findMany({
    where: { personId, endedAt: null },
    select: { role: true, council: { select: { id: true, slug: true, name: true } } },
    orderBy: { council: { name: 'asc' } },
  }));
  return rows.map((r) => ({ ...r.council, role: r.role }));
}

/**
 * The council named in the URL, resolved on the server against the signed-in person's
 * memberships. A council they do not belong to answers 404, not 403, so that its
 * existence does not leak.
 */
export const resolveCouncil = cache(async (slug: string): Promise<CouncilContext> => {
  const actor = await requireActor(`/${slug}`);
  const membership = await findMembership(slug, actor.id);
  if (!membership) notFound();
  return { actor, ...membership };
});

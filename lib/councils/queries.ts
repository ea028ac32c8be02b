import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { CouncilRole } from '../db/generated/prisma/client';
import { requireActor, type Actor } from '../auth/session';
import { notFound } from '../errors';
import { toPage } from '../access/page';
import { secondFactorSetUpPath } from '../auth/second-factor-requirement';
import { councilPath } from '../routes';

export type CouncilContext = {
  actor: { id: string; name: string; email: string | null; memberships?: Actor['memberships'] };
  council: { id: string; slug: string; name: string; region: string };
  councilRole: CouncilRole;
};

/** Councils the person belongs to, for the switcher (read with the session). */
export function myCouncils(actor: Pick<Actor, 'memberships'> | { memberships?: Actor['memberships'] }) {
  return (actor.memberships ?? []).map((m) => ({ ...m.council, role: m.role }));
}

/**
 * The council named in the URL, resolved on the server against the signed-in person's
 * memberships. A council they do not belong to answers 404, not 403, so that its
 * existence does not leak.
 */
export const resolveCouncil = cache(async (slug: string): Promise<CouncilContext> => {
  const actor = await requireActor(councilPath(slug));
  const membership = actor.memberships.find((m) => m.council.slug === slug);
  if (!membership) return toPage(notFound());
  // a council that requires a second factor of this administrator or Chair: nothing in it until they have one
  if (membership.secondFactorDue) redirect(secondFactorSetUpPath(slug));
  return { actor, council: membership.council, councilRole: membership.role };
});

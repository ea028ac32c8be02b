import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { withPerson } from '../db/tenant';
import type { CouncilRole } from '../db/generated/prisma/client';
import { authOptions } from './options';
import { checkSession } from './sessions';
import { councilsOwingSecondFactor, secondFactorSatisfied } from './second-factor-requirement';
import { currentTime } from '../clock';
import { signInPath } from '../routes';

export type Membership = {
  council: { id: string; slug: string; name: string; region: string; requireSecondFactor?: boolean };
  role: CouncilRole;
  /** the council requires a second factor of this person and this session has not given one */
  secondFactorDue?: boolean;
};

export type Actor = { id: string; name: string; email: string | null; sessionId: string; authMethod?: string; memberships: Membership[]; sessionEndsAt?: Date };

/**
 * The signed-in person, checked against the server-side session on every request, so
 * a revoked session, an idle one or a disabled person is refused on the next request.
 * Their current council memberships come in the same transaction: every page needs them
 * (the council switcher, resolving the council in the URL), and one round trip is cheaper
 * than two.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string; pid?: string } | null;
  if (!session?.sid || !session.pid || !/^[0-9a-f-]{36}$/i.test(session.pid)) return null;
  const { sid, pid } = session;
  const found = await withPerson(pid, async (tx) => {
    const live = await checkSession(tx, sid, currentTime(), pid);
    if (!live) return null;
    const memberships = await tx.councilMembership.findMany({
      where: { personId: pid, endedAt: null },
      orderBy: { council: { name: 'asc' } },
      select: { role: true, council: { select: { id: true, slug: true, name: true, region: true, requireSecondFactor: true } } },
    });
    const satisfied = memberships.some((m) => m.council.requireSecondFactor) ? await secondFactorSatisfied(tx, pid, live.method) : true;
    return { live, memberships, satisfied };
  });
  if (!found) return null;
  const { live, memberships, satisfied } = found;
  const owed = await councilsOwingSecondFactor(pid, memberships, satisfied);
  return {
    ...live.person,
    sessionId: live.sessionId,
    authMethod: live.method,
    sessionEndsAt: live.endsAt,
    memberships: memberships.map((m) => ({ ...m, secondFactorDue: owed.has(m.council.id) })),
  };
});

export async function requireActor(returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(signInPath({ callbackUrl: returnTo }));
  return actor;
}

import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { withPerson } from '../db/tenant';
import type { CouncilRole } from '../db/generated/prisma/client';
import { authOptions } from './options';
import { checkSession } from './sessions';
import { currentTime } from '../clock';

export type Membership = { council: { id: string; slug: string; name: string; region: string }; role: CouncilRole };

export type Actor = { id: string; name: string; email: string | null; sessionId: string; memberships: Membership[]; sessionEndsAt?: Date };

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
  return withPerson(pid, async (tx) => {
    const live = await checkSession(tx, sid, currentTime(), pid);
    if (!live) return null;
    const memberships = await tx.councilMembership.findMany({
      where: { personId: pid, endedAt: null },
      orderBy: { council: { name: 'asc' } },
      select: { role: true, council: { select: { id: true, slug: true, name: true, region: true } } },
    });
    return { ...live.person, sessionId: live.sessionId, sessionEndsAt: live.endsAt, memberships };
  });
});

export async function requireActor(returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in');
  return actor;
}

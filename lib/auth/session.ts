import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { authOptions } from './options';
import { touchSession } from './sessions';

export type Actor = { id: string; name: string; email: string | null; sessionId: string };

/**
 * The signed-in person, checked against the server-side session on every request, so
 * a revoked session, an idle one or a disabled person is refused on the next request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return null;
  const live = await touchSession(session.sid);
  return live && { ...live.person, sessionId: live.sessionId };
});

export async function requireActor(returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in');
  return actor;
}

import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { getPrisma } from '../db/client';
import { authOptions } from './options';

export type Actor = { id: string; name: string; email: string | null };

/**
 * The signed-in person, read fresh from the database on every request so that a
 * disabled account loses access at once rather than when its token expires.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const prisma = await getPrisma();
  const person = await prisma.person.findUnique({ where: { id }, select: { id: true, name: true, email: true, disabledAt: true } });
  if (!person || person.disabledAt) return null;
  return { id: person.id, name: person.name, email: person.email };
});

export async function requireActor(returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in');
  return actor;
}

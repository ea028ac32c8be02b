import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { authOptions } from '../auth/options';
import type { AccessActor } from './resolve';

/**
 * The person and server-side session named by the signed cookie, read without touching
 * the database: the session itself is checked by withAccess in the request's one
 * transaction (checkSession), so a post costs one BEGIN/COMMIT instead of one for the
 * session and one for the change.
 */
export const sessionActor = cache(async (): Promise<AccessActor | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string; pid?: string } | null;
  if (!session?.sid || !session.pid || !/^[0-9a-f-]{36}$/i.test(session.pid)) return null;
  return { id: session.pid, sessionId: session.sid };
});

'use server';

import { getServerSession } from 'next-auth';
import { authOptions } from './options';
import { extendSession, peekSessionEnd } from './sessions';
import { currentTime } from '../clock';

async function token(): Promise<{ sid: string; pid: string } | null> {
  const session = (await getServerSession(authOptions)) as { sid?: string; pid?: string } | null;
  return session?.sid && session.pid ? { sid: session.sid, pid: session.pid } : null;
}

/**
 * Milliseconds until the session ends, without counting the question as activity (the
 * timeout warning asks before it shows, since other tabs may have kept the session
 * alive). 0 when it has ended.
 */
export async function sessionTimeLeftAction(): Promise<number> {
  const t = await token();
  if (!t) return 0;
  const now = currentTime();
  const ends = await peekSessionEnd(t.sid, t.pid, now);
  return ends ? ends.getTime() - now.getTime() : 0;
}

/** "Stay signed in": the server starts the idle timeout again. Milliseconds left afterwards; 0 when it had already ended. */
export async function staySignedInAction(): Promise<number> {
  const t = await token();
  if (!t) return 0;
  const now = currentTime();
  const ends = await extendSession(t.sid, t.pid, now);
  return ends ? ends.getTime() - now.getTime() : 0;
}

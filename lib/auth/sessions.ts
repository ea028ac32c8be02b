import { withAuth, withPerson, type Tx } from '../db/tenant';
import type { RequestInfo } from '../action/define';
import { currentTime } from '../clock';

const minutes = (n: number) => n * 60_000;

export function sessionLimits() {
  return {
    idleMs: minutes(Number(process.env.SESSION_IDLE_MINUTES ?? 60)),
    maxMs: minutes(60 * Number(process.env.SESSION_MAX_HOURS ?? 12)),
  };
}

// lastSeenAt is only rewritten when this stale, so a busy page does not write on every request
const TOUCH_EVERY_MS = 60_000;

export async function createSession(tx: Tx, personId: string, method: string, request: RequestInfo, now = currentTime()): Promise<string> {
  const row = await tx.authSession.create({
    data: {
      personId,
      method,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionLimits().maxMs),
      ip: request.ip,
      userAgent: request.userAgent,
    },
    select: { id: true },
  });
  return row.id;
}

export type LiveSession = {
  sessionId: string;
  method: string;
  person: { id: string; name: string; email: string | null };
  /** when the session ends if nothing more happens: idle timeout or lifetime, whichever is sooner */
  endsAt: Date;
};

/** When a session ends if nothing more happens: its idle timeout from the last request, or its lifetime. */
export const sessionEndsAt = (s: { lastSeenAt: Date; expiresAt: Date }) =>
  new Date(Math.min(s.lastSeenAt.getTime() + sessionLimits().idleMs, s.expiresAt.getTime()));

/**
 * The session if it is still alive: not revoked, within its absolute lifetime, active
 * within the idle timeout, and its person not disabled. Checked on every request, so a
 * revoked session or a disabled person is refused on the next one.
 */
export async function touchSession(sessionId: string, now = currentTime()): Promise<LiveSession | null> {
  return withAuth((tx) => checkSession(tx, sessionId, now));
}

/** The session check inside a caller's transaction, so a request can read more in the same one. */
export async function checkSession(tx: Tx, sessionId: string, now = currentTime(), personId?: string): Promise<LiveSession | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const { idleMs } = sessionLimits();
  const s = await tx.authSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      method: true,
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      person: { select: { id: true, name: true, email: true, disabledAt: true } },
    },
  });
  if (!s || s.revokedAt || s.expiresAt <= now || s.person.disabledAt) return null;
  if (personId && s.person.id !== personId) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > idleMs) return null;
  let lastSeenAt = s.lastSeenAt;
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await tx.authSession.update({ where: { id: s.id }, data: { lastSeenAt: now } });
    lastSeenAt = now;
  }
  const { disabledAt: _disabled, ...person } = s.person;
  return { sessionId: s.id, method: s.method, person, endsAt: sessionEndsAt({ lastSeenAt, expiresAt: s.expiresAt }) };
}

export async function listSessions(personId: string, now = currentTime()) {
  const { idleMs } = sessionLimits();
  const rows = await withPerson(personId, (tx) =>
    tx.authSession.findMany({
      where: { personId, revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - idleMs) } },
      orderBy: { lastSeenAt: 'desc' },
      select: { id: true, method: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    }),
  );
  return rows;
}

/** Ends one of the person's own sessions; another person's session id changes nothing. */
export async function revokeSession(personId: string, sessionId: string, now = currentTime()): Promise<boolean> {
  const { count } = await withPerson(personId, (tx) =>
    tx.authSession.updateMany({ where: { id: sessionId, personId, revokedAt: null }, data: { revokedAt: now } }),
  );
  return count > 0;
}

export async function revokeAllSessions(personId: string, now = currentTime()): Promise<number> {
  const { count } = await withPerson(personId, (tx) => tx.authSession.updateMany({ where: { personId, revokedAt: null }, data: { revokedAt: now } }));
  return count;
}

/**
 * When the person's session ends, without counting this look as activity (the timeout
 * warning asks this, and asking must not keep the session alive). Null when it has ended.
 */
export async function peekSessionEnd(sessionId: string, personId: string, now = currentTime()): Promise<Date | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const s = await withPerson(personId, (tx) =>
    tx.authSession.findFirst({ where: { id: sessionId, personId, revokedAt: null }, select: { lastSeenAt: true, expiresAt: true } }),
  );
  if (!s) return null;
  const endsAt = sessionEndsAt(s);
  return endsAt > now ? endsAt : null;
}

/** "Stay signed in": counts as activity now, so the idle timeout starts again (the lifetime does not move). */
export async function extendSession(sessionId: string, personId: string, now = currentTime()): Promise<Date | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  return withPerson(personId, async (tx) => {
    const live = await checkSession(tx, sessionId, now, personId);
    if (!live) return null;
    const s = await tx.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: now }, select: { lastSeenAt: true, expiresAt: true } });
    return sessionEndsAt(s);
  });
}

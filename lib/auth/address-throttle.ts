import { withAuth } from '../db/tenant';
import { recordAttempt, throttleVerdict, type ThrottleLimits } from './throttle';

/**
 * A limit per network address for a route anyone may call without signing in (public
 * subscriptions, commissioned papers' uploads): counted in the sign-in throttle's table,
 * in PostgreSQL (every app instance sees the same counts, pruned daily). The answer says
 * whether this request may go on; without a known address nothing is counted.
 */
export function addressThrottle(name: string, perHour: number): (ip: string | null, now: Date) => Promise<boolean> {
  const limits: ThrottleLimits = { perClient: perHour, perIp: perHour, accountCeiling: 1, slowdownSeconds: 1, windowMinutes: 60 };
  return async (ip, now) => {
    if (!ip?.trim()) return true;
    const keys = { client: `${name}:ip:${ip.trim().toLowerCase()}`, account: null, ip: null };
    return withAuth(async (tx) => {
      if ((await throttleVerdict(tx, keys, limits, now)) !== 'allowed') return false;
      await recordAttempt(tx, keys, false, false, now);
      return true;
    });
  };
}

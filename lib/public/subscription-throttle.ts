import { withAuth } from '../db/tenant';
import { recordAttempt, throttleVerdict, type ThrottleLimits } from '../auth/throttle';

// Subscription requests from one network address: each sends a mail to an address the
// requester typed, so a script spraying addresses is slowed here (besides the per-address
// limit of lib/rules/public-subscription.ts). Kept in the sign-in throttle's table, which
// lives in PostgreSQL (every app instance sees the same counts) and is pruned daily.

export const SUBSCRIBE_REQUESTS_PER_HOUR = 20;
const limits: ThrottleLimits = {
  perClient: SUBSCRIBE_REQUESTS_PER_HOUR,
  perIp: SUBSCRIBE_REQUESTS_PER_HOUR,
  accountCeiling: 1,
  slowdownSeconds: 1,
  windowMinutes: 60,
};

const keyOf = (ip: string) => `public-subscribe:ip:${ip.trim().toLowerCase()}`;

/** Counts this request and says whether it may go on; without a known address nothing is counted. */
export async function allowSubscribeRequest(ip: string | null, now: Date): Promise<boolean> {
  if (!ip?.trim()) return true;
  const keys = { client: keyOf(ip), account: null, ip: null };
  return withAuth(async (tx) => {
    if ((await throttleVerdict(tx, keys, limits, now)) !== 'allowed') return false;
    await recordAttempt(tx, keys, false, false, now);
    return true;
  });
}

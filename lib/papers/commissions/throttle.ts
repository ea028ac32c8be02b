import { withAuth } from '../../db/tenant';
import { recordAttempt, throttleVerdict, type ThrottleLimits } from '../../auth/throttle';

// Uploads through commissioned papers' links from one network address: the route needs no
// sign-in, so a script trying tokens (or filling storage) is slowed here. Kept in the
// sign-in throttle's table, in PostgreSQL, like the public subscription requests.

export const COMMISSION_UPLOADS_PER_HOUR = 30;
const limits: ThrottleLimits = {
  perClient: COMMISSION_UPLOADS_PER_HOUR,
  perIp: COMMISSION_UPLOADS_PER_HOUR,
  accountCeiling: 1,
  slowdownSeconds: 1,
  windowMinutes: 60,
};

const keyOf = (ip: string) => `commission-upload:ip:${ip.trim().toLowerCase()}`;

/** Counts this request and says whether it may go on; without a known address nothing is counted. */
export async function allowCommissionUpload(ip: string | null, now: Date): Promise<boolean> {
  if (!ip?.trim()) return true;
  const keys = { client: keyOf(ip), account: null, ip: null };
  return withAuth(async (tx) => {
    if ((await throttleVerdict(tx, keys, limits, now)) !== 'allowed') return false;
    await recordAttempt(tx, keys, false, false, now);
    return true;
  });
}

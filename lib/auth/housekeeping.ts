import type { PrismaClient } from '../db/generated/prisma/client';
import { withAuth } from '../db/tenant';
import { LONGEST_THROTTLE_WINDOW_MINUTES, signInThrottleSettings } from './throttle';

export type SignInLeftovers = { attempts: number; challenges: number; magicLinks: number };

/**
 * What sign-in leaves behind and nothing reads any more: attempts older than every
 * throttle window, second-factor challenges and email links past their expiry (used or
 * not: an expired one is refused whatever its state). One transaction as the sign-in role,
 * the only role that sees these tables; `now` from the caller, so tests move the clock.
 */
export async function pruneSignInLeftovers(now: Date, prisma?: PrismaClient): Promise<SignInLeftovers> {
  const keepMinutes = Math.max(LONGEST_THROTTLE_WINDOW_MINUTES, signInThrottleSettings().windowMinutes);
  const attemptsBefore = new Date(now.getTime() - keepMinutes * 60_000);
  return withAuth(async (tx) => {
    const attempts = await tx.signInAttempt.deleteMany({ where: { createdAt: { lt: attemptsBefore } } });
    const challenges = await tx.secondFactorChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
    const magicLinks = await tx.magicLinkToken.deleteMany({ where: { expiresAt: { lt: now } } });
    return { attempts: attempts.count, challenges: challenges.count, magicLinks: magicLinks.count };
  }, prisma);
}

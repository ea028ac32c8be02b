import { safeCallback } from '../security/safe-callback';
import { appUrl } from '../app-url';
import type { Tx } from '../db/tenant';
import { hasTotp, issueChallenge } from './second-factor';
import { setChallengeCookie } from './second-factor-cookie';
import type { Route } from 'next';
import { homePath, signInPath, signInStepPath } from '../routes';

/** The first factor was right, and the person owes a code before any session exists. */
export type SecondFactorOwed = { id: string; name: string; email: string | null; challenge: string };

/** Sessions whose sign-in included a second factor, or Entra ID, whose directory applies its own MFA. */
export const isStrongSessionMethod = (method: string) => method === 'entra' || method.endsWith('+totp') || method.endsWith('+recovery-code');

/**
 * For a person with an authenticator app: a challenge for the code, else null (sign in
 * now). Runs inside the sign-in transaction, acting as the person, whose second factor
 * only they may read.
 */
export async function secondFactorOwed(
  tx: Tx,
  person: { id: string; name: string; email: string | null },
  method: 'password' | 'magic-link',
  callbackUrl: string | null,
  now: Date,
): Promise<SecondFactorOwed | null> {
  await tx.$queryRaw`SELECT set_config('app.person_id', ${person.id}, true)`;
  if (!(await hasTotp(tx, person.id))) return null;
  const challenge = await issueChallenge(tx, person.id, method, callbackUrl, now);
  return { id: person.id, name: person.name, email: person.email, challenge };
}

/** Same-site paths only, as the sign-in page allows (lib/security/safe-callback.ts); anything else is null. */
export function safeCallbackPath(value: unknown): Route | null {
  const path = safeCallback(value);
  return path === homePath() && value !== homePath() ? null : path;
}

/** next-auth posts the callbackUrl with the credentials; only its path is kept. */
export function callbackOf(req: { body?: Record<string, unknown> } | undefined): string | null {
  const raw = req?.body?.callbackUrl;
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw, appUrl());
    // back to the sign-in page itself means nowhere in particular
    if (url.origin !== new URL(appUrl()).origin || url.pathname.startsWith(signInPath())) return null;
    return safeCallbackPath(`${url.pathname}${url.search}`);
  } catch {
    return null;
  }
}

const HANDOVER = 'second-factor-owed';
type HandOverUser = { id: string; name: string; email: string | null; [HANDOVER]: true };

/**
 * What next-auth's authorize returns: the signed-in user, nothing, or (code owed) a
 * marker the signIn callback turns into a redirect to the code step, with the challenge
 * in an httpOnly cookie.
 */
export async function handOver<T extends { id: string; name: string; email: string | null }>(
  step: T | SecondFactorOwed | null,
): Promise<T | HandOverUser | null> {
  if (!step) return null;
  if ('challenge' in step && typeof step.challenge === 'string') {
    await setChallengeCookie(step.challenge);
    return { id: step.id, name: step.name, email: step.email, [HANDOVER]: true };
  }
  return step as T;
}

export const isSecondFactorHandOver = (user: unknown): boolean =>
  Boolean(user && typeof user === 'object' && (user as Record<string, unknown>)[HANDOVER] === true);

export const secondFactorPageUrl = () => `${appUrl()}${signInStepPath('code')}`;

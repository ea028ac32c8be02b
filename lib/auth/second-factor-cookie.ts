import { cookies } from 'next/headers';
import { appUrl } from '../app-url';
import { CHALLENGE_TTL_MINUTES } from './second-factor';

// The half-finished sign-in lives in an httpOnly cookie, never in the URL: a code page's
// address can be shared, logged or kept in history without giving anything away.
const secure = () => appUrl().startsWith('https://');
export const challengeCookieName = () => (secure() ? '__Host-tabled.second-factor' : 'tabled.second-factor');

export async function setChallengeCookie(token: string): Promise<void> {
  (await cookies()).set(challengeCookieName(), token, { httpOnly: true, sameSite: 'lax', path: '/', secure: secure(), maxAge: CHALLENGE_TTL_MINUTES * 60 });
}

export async function readChallengeCookie(): Promise<string | null> {
  return (await cookies()).get(challengeCookieName())?.value ?? null;
}

export async function clearChallengeCookie(): Promise<void> {
  (await cookies()).delete({ name: challengeCookieName(), path: '/', secure: secure() });
}

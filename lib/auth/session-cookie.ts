import { cookies } from 'next/headers';
import { encode } from 'next-auth/jwt';
import { appUrl } from '../app-url';
import { sessionLimits } from './sessions';

/**
 * Starts the browser's next-auth session for a server-side session created outside
 * next-auth's own callbacks (the second-factor step). The token has the shape the jwt
 * callback gives every sign-in: the person as `sub`, the server-side session as `sid`.
 */
export async function startBrowserSession(person: { id: string; name: string; email: string | null }, sid: string): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set');
  const maxAge = Math.floor(sessionLimits().maxMs / 1000);
  const token = await encode({ token: { sub: person.id, name: person.name, email: person.email, sid }, secret, maxAge });
  const secure = appUrl().startsWith('https://');
  (await cookies()).set(secure ? '__Secure-next-auth.session-token' : 'next-auth.session-token', token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure,
    maxAge,
  });
}

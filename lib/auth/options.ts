import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { withApp } from '../db/tenant';
import { verifyPassword } from './password';
import { recordSignInAttempt, signInThrottled } from './throttle';
import { consumeMagicLink } from './magic-link';
import { createSession, revokeSession, sessionLimits } from './sessions';
import { requestInfoFrom } from './request-info';
import { entraIdentity, entraPerson, entraProviders, type EntraClaims } from './entra';
import type { RequestInfo } from '../action/define';
import { currentTime } from '../clock';

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

// Verifying against a fixed hash when the account is unknown keeps the answer's timing
// the same whether or not the email exists.
const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$f//IfYvy4cgGA8w7fk15ZQ$JWGWmumxiKh88CmQjbq5mIP7pfkfu827iLrmrd64EHU';

type SignedIn = { id: string; name: string; email: string | null; sid: string };

function requestOf(req: { headers?: Record<string, unknown> } | undefined): RequestInfo {
  return requestInfoFrom((name) => {
    const v = req?.headers?.[name];
    return typeof v === 'string' ? v : Array.isArray(v) ? String(v[0]) : null;
  });
}

/** Email and password, throttled per account and per IP in PostgreSQL. */
export async function signInWithPassword(raw: unknown, request: RequestInfo, now = currentTime()): Promise<SignedIn | null> {
  const parsed = credentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (await signInThrottled({ email, ip: request.ip }, now)) {
    await withApp((tx) => recordSignInAttempt(tx, { email, ip: request.ip, succeeded: false }, now));
    return null;
  }
  const person = await withApp((tx) => tx.person.findUnique({ where: { email }, select: { id: true, name: true, email: true, passwordHash: true, disabledAt: true } }));
  const passwordOk = await verifyPassword(person?.passwordHash ?? DECOY_HASH, password);
  const ok = Boolean(person && person.passwordHash && !person.disabledAt && passwordOk);
  return withApp(async (tx) => {
    await recordSignInAttempt(tx, { email, ip: request.ip, succeeded: ok }, now);
    if (!ok || !person) return null;
    const sid = await createSession(tx, person.id, 'password', request, now);
    return { id: person.id, name: person.name, email: person.email, sid };
  });
}

/** A magic link's token, used once, on POST only. */
export async function signInWithMagicLink(token: unknown, request: RequestInfo, now = new Date()): Promise<SignedIn | null> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return null;
  const personId = await consumeMagicLink(token, now);
  if (!personId) return null;
  return withApp(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true, name: true, email: true, disabledAt: true } });
    if (!person || person.disabledAt) return null;
    const sid = await createSession(tx, person.id, 'email-link', request, now);
    return { id: person.id, name: person.name, email: person.email, sid };
  });
}

export const authOptions: NextAuthOptions = {
  // The token only names a server-side session; that session is what can be revoked.
  session: { strategy: 'jwt', maxAge: Math.floor(sessionLimits().maxMs / 1000) },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      authorize: (raw, req) => signInWithPassword(raw, requestOf(req)),
    }),
    CredentialsProvider({
      id: 'magic-link',
      name: 'Email link',
      credentials: { token: { type: 'text' } },
      authorize: (raw, req) => signInWithMagicLink(raw?.token, requestOf(req)),
    }),
    ...entraProviders(),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (!account?.provider.startsWith('entra-')) return true;
      return entraIdentity((profile ?? {}) as EntraClaims) !== null;
    },
    async jwt({ token, user, account, profile }) {
      if (account?.provider.startsWith('entra-')) {
        const claims = (profile ?? {}) as EntraClaims;
        const identity = entraIdentity(claims);
        if (!identity) return { ...token, sid: undefined };
        const sid = await withApp(async (tx) => {
          const person = await entraPerson(tx, identity, typeof claims.name === 'string' ? claims.name : '');
          if (person.disabledAt) return undefined;
          token.sub = person.id;
          return createSession(tx, person.id, 'entra', { ip: null, userAgent: null });
        });
        return { ...token, sid };
      }
      if (user) {
        token.sub = user.id;
        token.sid = (user as unknown as SignedIn).sid;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === 'string' ? token.sid : undefined, pid: token.sub };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sub && typeof token.sid === 'string') await revokeSession(token.sub, token.sid);
    },
  },
};

import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { withAuth } from '../db/tenant';
import { passwordHashOf, verifyPassword } from './password';
import { recordSignInAttempt, signInVerdict, throttledMessage } from './throttle';
import { AppError } from '../errors';
import { consumeMagicLink } from './magic-link';
import { createSession, revokeSession, sessionLimits } from './sessions';
import { requestInfoFrom } from './request-info';
import { entraIdentity, entraPerson, entraProviders, type EntraClaims } from './entra';
import type { RequestInfo } from '../action/define';
import { safeCallback } from '../security/safe-callback';
import { callbackOf, handOver, isSecondFactorHandOver, secondFactorOwed, secondFactorPageUrl, type SecondFactorOwed } from './second-factor-sign-in';
import { currentTime } from '../clock';
import { signInPath } from '../routes';

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

/** Email and password, throttled in PostgreSQL (lib/auth/throttle.ts). Null when refused or a second factor is still owed; throws (AppError) when throttled. */
export async function signInWithPassword(raw: unknown, request: RequestInfo, now = currentTime()): Promise<SignedIn | null> {
  const step = await passwordStep(raw, request, now);
  return step && 'sid' in step ? step : null;
}

/**
 * The password step: a session, or (for a person with an authenticator app) a challenge
 * for the code, with no session until the code is given. A throttled attempt is not
 * checked and throws an AppError whose message the sign-in form shows (next-auth passes a
 * thrown message on in its error redirect).
 */
export async function passwordStep(
  raw: unknown,
  request: RequestInfo,
  now = currentTime(),
  callbackUrl: string | null = null,
): Promise<SignedIn | SecondFactorOwed | null> {
  const parsed = credentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const verdict = await signInVerdict({ email, ip: request.ip }, now);
  if (verdict !== 'allowed') {
    // not checked: counts against this address, but cannot hold the account's slowdown open
    await withAuth((tx) => recordSignInAttempt(tx, { email, ip: request.ip, succeeded: false, checked: false }, now));
    throw new AppError('FORBIDDEN', throttledMessage(verdict));
  }
  const person = await withAuth(async (tx) => {
    const found = await tx.person.findUnique({ where: { email }, select: { id: true, name: true, email: true, disabledAt: true } });
    return found && { ...found, passwordHash: await passwordHashOf(tx, found.id) };
  });
  const passwordOk = await verifyPassword(person?.passwordHash ?? DECOY_HASH, password);
  const ok = Boolean(person && person.passwordHash && !person.disabledAt && passwordOk);
  return withAuth(async (tx) => {
    await recordSignInAttempt(tx, { email, ip: request.ip, succeeded: ok }, now);
    if (!ok || !person) return null;
    const owed = await secondFactorOwed(tx, person, 'password', callbackUrl, now);
    if (owed) return owed;
    const sid = await createSession(tx, person.id, 'password', request, now);
    return { id: person.id, name: person.name, email: person.email, sid };
  });
}

/** A magic link's token, used once, on POST only. Null when a second factor is still owed. */
export async function signInWithMagicLink(token: unknown, request: RequestInfo, now = currentTime()): Promise<SignedIn | null> {
  const step = await magicLinkStep(token, request, now);
  return step && 'sid' in step ? step : null;
}

export async function magicLinkStep(
  token: unknown,
  request: RequestInfo,
  now = currentTime(),
  callbackUrl: string | null = null,
): Promise<SignedIn | SecondFactorOwed | null> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return null;
  const personId = await consumeMagicLink(token, now);
  if (!personId) return null;
  return withAuth(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true, name: true, email: true, disabledAt: true } });
    if (!person || person.disabledAt) return null;
    const owed = await secondFactorOwed(tx, person, 'magic-link', callbackUrl, now);
    if (owed) return owed;
    const sid = await createSession(tx, person.id, 'magic-link', request, now);
    return { id: person.id, name: person.name, email: person.email, sid };
  });
}

export const authOptions: NextAuthOptions = {
  // The token only names a server-side session; that session is what can be revoked.
  session: { strategy: 'jwt', maxAge: Math.floor(sessionLimits().maxMs / 1000) },
  pages: { signIn: signInPath(), error: signInPath() },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      authorize: async (raw, req) => handOver(await passwordStep(raw, requestOf(req), currentTime(), callbackOf(req))),
    }),
    CredentialsProvider({
      id: 'magic-link',
      name: 'Email link',
      credentials: { token: { type: 'text' } },
      authorize: async (raw, req) => handOver(await magicLinkStep(raw?.token, requestOf(req), currentTime(), callbackOf(req))),
    }),
    ...entraProviders(),
  ],
  callbacks: {
    // only a path on this site, however the address is written (see safeCallback)
    redirect({ url, baseUrl }) {
      const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeCallback(path)}`;
    },
    async signIn({ user, account, profile }) {
      // the password was right but the code is still owed: no session, on to the code step
      if (isSecondFactorHandOver(user)) return secondFactorPageUrl();
      if (!account?.provider.startsWith('entra-')) return true;
      return entraIdentity((profile ?? {}) as EntraClaims) !== null;
    },
    async jwt({ token, user, account, profile }) {
      if (account?.provider.startsWith('entra-')) {
        const claims = (profile ?? {}) as EntraClaims;
        const identity = entraIdentity(claims);
        if (!identity) return { ...token, sid: undefined };
        const sid = await withAuth(async (tx) => {
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

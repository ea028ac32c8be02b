import AzureADProvider from 'next-auth/providers/azure-ad';
import type { Provider } from 'next-auth/providers/index';
import type { Tx } from '../db/tenant';

export type EntraClaims = { iss?: unknown; tid?: unknown; oid?: unknown; name?: unknown; email?: unknown; preferred_username?: unknown };

/** Directory (tenant) ids allowed to sign in, from ENTRA_TENANT_IDS; none means Entra is off. */
export function allowedEntraTenants(): string[] {
  return (process.env.ENTRA_TENANT_IDS ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => /^[0-9a-f-]{36}$/.test(t));
}

/**
 * Where the directories live: Microsoft's login service, unless ENTRA_AUTHORITY_URL names
 * another (the test suite runs a real OpenID provider on loopback, laid out like Entra).
 */
export function entraAuthority(env: Record<string, string | undefined> = process.env): string {
  return (env.ENTRA_AUTHORITY_URL?.trim() || 'https://login.microsoftonline.com').replace(/\/+$/, '');
}

/** The issuer a directory's v2.0 tokens carry: exactly this, or the token is not from that directory. */
export const entraIssuer = (tenantId: string, authority = entraAuthority()) => `${authority}/${tenantId}/v2.0`;

/**
 * One provider per allowed directory: a tenant-specific endpoint lets the OpenID client
 * check the token's issuer, which the shared "organizations" endpoint cannot.
 */
export function entraProviders(): Provider[] {
  const clientId = process.env.ENTRA_CLIENT_ID;
  const clientSecret = process.env.ENTRA_CLIENT_SECRET;
  if (!clientId || !clientSecret) return [];
  return allowedEntraTenants().map((tenantId) => ({
    ...AzureADProvider({
      clientId,
      clientSecret,
      tenantId,
      // no Graph photo fetch: we key people by issuer and object id and need nothing else
      profile: (p: Record<string, string>) => ({ id: p.oid ?? p.sub ?? '', name: p.name ?? null, email: p.email ?? p.preferred_username ?? null }),
    }),
    id: `entra-${tenantId}`,
    name: 'Microsoft work account',
    wellKnown: `${entraIssuer(tenantId)}/.well-known/openid-configuration?appid=${encodeURIComponent(clientId)}`,
    // The ID token is validated (signature, audience, nonce and the issuer the directory's
    // discovery document names) and its claims are the profile: tid and oid are in the
    // ID token, not in the userinfo answer.
    idToken: true,
    checks: ['pkce', 'state', 'nonce'],
  }));
}

/** The token's directory must be one we were configured to accept, and it must carry an object id. */
export function entraIdentity(claims: EntraClaims, allowed = allowedEntraTenants()): { issuer: string; objectId: string } | null {
  const tid = typeof claims.tid === 'string' ? claims.tid.toLowerCase() : '';
  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  const oid = typeof claims.oid === 'string' ? claims.oid : '';
  if (!tid || !oid || !iss || !allowed.includes(tid)) return null;
  if (iss.toLowerCase() !== entraIssuer(tid).toLowerCase()) return null;
  return { issuer: iss, objectId: oid };
}

/**
 * The person for an Entra identity, found by issuer and object id — never by email,
 * which a directory admin can change or reuse. A first sign-in creates a person with no
 * memberships; an invitation then grants access.
 */
export async function entraPerson(tx: Tx, identity: { issuer: string; objectId: string }, name: string) {
  const existing = await tx.person.findUnique({
    where: { entraIssuer_entraObjectId: { entraIssuer: identity.issuer, entraObjectId: identity.objectId } },
    select: { id: true, name: true, email: true, disabledAt: true },
  });
  if (existing) return existing;
  return tx.person.create({
    data: { name: name || 'Microsoft account', entraIssuer: identity.issuer, entraObjectId: identity.objectId },
    select: { id: true, name: true, email: true, disabledAt: true },
  });
}

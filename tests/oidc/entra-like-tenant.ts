// A real OpenID Connect provider (oidc-provider, certified) on loopback, laid out like
// Microsoft Entra ID: each directory (tenant) at /<tenant-id>/v2.0 with that as its
// issuer, ID tokens carrying oid, tid, email and name. Test use only.
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type Provider from 'oidc-provider';

export const TENANT_A = '6f1c2a1e-0b7d-4c55-9a61-2f0d3c4b5a6e';
export const TENANT_B = 'c0ffee00-1234-4d2a-8b9c-0123456789ab';
export const OIDC_CLIENT_ID = 'tabled-e2e-client';
export const OIDC_CLIENT_SECRET = 'tabled-e2e-client-secret-not-for-production';

/**
 * Who signs in is the login typed on the provider's page (any password):
 * - `<name>`: a person of the directory the endpoint belongs to, object id from the name;
 * - `<name>+renamed`: the same object id, with another display name and email (a rename);
 * - `<name>@other`: a person whose token names the other directory (tid), as a token
 *   minted for a directory the app was not configured for would.
 */
export function accountClaims(login: string, endpointTenant: string) {
  const [local = 'someone', flag] = login.toLowerCase().split(/[+@]/);
  const tenant = login.includes('@other') ? (endpointTenant === TENANT_A ? TENANT_B : TENANT_A) : endpointTenant;
  // a stable object id per name and directory, shaped like Entra's (a GUID)
  const hex = Buffer.from(`${local}:${tenant}`).toString('hex').padEnd(32, '0').slice(0, 32);
  const oid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const display = local.charAt(0).toUpperCase() + local.slice(1);
  const renamed = flag === 'renamed';
  return {
    sub: oid,
    oid,
    tid: tenant,
    name: renamed ? `${display} Renamed` : `${display} Entra`,
    email: renamed ? `${local}.renamed@tenant.example` : `${local}@tenant.example`,
    preferred_username: `${local}@tenant.example`,
  };
}

function tenantProvider(ProviderClass: typeof Provider, base: string, tenant: string, redirectUris: string[]) {
  const provider = new ProviderClass(`${base}/${tenant}/v2.0`, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    async findAccount(_ctx: unknown, id: string) {
      return { accountId: id, claims: async () => accountClaims(id, tenant) };
    },
    claims: { openid: ['sub', 'oid', 'tid'], email: ['email'], profile: ['name', 'preferred_username'] },
    // as Entra does, the ID token itself carries the claims (not only the userinfo answer)
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    // first-party client: no consent screen, as an admin-consented Entra app registration
    async loadExistingGrant(ctx: {
      oidc: {
        client: { clientId: string };
        session: { accountId: string };
        provider: { Grant: new (o: unknown) => { addOIDCScope(s: string): void; save(): Promise<string> } };
      };
    }) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
    pkce: { required: () => true },
    cookies: { keys: ['tabled-test-tenant-cookie-key'] },
    ttl: { Session: 600, Interaction: 600, Grant: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
  });
  return provider;
}

export type EntraLikeTenants = { base: string; close: () => Promise<void> };

/** Starts both directories on one loopback port; the app's callback URLs are allowed for each. */
export async function startEntraLikeTenants(opts: { port: number; appUrl: string }): Promise<EntraLikeTenants> {
  const base = `http://127.0.0.1:${opts.port}`;
  // oidc-provider is an ES module only; loaded dynamically so CommonJS runners (tsx) can use this file
  const entry = createRequire(path.join(process.cwd(), 'package.json')).resolve('oidc-provider');
  const { default: ProviderClass } = (await import(pathToFileURL(entry).href)) as { default: typeof Provider };
  const providers = new Map<string, ReturnType<Provider['callback']>>();
  for (const tenant of [TENANT_A, TENANT_B]) {
    const redirect = `${opts.appUrl}/api/auth/callback/entra-${tenant}`;
    providers.set(`/${tenant}/v2.0`, tenantProvider(ProviderClass, base, tenant, [redirect]).callback());
  }
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    for (const [prefix, handle] of providers) {
      if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`)) {
        // mounted under the tenant's path, as the issuer says
        (req as http.IncomingMessage & { originalUrl?: string }).originalUrl = url;
        req.url = url.slice(prefix.length) || '/';
        handle(req, res);
        return;
      }
    }
    res.statusCode = 404;
    res.end('no such tenant');
  });
  await new Promise<void>((resolve) => server.listen(opts.port, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

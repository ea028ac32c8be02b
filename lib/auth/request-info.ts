import { headers } from 'next/headers';
import type { RequestInfo } from '../action/define';
import { clientAddress, trustedProxyHops } from '../security/trusted-proxy';

/**
 * Who is asking, for the audit trail and throttling. The app's server (scripts/serve.ts, through lib/http/forwarded.ts)
 * rewrites X-Forwarded-For to the one client address TRUSTED_PROXY_HOPS allows before the
 * app sees the request; the same rule applied here keeps a forged chain from counting
 * where a request reaches the app by another way.
 */
export function requestInfoFrom(get: (name: string) => string | null | undefined, hops = trustedProxyHops()): RequestInfo {
  const ip = clientAddress(undefined, get('x-forwarded-for'), hops);
  const userAgent = get('user-agent')?.slice(0, 500) ?? null;
  return { ip, userAgent };
}

export async function currentRequestInfo(): Promise<RequestInfo> {
  const h = await headers();
  return requestInfoFrom((name) => h.get(name));
}

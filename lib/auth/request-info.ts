import { headers } from 'next/headers';
import type { RequestInfo } from '../action/define';

/** Who is asking, for the audit trail and throttling: the first X-Forwarded-For hop, set by our load balancer. */
export function requestInfoFrom(get: (name: string) => string | null | undefined): RequestInfo {
  const forwarded = get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || get('x-real-ip') || null;
  const userAgent = get('user-agent')?.slice(0, 500) ?? null;
  return { ip, userAgent };
}

export async function currentRequestInfo(): Promise<RequestInfo> {
  const h = await headers();
  return requestInfoFrom((name) => h.get(name));
}

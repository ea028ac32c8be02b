import { isIP } from 'node:net';

// Which X-Forwarded-* values count. Each proxy in front of the app appends the address it
// received the request from to X-Forwarded-For, so with N trusted proxies the client is
// the Nth address from the right; anything further left was written by the client and
// proves nothing. With no trusted proxy (the default) the socket's address is the client
// and every X-Forwarded-* header a client sends is ignored. The audit trail, sign-in
// throttling and the origin checks all read the answer from here.

/** TRUSTED_PROXY_HOPS: how many proxies (load balancers) stand in front of the app. */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  const n = Number(raw);
  // a typo must not start trusting headers: anything but a small whole number means none
  return raw && Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

const list = (value: string | null | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** An address as we record it: an IPv4-mapped IPv6 address as plain IPv4; anything that is not an address, null. */
export function normaliseAddress(value: string | null | undefined): string | null {
  let v = (value ?? '').trim();
  if (v.startsWith('[') && v.includes(']')) v = v.slice(1, v.indexOf(']'));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(v)) v = v.slice(7);
  return isIP(v) ? v.toLowerCase() : null;
}

/**
 * The client's address. `socket` is the address the connection came from (undefined when
 * the caller cannot see the socket: then the last X-Forwarded-For entry stands in for it,
 * which is what the app's own server writes there).
 */
export function clientAddress(socket: string | null | undefined, forwardedFor: string | null | undefined, hops: number): string | null {
  const chain = list(forwardedFor);
  if (hops === 0) return normaliseAddress(socket ?? chain.at(-1));
  if (chain.length === 0) return normaliseAddress(socket);
  // fewer entries than proxies: the request skipped a proxy; the leftmost is the best we have
  return normaliseAddress(chain[Math.max(0, chain.length - hops)]);
}

/** The host the browser asked for: the nearest trusted proxy's X-Forwarded-Host, else Host. */
export function requestHost(host: string | null | undefined, forwardedHost: string | null | undefined, hops: number): string | null {
  const forwarded = hops > 0 ? list(forwardedHost).at(-1) : undefined;
  return (forwarded ?? host ?? '').trim().toLowerCase() || null;
}

/** http or https as the browser used it: the nearest trusted proxy's word, else the socket's. */
export function requestProtocol(encrypted: boolean, forwardedProto: string | null | undefined, hops: number): 'http' | 'https' {
  const forwarded = hops > 0 ? list(forwardedProto).at(-1)?.toLowerCase() : undefined;
  if (forwarded === 'https' || forwarded === 'http') return forwarded;
  return encrypted ? 'https' : 'http';
}

/**
 * True when a request's Origin names this site. A missing Origin is not a cross-site
 * browser request (browsers send it on every POST), so it passes; "null" or a malformed
 * one does not.
 */
export function sameOrigin(get: (name: string) => string | null | undefined, hops = trustedProxyHops()): boolean {
  const origin = get('origin');
  if (!origin) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const host = requestHost(get('host'), get('x-forwarded-host'), hops);
  return host !== null && originHost === host;
}

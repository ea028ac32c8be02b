import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { clientAddress, requestHost, requestProtocol, sameOrigin } from '../security/trusted-proxy';

/**
 * Rewrites a request's X-Forwarded-* headers to what TRUSTED_PROXY_HOPS allows, before
 * Next.js or the app read them: X-Forwarded-For becomes the one client address,
 * X-Forwarded-Host and -Proto what the nearest trusted proxy said (or, with none, the
 * Host header and the socket). Next's own server-action origin check compares Origin
 * with X-Forwarded-Host, so a client can no longer make a foreign Origin pass by naming
 * it there. X-Real-IP and Forwarded, which nothing should read, are dropped.
 */
export function normaliseForwarded(req: IncomingMessage, hops: number): void {
  const h = req.headers;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);
  const ip = clientAddress(req.socket.remoteAddress, one(h['x-forwarded-for']), hops);
  const host = requestHost(one(h.host), one(h['x-forwarded-host']), hops);
  const proto = requestProtocol(Boolean((req.socket as TLSSocket).encrypted), one(h['x-forwarded-proto']), hops);
  delete h['x-real-ip'];
  delete h.forwarded;
  if (ip) h['x-forwarded-for'] = ip;
  else delete h['x-forwarded-for'];
  if (host) h['x-forwarded-host'] = host;
  else delete h['x-forwarded-host'];
  h['x-forwarded-proto'] = proto;
  // Next fills X-Forwarded-Port from its own port; a client's value means nothing
  delete h['x-forwarded-port'];
}

/** Headers every response carries, even one Next answers before its own layers run. */
export const BASELINE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

/**
 * A path that does not decode as UTF-8 (`/%ff%fe`) names no page: answered 400 here,
 * with the security headers, instead of reaching a router that fails on it.
 */
export function refuseUndecodablePath(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    res.statusCode = 400;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end('Bad request: the address is not valid\n');
    return true;
  }
}

/**
 * A POST from another site to a page or a server action is refused here with 403 (Next
 * would refuse a server action too, but with a 500). Route handlers under /api/ keep their
 * own rules: next-auth has its CSRF token, an identity provider may post back to it, and
 * the papers' upload checks the origin itself. Runs after normaliseForwarded, so only a
 * trusted proxy's X-Forwarded-Host counts.
 */
export function refuseCrossSitePost(req: IncomingMessage, res: ServerResponse, hops: number): boolean {
  if (req.method !== 'POST') return false;
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path.startsWith('/api/') && !req.headers['next-action']) return false;
  const get = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  if (sameOrigin(get, hops)) return false;
  res.statusCode = 403;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end('Forbidden: this form was sent from another site\n');
  return true;
}

/** The baseline headers (later layers may replace them with their own) and the guards above. */
export function prepareRequest(req: IncomingMessage, res: ServerResponse, hops: number, production: boolean): boolean {
  for (const [name, value] of Object.entries(BASELINE_HEADERS)) res.setHeader(name, value);
  if (production) res.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  normaliseForwarded(req, hops);
  return !refuseUndecodablePath(req, res) && !refuseCrossSitePost(req, res, hops);
}

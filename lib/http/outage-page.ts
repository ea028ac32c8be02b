import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { recentlyUnavailable, UNAVAILABLE_PAGE_HTML, unavailableHeaders } from '../db/outage';
import { BASELINE_HEADERS } from './forwarded';

type Callback = (error?: Error | null) => void;
const callbackIn = (args: unknown[]) => args.find((a): a is Callback => typeof a === 'function');

/**
 * The first page request to meet a database outage got past the proxy's 503 (nothing had
 * failed yet) and fails inside Next's render, which answers 500 with an error page. Here,
 * at the one moment every response's status is written (`writeHead`, which Node calls
 * itself before the first byte), a 5xx page while the database is on record as unreachable
 * becomes the outage page instead: 503 with Retry-After, whatever Next had set (its
 * headers, its compression) dropped, and the rest of Next's body discarded. So every page
 * during an outage answers 503, the first included. Route handlers under /api/ answer 503
 * themselves (lib/access/route.ts); other statuses and other failures pass untouched.
 */
export function answerOutageAs503(req: IncomingMessage, res: ServerResponse, production: boolean): void {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path.startsWith('/api/')) return;
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let replaced = false;

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (replaced) return this;
    if (status < 500 || !recentlyUnavailable()) return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
    replaced = true;
    // a draining worker's Connection: close stays; everything Next set goes
    const connection = this.getHeader('connection');
    for (const name of this.getHeaderNames()) this.removeHeader(name);
    const headers: OutgoingHttpHeaders = { ...BASELINE_HEADERS, ...unavailableHeaders(), ...(connection ? { Connection: connection } : {}) };
    if (production) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
    writeHead.call(this, 503, headers);
    (end as (chunk?: string) => ServerResponse).call(this, req.method === 'HEAD' ? undefined : UNAVAILABLE_PAGE_HTML);
    return this;
  } as ServerResponse['writeHead'];

  // Once replaced, what Next still sends goes nowhere (its callbacks are still called).
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!replaced) return (write as (...a: unknown[]) => boolean).apply(this, args);
    callbackIn(args)?.();
    return true;
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!replaced) return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    callbackIn(args)?.();
    return this;
  } as ServerResponse['end'];
}

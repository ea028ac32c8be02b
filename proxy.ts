import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from './lib/security/csp';
import { probeDatabaseServer, recentlyUnavailable, unavailableResponse } from './lib/db/outage';
import { healthPath } from './lib/routes';

/**
 * Security headers on every page: a fresh CSP nonce per response (Next reads it from the
 * request's policy header and puts it on its own scripts), and HSTS in production; a 503
 * page while the database is known to be unreachable.
 */
export async function proxy(request: NextRequest) {
  // While the database is unreachable, pages answer 503 with Retry-After instead of each
  // failing with an error page (server actions still run, and answer UNAVAILABLE to keep the form).
  if (request.method === 'GET' && !request.nextUrl.pathname.startsWith(healthPath()) && recentlyUnavailable()) {
    const up = process.env.DATABASE_URL ? await probeDatabaseServer() : false;
    if (!up) return unavailableResponse();
  }
  const nonce = newNonce();
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== 'production', https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (process.env.NODE_ENV === 'production') response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  matcher: [
    {
      // Not the papers' route handlers under /api/councils/: with a proxy in front, Next
      // buffers a request body in memory and cuts it at 10 MB, which would defeat a
      // streamed upload; files they send are attachments, which need no CSP.
      source: '/((?!_next/static|_next/image|favicon.ico|api/councils/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};

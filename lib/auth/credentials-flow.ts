import { cookies, headers } from 'next/headers';
import NextAuth, { type NextAuthOptions } from 'next-auth';

type Captured = { status: number; setCookies: string[]; body: unknown; location: string | null };

/**
 * next-auth's API route handler (its documented `NextAuth(req, res, options)` form) run
 * in process against a request made here, answering into a small recorder instead of a
 * socket. Only next-auth's public entry point is used.
 */
async function callNextAuth(
  options: NextAuthOptions,
  req: { method: 'GET' | 'POST'; path: string[]; headers: Record<string, string>; cookies: Record<string, string>; body?: Record<string, string> },
): Promise<Captured> {
  const out: Captured = { status: 200, setCookies: [], body: undefined, location: null };
  const res = {
    status(code: number) {
      out.status = code;
      return res;
    },
    getHeader(name: string) {
      return name.toLowerCase() === 'set-cookie' ? out.setCookies : undefined;
    },
    setHeader(name: string, value: string | string[]) {
      if (name.toLowerCase() === 'set-cookie') out.setCookies = Array.isArray(value) ? value : [value];
      else if (name.toLowerCase() === 'location') out.location = String(value);
      return res;
    },
    send(body: unknown) {
      out.body = body;
    },
    json(body: unknown) {
      out.body = body;
    },
    end() {},
  };
  const handler = NextAuth as unknown as (req: unknown, res: unknown, options: NextAuthOptions) => Promise<void>;
  await handler({ method: req.method, query: { nextauth: req.path }, headers: req.headers, cookies: req.cookies, body: req.body ?? {} }, res, options);
  return out;
}

type ParsedCookie = {
  name: string;
  value: string;
  options: { path?: string; expires?: Date; maxAge?: number; httpOnly?: boolean; secure?: boolean; sameSite?: 'lax' | 'strict' | 'none' };
};

/** One Set-Cookie header as next-auth serialised it (the `cookie` package's format). */
function parseSetCookie(header: string): ParsedCookie | null {
  const [pair, ...attributes] = header.split(';');
  const eq = pair?.indexOf('=') ?? -1;
  if (!pair || eq < 1) return null;
  const cookie: ParsedCookie = { name: pair.slice(0, eq).trim(), value: decodeURIComponent(pair.slice(eq + 1).trim()), options: {} };
  for (const attribute of attributes) {
    const [rawKey, ...rest] = attribute.split('=');
    const key = rawKey?.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'path') cookie.options.path = value;
    else if (key === 'expires') cookie.options.expires = new Date(value);
    else if (key === 'max-age') cookie.options.maxAge = Number(value);
    else if (key === 'httponly') cookie.options.httpOnly = true;
    else if (key === 'secure') cookie.options.secure = true;
    else if (key === 'samesite') cookie.options.sameSite = value.toLowerCase() as ParsedCookie['options']['sameSite'];
  }
  return cookie;
}

/**
 * Signs in through next-auth's own credentials flow from a server action, so a plain form
 * post (JavaScript off, or pressed before it loads) signs in exactly as the client library
 * would: next-auth's double-submit CSRF token, the provider's authorize(), the signIn and
 * jwt callbacks, its session cookie. First its CSRF step, then the credentials callback;
 * the cookies it sets are set on this response. The credentials travel only in the POST
 * body and in memory; nothing here logs them.
 */
export async function credentialsSignIn(
  options: NextAuthOptions,
  providerId: string,
  credentials: Record<string, string>,
  callbackUrl: string,
): Promise<{ signedIn: boolean; redirectUrl: string }> {
  const jar = await cookies();
  const requestHeaders: Record<string, string> = {};
  // the original request's host and client details (for the origin, throttling and the audit), not its body's framing
  for (const [name, value] of await headers()) if (!['content-type', 'content-length', 'transfer-encoding'].includes(name)) requestHeaders[name] = value;
  const current = Object.fromEntries(jar.getAll().map((c) => [c.name, c.value]));

  const csrf = await callNextAuth(options, { method: 'GET', path: ['csrf'], headers: requestHeaders, cookies: current });
  const csrfToken = (csrf.body as { csrfToken?: string } | undefined)?.csrfToken;
  if (!csrfToken) return { signedIn: false, redirectUrl: '' };
  const csrfCookies = csrf.setCookies.map(parseSetCookie).filter((c): c is ParsedCookie => c !== null);
  const withCsrf = { ...current, ...Object.fromEntries(csrfCookies.map((c) => [c.name, c.value])) };

  const callback = await callNextAuth(options, {
    method: 'POST',
    path: ['callback', providerId],
    headers: requestHeaders,
    cookies: withCsrf,
    body: { ...credentials, csrfToken, callbackUrl, json: 'true' },
  });
  const callbackCookies = callback.setCookies.map(parseSetCookie).filter((c): c is ParsedCookie => c !== null);
  const redirectUrl = (callback.body as { url?: string } | undefined)?.url ?? callback.location ?? '';
  const signedIn = callbackCookies.some((c) => /next-auth\.session-token(\.\d+)?$/.test(c.name) && c.value !== '') && !/[?&]error=/.test(redirectUrl);
  for (const c of [...csrfCookies, ...callbackCookies]) {
    if (!signedIn && /session-token/.test(c.name)) continue;
    jar.set(c.name, c.value, c.options);
  }
  return { signedIn, redirectUrl };
}

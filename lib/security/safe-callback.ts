import type { Route } from 'next';
import { homePath } from '../routes';

// Where to send someone after they sign in. Only a path on this site: an open redirect
// would let a phishing link borrow our sign-in page. The value is parsed the way a
// browser parses it (WHATWG URL: tabs and newlines dropped, "\" read as "/") against a
// placeholder origin, and kept only if it stays on that origin; what is returned is the
// re-serialised path, so it holds no control characters or raw non-ASCII that could
// break a Location header.
const BASE = 'https://tabled.invalid';

export function safeCallback(value: unknown): Route {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000 || !value.startsWith('/')) return homePath();
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return homePath();
  }
  if (url.origin !== BASE) return homePath();
  const path = `${url.pathname}${url.search}${url.hash}`;
  // belt and braces: a path that still starts with two slashes is protocol-relative
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? (path as Route) : homePath();
}

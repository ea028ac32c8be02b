/**
 * Where to go after signing in: only a path on this site. An open redirect would let a
 * phishing link borrow our sign-in, so anything else (another host, `//host`, `/\host`,
 * a scheme, control characters) becomes the home page.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\u0000-\u001f\\]/.test(value)) return '/';
  try {
    const url = new URL(value, 'http://tabled.invalid');
    if (url.origin !== 'http://tabled.invalid') return '/';
    return url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
}

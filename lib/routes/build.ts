import type { Route } from 'next';

/**
 * The query string a builder may add: empty values (undefined, null, false, '') are left
 * out, so a caller can pass `{ version: maybeNumber }` without building the object by hand.
 */
export type Query = Record<string, string | number | boolean | null | undefined>;

/**
 * A path from a template whose every interpolation is one URL segment (a slug, an id, a
 * reference), encoded: `path\`/${council}/boards/${board}\``. A value can never add a
 * segment or a query string of its own.
 */
export function path(strings: TemplateStringsArray, ...segments: (string | number)[]): string {
  return strings.reduce((out, s, i) => out + s + (i < segments.length ? encodeURIComponent(String(segments[i])) : ''), '');
}

/** A path with its query string, typed as one of the app's routes (next.config typedRoutes). */
export function route(pathname: string, query?: Query): Route {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== false && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return (search ? `${pathname}?${search}` : pathname) as Route;
}

/** A route with a fragment: the element with this id on that page. */
export function withHash(to: Route, id: string): Route {
  return `${to}#${encodeURIComponent(id)}` as Route;
}

/** A route with more of a query string: for components given a page's route (pagination, sorting) that keep its filters. */
export function withQuery(to: Route, query: Query): Route {
  const [pathname = '', search = ''] = String(to).split('?', 2);
  const kept = Object.fromEntries(new URLSearchParams(search));
  return route(pathname, { ...kept, ...query });
}

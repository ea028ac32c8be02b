import 'server-only';
import { currentTime } from '../clock';
import { z } from 'zod';
import { AppError, fromPrisma, httpStatus, notFound } from '../errors';
import { can, type Operation, type Resource } from '../auth/permissions';
import { requestInfoFrom } from '../auth/request-info';
import type { RequestInfo } from '../action/define';
import { regionOf, type BoardContext } from '../boards/context';
import { resolveAccess, sessionEnded } from './resolve';
import { sessionActor } from './session';
import { unavailableRefusal } from '../action/unavailable';
import { signInPath } from '../routes';

/** What a route handler's body gets: the request's access (as a page's BoardContext), who asked from where, and the route's params. */
export type RouteContext<P> = BoardContext & { params: P; request: RequestInfo; now: Date; sessionId?: string };

type BoardParams = { council: string; board: string };

type RouteDefinition<P> =
  | {
      /** a signed-in person with a role on the board in the URL that the permission table allows */
      scope: 'board';
      resource: Resource;
      /** fixed, or read from the request (an upload creates a paper or adds a version) */
      operation: Operation | ((request: Request) => Operation);
      /** `text`: a link a person follows (no session: off to sign in and back; refusals as text). `json`: called by the page's script */
      answer: 'text' | 'json';
      run: (ctx: RouteContext<P>, request: Request) => Promise<Response>;
    }
  | {
      /** no session: the route authorises by what it serves (a public board's paper, a secret feed address) */
      scope: 'public';
      /** why this handler needs no signed-in person; read by the route enumeration test */
      reason: string;
      answer: 'text' | 'json';
      run: (ctx: { params: P; request: RequestInfo; now: Date }, request: Request) => Promise<Response>;
    };

export type RouteHandler<P> = ((request: Request, context: { params: Promise<P> }) => Promise<Response>) & {
  defined: { scope: 'board' | 'public'; name: string };
};

/** The headers every route response carries, set once here rather than in each handler. */
function secure(response: Response, scope: 'board' | 'public'): Response {
  const h = response.headers;
  h.set('X-Content-Type-Options', 'nosniff');
  // a person's own view of council data: never cached, by the server or anyone between
  if (!h.has('Cache-Control')) h.set('Cache-Control', scope === 'board' ? 'private, no-store' : 'no-store');
  return response;
}

export type RefusalBody = { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/**
 * The one mapping from the error vocabulary to HTTP: each refusal the app expects gets
 * its status and a message a person can act on (as text for a link, JSON for a script).
 * Anything else is a bug, thrown on (and answered 500 by Next).
 */
export function toResponse(error: unknown, answer: 'text' | 'json' = 'json', taken?: string): Response {
  // The database unreachable: 503 with Retry-After, logged once (lib/db/outage.ts).
  const unavailable = unavailableRefusal(error, 'route');
  const refusal = unavailable
    ? new AppError('UNAVAILABLE', 'The service cannot reach its database for a moment. Try again in a minute.')
    : error instanceof AppError
      ? error
      : fromPrisma(error, taken);
  if (!refusal) throw error;
  const status = httpStatus[refusal.code];
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...(unavailable ? { 'Retry-After': '30' } : {}) };
  if (answer === 'text') return new Response(`${refusal.message}\n`, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  const body: RefusalBody = { ok: false, code: refusal.code, message: refusal.message, fieldErrors: refusal.fieldErrors };
  return Response.json(body, { status, headers });
}

const registry = new Map<string, RouteHandler<never>>();
/** Every route handler defined so far, for the enumeration and cross-council suites. */
export const definedRoutes = () => [...registry.entries()];

/**
 * The door for route handlers (files, exports, feeds, uploads): the same access as pages
 * and actions (resolveAccess: the session, the person, the council and board in the URL
 * and the roles on it, in one transaction), the permission table, one toResponse for
 * every refusal and the security headers set once. A council or board that is not the
 * person's, or an id of another council, answers 404.
 */
export function defineRoute<P extends Record<string, string>>(name: string, def: RouteDefinition<P>): RouteHandler<P> {
  const handler = async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const params = await context.params;
    const info = requestInfoFrom((h) => request.headers.get(h));
    const now = currentTime();
    try {
      if (def.scope === 'public') return secure(await def.run({ params, request: info, now }, request), 'public');
      const { council, board } = params as unknown as BoardParams;
      const actor = await sessionActor();
      if (!actor) {
        if (def.answer === 'json') throw sessionEnded();
        const back = new URL(request.url);
        return new Response(null, {
          status: 303,
          headers: { Location: signInPath({ callbackUrl: back.pathname + back.search }), 'Cache-Control': 'no-store' },
        });
      }
      const ctx = await routeAccess(
        { actorId: actor.id, sessionId: actor.sessionId, councilSlug: council, boardSlug: board, request: info, now },
        def.resource,
        typeof def.operation === 'function' ? def.operation(request) : def.operation,
      );
      return secure(await def.run({ ...ctx, params }, request), 'board');
    } catch (error) {
      return toResponse(error, def.answer);
    }
  };
  const defined = Object.assign(handler, { defined: { scope: def.scope, name } });
  if (registry.has(name) && process.env.NODE_ENV === 'production') throw new Error(`Route ${name} is defined twice`);
  registry.set(name, defined as unknown as RouteHandler<never>);
  return defined;
}

/** A route's caller before access is resolved: who (from the session), the route, and from where. */
export type RouteCall = { actorId: string | null; sessionId?: string; councilSlug: string; boardSlug: string; request?: RequestInfo; now?: Date };

/**
 * resolveAccess for a route, with the permission checked: the shape route bodies and the
 * lib functions behind them take. Tests and scripts call it with an actor id; defineRoute
 * with the session's.
 */
export async function routeAccess(call: RouteCall, resource: Resource, operation: Operation): Promise<Omit<RouteContext<never>, 'params'>> {
  if (!call.actorId) throw sessionEnded();
  const access = await resolveAccess({ id: call.actorId, sessionId: call.sessionId }, call.councilSlug, call.boardSlug, call.now);
  if (!access.board) throw notFound();
  if (!can(access.roles, resource, operation)) throw new AppError('FORBIDDEN', 'You do not have permission to do that');
  return {
    actor: access.actor,
    council: access.council,
    councilRole: access.councilRole,
    board: access.board,
    roles: access.roles,
    region: regionOf(access.council.region),
    request: call.request ?? { ip: null, userAgent: null },
    now: call.now ?? currentTime(),
    sessionId: call.sessionId,
  };
}

const uuid = z.string().uuid();
/** A malformed id in a URL is simply an id that does not exist. */
export function assertId(value: string, what = 'Page'): string {
  if (!uuid.safeParse(value).success) throw notFound(what);
  return value;
}

/**
 * The only route handlers that do not go through defineRoute, and why. The route
 * enumeration test (tests/integration/route-handlers.test.ts) fails on any other.
 */
export const routesOutsideDefineRoute: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': 'next-auth itself: it is how a person signs in, before there is any access to resolve',
  'app/api/health/route.ts': "the load balancer's health check: no person, no council data, one round trip to the database",
  'app/api/health/details/route.ts': "the operators' health check: no person and no council data; a HEALTH_TOKEN bearer, checked in constant time, or 401",
};

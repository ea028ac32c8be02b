import { getActor } from '../auth/session';
import { requestInfoFrom } from '../auth/request-info';
import type { RouteCall } from './route-access';
import { refusalResponse } from './route-errors';

type BoardParams = { council: string; board: string };

/** The caller of a route handler: the signed-in person from the session, the route's council and board. */
export async function routeCall(request: Request, params: BoardParams): Promise<RouteCall> {
  const actor = await getActor();
  return {
    actorId: actor?.id ?? null,
    authMethod: actor?.authMethod,
    councilSlug: params.council,
    boardSlug: params.board,
    request: requestInfoFrom((name) => request.headers.get(name)),
  };
}

/**
 * For links people follow (a download, the pack): without a session, off to sign in and
 * back; refusals answered with their status and message; anything else is a bug.
 */
export async function answerGet(request: Request, call: RouteCall, respond: () => Promise<Response>): Promise<Response> {
  if (!call.actorId) {
    const back = new URL(request.url);
    return new Response(null, { status: 303, headers: { Location: `/sign-in?callbackUrl=${encodeURIComponent(back.pathname + back.search)}` } });
  }
  try {
    return await respond();
  } catch (error) {
    const refusal = refusalResponse(error);
    if (!refusal) throw error;
    // A person following a link reads the message as text, not JSON.
    const { message } = (await refusal.json()) as { message: string };
    return new Response(`${message}\n`, { status: refusal.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } });
  }
}

import 'server-only';
import { revalidatePath } from 'next/cache';
import { sessionActor } from '../access/session';
import { currentRequestInfo } from '../auth/request-info';
import type { ActionCall } from './define';
import type { ActionResult } from './result';
import { typedValues, unavailableRefusal } from './unavailable';

export type Route = { council: string; board?: string };

/**
 * Runs a defined action from a form post: the person from the server-side session, the
 * council and board from the route the form was rendered on, then revalidates the pages
 * that show what changed.
 */
export async function runFormAction<T>(
  action: { execute: (call: ActionCall) => Promise<ActionResult<T>> },
  route: Route,
  formData: FormData,
  revalidate: string[] = [],
): Promise<ActionResult<T>> {
  let result: ActionResult<T>;
  try {
    const actor = await sessionActor();
    if (!actor) return { ok: false, code: 'FORBIDDEN', message: 'Your session has ended. Sign in again to continue.' };
    result = await action.execute({
      actorId: actor.id,
      sessionId: actor.sessionId,
      councilSlug: route.council,
      boardSlug: route.board,
      input: formData,
      request: await currentRequestInfo(),
    });
  } catch (error) {
    // The session check itself could not reach the database: keep the form, say why.
    const unavailable = unavailableRefusal(error, 'form action');
    if (!unavailable) throw error;
    return { ...unavailable, values: typedValues(formData) };
  }
  if (result.ok) for (const path of revalidate) revalidatePath(path);
  return result;
}


import 'server-only';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { sessionActor } from '../access/session';
import { sessionEnded as sessionEndedError } from '../access/resolve';
import { keepForm, samePagePath, typedValues as typedValueLists } from '../kept-forms/store';
import { currentRequestInfo } from '../auth/request-info';
import type { ActionCall } from './define';
import type { ActionResult } from './result';
import { typedValues, unavailableRefusal } from './unavailable';
import { signInPath } from '../routes';

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
  let actorId: string;
  try {
    const actor = await sessionActor();
    if (!actor) return sessionEnded(formData, null);
    actorId = actor.id;
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
  // the session is checked in the action's own transaction: an ended one comes back as this refusal
  if (!result.ok && result.code === 'FORBIDDEN' && result.message === sessionEndedError().message) return sessionEnded(formData, actorId);
  if (result.ok) for (const path of revalidate) revalidatePath(path);
  return result;
}

/**
 * A post that arrives after its session ended: what was typed is kept (server-side, by a
 * random key, and in the form as it comes back), the header stops saying who is signed in
 * (the form signals it), and the person is asked to sign in and brought back to the form.
 */
async function sessionEnded<T>(formData: FormData, personId: string | null): Promise<ActionResult<T>> {
  const h = await headers();
  const path = samePagePath(h.get('referer'), h.get('x-forwarded-host') ?? h.get('host')) ?? '/';
  const values = typedValueLists(formData);
  // the ended session's cookie still names its person (kept for them only); a signed-out browser names nobody
  const key = await keepForm({ values, path, personId });
  const back = `${path}${path.includes('?') ? '&' : '?'}kept=${key}`;
  const signInHref = signInPath({ callbackUrl: back });
  // Posted without JavaScript (no Next-Action header): the page cannot be drawn for a
  // signed-out person, so go straight to signing in, and back to the form afterwards.
  if (!h.get('next-action')) redirect(signInHref);
  // Not refreshed from here: the page would redirect to sign-in and take the form with it.
  // The form's SessionEndedSignal tells the header instead.
  return {
    ok: false,
    code: 'FORBIDDEN',
    message: 'Your session has ended, so this was not saved. What you typed is kept: sign in again to carry on.',
    signInHref,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.join('\n')])),
  };
}

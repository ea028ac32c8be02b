'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor } from '../auth/session';
import { revokeAllSessions, revokeSession } from '../auth/sessions';
import type { ActionResult } from '../action/result';
import { keepFormOnOutage } from '../action/unavailable';
import { accountPath, signInPath } from '../routes';

const signedOut: ActionResult = { ok: false, code: 'FORBIDDEN', message: 'Your session has ended. Sign in again to continue.' };

/** Ends one of my own sessions (another device); the id is checked against my person. */
async function revokeSessionNow(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  const parsed = z.object({ sessionId: z.string().uuid() }).safeParse({ sessionId: formData.get('sessionId') });
  if (!parsed.success || !(await revokeSession(actor.id, parsed.data.sessionId)))
    return { ok: false, code: 'NOT_FOUND', message: 'That session has already ended' };
  revalidatePath(accountPath('sessions'));
  return { ok: true, data: null, message: 'That session has been signed out' };
}

/** Ends all my sessions, this one included. */
async function signOutEverywhereNow(): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  await revokeAllSessions(actor.id);
  redirect(signInPath({ signedOut: 'everywhere' }));
}

export async function revokeSessionFormAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return keepFormOnOutage(formData, () => revokeSessionNow(_prev, formData));
}

export async function signOutEverywhereFormAction(): Promise<ActionResult> {
  return keepFormOnOutage(null, () => signOutEverywhereNow());
}

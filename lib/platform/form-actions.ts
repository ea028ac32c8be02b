'use server';

import { revalidatePath } from 'next/cache';
import { sessionActor } from '../access/session';
import type { ActionResult } from '../action/result';
import { currentRequestInfo } from '../auth/request-info';
import { kickOutbox } from '../mail/worker';
import { platformPath } from '../routes';
import { createCouncil, setCouncilRegion, type PlatformCall } from './actions';

const signedOut: ActionResult = { ok: false, code: 'FORBIDDEN', message: 'Your session has ended. Sign in again to continue.' };

async function fromForm(formData: FormData): Promise<PlatformCall | null> {
  const actor = await sessionActor();
  return actor && { actorId: actor.id, sessionId: actor.sessionId, input: formData, request: await currentRequestInfo() };
}

export async function createCouncilFormAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const call = await fromForm(formData);
  if (!call) return signedOut;
  const result = await createCouncil(call);
  if (result.ok) {
    revalidatePath(platformPath());
    void kickOutbox();
  }
  return result;
}

export async function setCouncilRegionFormAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const call = await fromForm(formData);
  if (!call) return signedOut;
  const result = await setCouncilRegion(call);
  if (result.ok) revalidatePath(platformPath());
  return result;
}

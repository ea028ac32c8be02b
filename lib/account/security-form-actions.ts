'use server';

import { z } from 'zod';
import type { Route } from 'next';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor } from '../auth/session';
import { AppError } from '../errors';
import { beginTotpEnrolment, confirmTotpEnrolment, disableTotp, finishSecondFactorSignIn } from '../auth/second-factor';
import { clearChallengeCookie, readChallengeCookie } from '../auth/second-factor-cookie';
import { startBrowserSession } from '../auth/session-cookie';
import { currentRequestInfo } from '../auth/request-info';
import type { ActionResult } from '../action/result';
import { confirmationStep } from '../forms/confirm';
import { regenerateRecoveryCodes } from '../auth/recovery-codes';
import { accountPath, homePath } from '../routes';

const signedOut: Extract<ActionResult, { ok: false }> = { ok: false, code: 'FORBIDDEN', message: 'Your session has ended. Sign in again to continue.' };
const codeSchema = z.string().trim().min(1, 'Enter the code from your authenticator app').max(40, 'Enter the code from your authenticator app');

function refusal(error: unknown): Extract<ActionResult, { ok: false }> {
  if (error instanceof AppError) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  throw error;
}

function parseCode(formData: FormData): { ok: true; code: string } | Extract<ActionResult, { ok: false }> {
  const parsed = codeSchema.safeParse(formData.get('code') ?? '');
  if (parsed.success) return { ok: true, code: parsed.data };
  const message = parsed.error.issues[0]?.message ?? 'Enter the code';
  return { ok: false, code: 'INVALID', message, fieldErrors: { code: [message] } };
}

/** Starts (or restarts) setting up an authenticator app: a new secret, shown until confirmed. */
export async function beginTotpFormAction(): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  try {
    await beginTotpEnrolment(actor.id);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath(accountPath('security'));
  return { ok: true, data: null };
}

/**
 * Confirms the app with a code and answers the ten recovery codes, once: they are in this
 * answer only, and the page shows them from it (the key is not shown again).
 */
export async function confirmTotpFormAction(
  _prev: ActionResult<{ recoveryCodes: string[] }> | null,
  formData: FormData,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const actor = await getActor();
  if (!actor) return signedOut;
  const code = parseCode(formData);
  if (!code.ok) return code;
  try {
    const recoveryCodes = await confirmTotpEnrolment(actor.id, actor.sessionId, code.code);
    revalidatePath(accountPath('security'));
    return { ok: true, data: { recoveryCodes }, message: 'Your authenticator app is set up' };
  } catch (error) {
    return refusal(error);
  }
}

/** Turns the second factor off; needs a current code (or a recovery code). */
export async function disableTotpFormAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  const code = parseCode(formData);
  if (!code.ok) return code;
  try {
    await disableTotp(actor.id, code.code, new Date(), actor.sessionId);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath(accountPath('security'));
  return { ok: true, data: null, message: 'Your authenticator app has been turned off' };
}

/**
 * The sign-in's second step: the code for the challenge in this browser's cookie. Only
 * then is a session created, recording both factors; the browser goes on to where it was
 * going when it was asked to sign in.
 */
export async function secondFactorSignInFormAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const code = parseCode(formData);
  if (!code.ok) return code;
  const now = new Date();
  let destination: Route;
  try {
    const started = await finishSecondFactorSignIn((await readChallengeCookie()) ?? '', code.code, await currentRequestInfo(), now);
    await clearChallengeCookie();
    await startBrowserSession(started.person, started.sid);
    // a callbackUrl is checked to be one of the app's own pages when the sign-in starts
    destination = (started.callbackUrl as Route | null) ?? homePath();
  } catch (error) {
    return refusal(error);
  }
  redirect(destination);
}

/** A current code from the app, or the password: one of them, to make new recovery codes. */
const regenerateSchema = z
  .object({ code: z.string().trim().max(40).optional(), password: z.string().max(200).optional() })
  .refine((v) => Boolean(v.code || v.password), { message: 'Enter a code from your authenticator app, or your password', path: ['code'] });

/**
 * New recovery codes in place of the old set, which stops working: asked first ("Are you
 * sure?"), then proved with a current code or the password. The codes are in this answer
 * only, and the page shows them from it.
 */
export async function regenerateRecoveryCodesFormAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  const asking = confirmationStep(formData, { schema: regenerateSchema });
  if (asking) return asking;
  const parsed = regenerateSchema.safeParse({ code: formData.get('code') ?? undefined, password: formData.get('password') ?? undefined });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Enter a code from your authenticator app, or your password';
    return { ok: false, code: 'INVALID', message, fieldErrors: { code: [message] } };
  }
  const proof = parsed.data.code ? { code: parsed.data.code } : { password: parsed.data.password ?? '' };
  try {
    const recoveryCodes = await regenerateRecoveryCodes(actor.id, actor.sessionId, proof, await currentRequestInfo(), new Date());
    revalidatePath(accountPath('security'));
    return { ok: true, data: { recoveryCodes }, message: 'You have new recovery codes. Your old codes no longer work' };
  } catch (error) {
    return refusal(error);
  }
}

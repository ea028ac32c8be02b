'use server';

import { redirect } from 'next/navigation';
import { getActor } from '../auth/session';
import { currentRequestInfo } from '../auth/request-info';
import { withApp } from '../db/tenant';
import { AppError } from '../errors';
import type { ActionResult } from '../action/result';
import { keepFormOnOutage } from '../action/unavailable';
import { acceptInvitation, acceptWithNewAccount } from './accept';
import { acceptWithAccountSchema } from './schema';
import { councilPath, signInPath } from '../routes';

const refusal = (error: unknown): ActionResult => {
  if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
  throw error;
};

const slugOf = (councilId: string) => withApp((tx) => tx.council.findUniqueOrThrow({ where: { id: councilId }, select: { slug: true } })).then((c) => c.slug);

async function acceptInvitationNow(token: string, _prev: ActionResult | null): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: 'FORBIDDEN', message: 'Sign in to accept this invitation' };
  let councilId: string;
  try {
    ({ councilId } = await acceptInvitation(token, actor.id, await currentRequestInfo()));
  } catch (error) {
    return refusal(error);
  }
  redirect(councilPath(await slugOf(councilId)));
}

async function acceptWithNewAccountNow(token: string, _prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = acceptWithAccountSchema.safeParse({ token, name: formData.get('name'), password: formData.get('password') });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message);
    return { ok: false, code: 'INVALID', message: 'Check the form', fieldErrors, values: { name: String(formData.get('name') ?? '') } };
  }
  let email: string;
  let slug: string;
  try {
    const result = await acceptWithNewAccount(token, parsed.data.name, parsed.data.password, await currentRequestInfo());
    email = result.email;
    slug = await slugOf(result.councilId);
  } catch (error) {
    return refusal(error);
  }
  redirect(signInPath({ created: 1, email, callbackUrl: councilPath(slug) }));
}

export async function acceptInvitationFormAction(token: string, _prev: ActionResult | null): Promise<ActionResult> {
  return keepFormOnOutage(null, () => acceptInvitationNow(token, _prev));
}

export async function acceptWithNewAccountFormAction(token: string, _prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return keepFormOnOutage(formData, () => acceptWithNewAccountNow(token, _prev, formData));
}

'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ActionResult } from '../action/result';
import { authOptions } from './options';
import { credentialsSignIn } from './credentials-flow';
import { secondFactorPageUrl } from './second-factor-sign-in';
import { safeCallback } from '../security/safe-callback';
import { throttleRefusalIn } from './throttle';
import { signInStepPath } from '../routes';

const secondFactorOwedRedirect = (url: string) => url !== '' && url.split('?')[0] === secondFactorPageUrl();

const form = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(200),
  callbackUrl: z.string().max(2000).optional(),
});

// One message whatever went wrong, so the form does not reveal which emails exist.
// A throttled attempt (never checked) says so instead, in words that do not depend on
// whether the account exists either (lib/auth/throttle.ts).
const refused = (email: string): ActionResult => ({
  ok: false,
  code: 'INVALID',
  message: 'Enter a correct email address and password',
  fieldErrors: { email: ['Enter a correct email address and password'] },
  values: { email },
});

function throttled(redirectUrl: string, email: string): ActionResult | null {
  const message = throttleRefusalIn(redirectUrl);
  return message ? { ok: false, code: 'FORBIDDEN', message, fieldErrors: { email: [message] }, values: { email } } : null;
}

/**
 * The sign-in form's action: a POST, whether or not JavaScript has loaded, through
 * next-auth's credentials flow. The password is never echoed back, put in a URL or logged.
 */
export async function signInFormAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = form.safeParse({
    email: formData.get('email') ?? '',
    password: formData.get('password') ?? '',
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  });
  if (!parsed.success) return refused('');
  const { email, password } = parsed.data;
  if (!email || !password) {
    return {
      ok: false,
      code: 'INVALID',
      message: 'Check the form',
      fieldErrors: { ...(email ? {} : { email: ['Enter your email address'] }), ...(password ? {} : { password: ['Enter your password'] }) },
      values: { email },
    };
  }
  const callbackUrl = safeCallback(parsed.data.callbackUrl);
  const outcome = await credentialsSignIn(authOptions, 'credentials', { email, password }, callbackUrl);
  // a person with an authenticator app: the password was right, no session yet, on to the code step
  if (!outcome.signedIn && secondFactorOwedRedirect(outcome.redirectUrl)) redirect(signInStepPath('code'));
  if (!outcome.signedIn) return throttled(outcome.redirectUrl, email) ?? refused(email);
  redirect(callbackUrl);
}

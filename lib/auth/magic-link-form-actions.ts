'use server';

import { z } from 'zod';
import { withApp } from '../db/tenant';
import { enqueueMail } from '../mail/outbox';
import { kickOutbox } from '../mail/worker';
import { appUrl } from '../app-url';
import { currentRequestInfo } from './request-info';
import { issueMagicLink, magicLinkUrl, MAGIC_LINK_TTL_MINUTES } from './magic-link';
import { recordSignInAttempt, signInThrottled } from './throttle';
import type { ActionResult } from '../action/result';
import { keepFormOnOutage } from '../action/unavailable';

const emailSchema = z.string().trim().toLowerCase().min(1, 'Enter your email address').max(320).email('Enter an email address in the correct format, like name@council.gov.uk');

/**
 * Sends a sign-in link if the address has an account. The answer is the same either way,
 * so the form cannot be used to find out who has an account; requests count towards the
 * same throttle as password attempts.
 */
async function requestMagicLinkNow(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = emailSchema.safeParse(formData.get('email'));
  if (!parsed.success) {
    return { ok: false, code: 'INVALID', message: 'Check the form', fieldErrors: { email: [parsed.error.issues[0]?.message ?? 'Enter your email address'] }, values: { email: String(formData.get('email') ?? '') } };
  }
  const email = parsed.data;
  const request = await currentRequestInfo();
  if (!(await signInThrottled({ email, ip: request.ip }))) {
    await withApp(async (tx) => {
      const link = await issueMagicLink(tx, email);
      // An unanswered request counts like a failed attempt, so links cannot be sprayed at an inbox.
      await recordSignInAttempt(tx, { email, ip: request.ip, succeeded: false });
      if (!link) return;
      await enqueueMail(tx, {
        kind: 'magic-link',
        to: email,
        subject: 'Your link to sign in to Tabled',
        text: `Use this link to sign in to Tabled. It works once, for ${MAGIC_LINK_TTL_MINUTES} minutes:\n\n${magicLinkUrl(appUrl(), link.token)}\n\nIf you did not ask for it, you can ignore this email.`,
      });
    });
    void kickOutbox();
  }
  return { ok: true, data: null, message: `If ${email} has an account, a sign-in link is on its way to it: it is queued and emailed within a minute. It works once, for ${MAGIC_LINK_TTL_MINUTES} minutes.` };
}

export async function requestMagicLinkFormAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return keepFormOnOutage(formData, () => requestMagicLinkNow(_prev, formData));
}

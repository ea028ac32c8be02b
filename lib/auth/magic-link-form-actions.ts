'use server';

import { z } from 'zod';
import { kickOutbox } from '../mail/worker';
import { currentRequestInfo } from './request-info';
import { MAGIC_LINK_TTL_MINUTES } from './magic-link';
import { requestMagicLink } from './magic-link-request';
import type { ActionResult } from '../action/result';
import { keepFormOnOutage } from '../action/unavailable';

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address')
  .max(320)
  .email('Enter an email address in the correct format, like name@council.gov.uk');

/**
 * Sends a sign-in link if the address has an account. The answer is the same either way,
 * so the form cannot be used to find out who has an account (see requestMagicLink).
 */
async function requestMagicLinkNow(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = emailSchema.safeParse(formData.get('email'));
  if (!parsed.success) {
    return {
      ok: false,
      code: 'INVALID',
      message: 'Check the form',
      fieldErrors: { email: [parsed.error.issues[0]?.message ?? 'Enter your email address'] },
      values: { email: String(formData.get('email') ?? '') },
    };
  }
  const email = parsed.data;
  if (await requestMagicLink(email, await currentRequestInfo())) void kickOutbox();
  return {
    ok: true,
    data: null,
    message: `If ${email} has an account, a sign-in link is on its way to it: it is queued and emailed within a minute. It works once, for ${MAGIC_LINK_TTL_MINUTES} minutes.`,
  };
}

export async function requestMagicLinkFormAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return keepFormOnOutage(formData, () => requestMagicLinkNow(_prev, formData));
}

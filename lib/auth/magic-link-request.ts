import { currentTime } from '../clock';
import { withAuth } from '../db/tenant';
import { enqueueMail, SECRET_PLACEHOLDER } from '../mail/outbox';
import { appUrl } from '../app-url';
import type { RequestInfo } from '../action/define';
import { issueMagicLink, magicLinkUrl, MAGIC_LINK_TTL_MINUTES } from './magic-link';
import { recordSignInAttempt, signInThrottled } from './throttle';

/**
 * Queues a sign-in link if the address has an account; says nothing either way. Requests
 * are throttled on their own counter, per account and per address ('magic-link' keys):
 * anyone can ask for a link in someone's name, so these requests never count against
 * that person's password sign-in. Returns whether a link was queued (for tests; the page
 * shows the same message whatever happens).
 */
export async function requestMagicLink(email: string, request: RequestInfo, now = currentTime()): Promise<boolean> {
  if (await signInThrottled({ email, ip: request.ip }, now, undefined, 'magic-link')) return false;
  return withAuth(async (tx) => {
    const link = await issueMagicLink(tx, email, now);
    // every request counts on the link counter, so links cannot be sprayed at an inbox
    await recordSignInAttempt(tx, { email, ip: request.ip, succeeded: false, kind: 'magic-link' }, now);
    if (!link) return false;
    await enqueueMail(tx, {
      kind: 'magic-link',
      to: email,
      subject: 'Your link to sign in to Tabled',
      // the token goes into the message only as it is delivered (lib/mail/outbox.ts)
      text: `Use this link to sign in to Tabled. It works once, for ${MAGIC_LINK_TTL_MINUTES} minutes:\n\n${magicLinkUrl(appUrl(), SECRET_PLACEHOLDER)}\n\nIf you did not ask for it, you can ignore this email.`,
      secret: link.token,
    });
    return true;
  });
}

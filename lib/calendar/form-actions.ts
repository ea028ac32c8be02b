'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '../auth/session';
import type { ActionResult } from '../action/result';
import { keepFormOnOutage } from '../action/unavailable';
import { feedUrl, issueFeed, revokeFeeds } from './feeds';
import { accountPath } from '../routes';

const signedOut: ActionResult = { ok: false, code: 'FORBIDDEN', message: 'Your session has ended. Sign in again to continue.' };

/**
 * Makes my calendar address (replacing any earlier one, which stops working). The
 * address is in the reply only: it is never stored, so the page cannot show it again.
 */
async function issueFeedNow(_prev: ActionResult | null): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  const token = await issueFeed(actor.id);
  revalidatePath(accountPath('calendar'));
  return { ok: true, data: null, message: `Copy your new calendar address into your calendar app now, as it will not be shown again: ${feedUrl(token)}` };
}

async function revokeFeedNow(_prev: ActionResult | null): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  const count = await revokeFeeds(actor.id);
  revalidatePath(accountPath('calendar'));
  return {
    ok: true,
    data: null,
    message: count ? 'Your calendar address no longer works. Calendars subscribed to it will stop updating.' : 'You had no calendar address to stop.',
  };
}

export async function issueFeedFormAction(_prev: ActionResult | null): Promise<ActionResult> {
  return keepFormOnOutage(null, () => issueFeedNow(_prev));
}

export async function revokeFeedFormAction(_prev: ActionResult | null): Promise<ActionResult> {
  return keepFormOnOutage(null, () => revokeFeedNow(_prev));
}

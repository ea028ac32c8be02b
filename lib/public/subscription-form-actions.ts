'use server';

import { z } from 'zod';
import { currentTime } from '../clock';
import type { ActionResult } from '../action/result';
import { keepFormOnOutage } from '../action/unavailable';
import { topicLabels } from '../rules/public-subscription';
import { confirmSubscription, unsubscribe } from './subscriptions';
import { subscribe, type BoardRoute } from './subscribe';
import { currentRequestInfo } from '../auth/request-info';

/** "Get email updates" on a public board's page (see subscribe). */
export async function subscribeFormAction(route: BoardRoute, _prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return keepFormOnOutage(formData, async () => subscribe(route, formData, await currentRequestInfo()));
}

const tokenOf = (formData: FormData) => z.string().safeParse(formData.get('token')).data ?? '';

/** The button on the confirmation page: a link opened by a mail scanner confirms nothing, a press does. */
export async function confirmSubscriptionFormAction(route: BoardRoute, _prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return keepFormOnOutage(null, async () => {
    const outcome = await confirmSubscription(route.council, route.board, tokenOf(formData), currentTime());
    if (!outcome.ok) {
      return {
        ok: false,
        code: 'INVALID',
        message: "This link has expired or has already been used. To get email updates, ask again on the board's page.",
      };
    }
    const topics = outcome.topics.map((t) => topicLabels[t].toLowerCase()).join('; ');
    return { ok: true, data: null, message: `Subscribed. You will be emailed about the ${outcome.boardName} when: ${topics}.` };
  });
}

/** The button on the unsubscribe page. */
export async function unsubscribeFormAction(route: BoardRoute, _prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return keepFormOnOutage(null, async () => {
    const done = await unsubscribe(route.council, route.board, tokenOf(formData), currentTime());
    if (!done)
      return {
        ok: false,
        code: 'INVALID',
        message: 'This unsubscribe link is not valid, or the address was unsubscribed some time ago. Check you copied all of it from the email.',
      };
    return { ok: true, data: null, message: 'Unsubscribed. You will not be sent any more updates about this board.' };
  });
}

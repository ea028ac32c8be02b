'use server';

import { z } from 'zod';
import { currentTime } from '../clock';
import { AppError } from '../errors';
import { kickOutbox } from '../mail/worker';
import type { ActionResult } from '../action/result';
import { keepFormOnOutage } from '../action/unavailable';
import { fieldErrorsOf, formValues } from '../action/define';
import { CONFIRM_LINK_DAYS, topicLabels } from '../rules/public-subscription';
import { subscribeSchema } from './subscription-schema';
import { confirmSubscription, requestSubscription, unsubscribe } from './subscriptions';

type BoardRoute = { council: string; board: string };

const notPublic: ActionResult = { ok: false, code: 'NOT_FOUND', message: 'This board does not publish its meetings.' };

/** A unique clash: the same address asked twice at the same moment, and the other request sent the link. */
const isUniqueClash = (error: unknown) => (error as { code?: unknown })?.code === 'P2002' || /Unique constraint/i.test(String((error as Error)?.message));

/**
 * "Get email updates" on a public board's page. The answer is the same whether the
 * address was new, already subscribed, or past its day's confirmation mails, so the form
 * tells nobody who is subscribed (see requestSubscription).
 */
export async function subscribeFormAction(route: BoardRoute, _prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return keepFormOnOutage(formData, async () => {
    const values = formValues(formData);
    const parsed = subscribeSchema.safeParse(values);
    if (!parsed.success) {
      return {
        ok: false,
        code: 'INVALID',
        message: 'Check the form',
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values: { email: String(values.email ?? '') },
      };
    }
    try {
      const { queued } = await requestSubscription({ councilSlug: route.council, boardSlug: route.board, ...parsed.data }, currentTime());
      if (queued) void kickOutbox();
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return notPublic;
      if (!isUniqueClash(error)) throw error;
    }
    return {
      ok: true,
      data: null,
      message: `Check your email. If ${parsed.data.email} can be sent updates, a link to confirm them is on its way. It works for ${CONFIRM_LINK_DAYS} days. Nothing is sent until you confirm.`,
    };
  });
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
    if (!done) return { ok: false, code: 'INVALID', message: 'This unsubscribe link is not valid. Check you copied all of it from the email.' };
    return { ok: true, data: null, message: 'Unsubscribed. You will not be sent any more updates about this board.' };
  });
}

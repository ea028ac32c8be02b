import { currentTime } from '../clock';
import { AppError } from '../errors';
import { kickOutbox } from '../mail/worker';
import type { ActionResult } from '../action/result';
import { fieldErrorsOf, formValues, type RequestInfo } from '../action/define';
import { CONFIRM_LINK_DAYS } from '../rules/public-subscription';
import { subscribeSchema } from './subscription-schema';
import { requestSubscription } from './subscriptions';
import { allowSubscribeRequest } from './subscription-throttle';

export type BoardRoute = { council: string; board: string };

const notPublic: ActionResult = { ok: false, code: 'NOT_FOUND', message: 'This board does not publish its meetings.' };

/** A unique clash: the same address asked twice at the same moment, and the other request sent the link. */
const isUniqueClash = (error: unknown) => (error as { code?: unknown })?.code === 'P2002' || /Unique constraint/i.test(String((error as Error)?.message));

/**
 * "Get email updates" on a public board's page. The answer is the same whether the
 * address was new, already subscribed, or past its day's confirmation mails, so the form
 * tells nobody who is subscribed (see requestSubscription).
 */
export async function subscribe(route: BoardRoute, formData: FormData, request: RequestInfo): Promise<ActionResult> {
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
  const now = currentTime();
  if (!(await allowSubscribeRequest(request.ip, now))) {
    return {
      ok: false,
      code: 'INVALID',
      message: 'There have been too many requests for email updates from your network. Wait an hour, then try again.',
      values: { email: parsed.data.email },
    };
  }
  try {
    const { queued } = await requestSubscription({ councilSlug: route.council, boardSlug: route.board, ...parsed.data }, now);
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
}

import { defineRoute } from '@/lib/access/route';
import { AppError } from '@/lib/errors';
import { unsubscribeByToken } from '@/lib/reminders/preferences';

export const dynamic = 'force-dynamic';

/**
 * The List-Unsubscribe address of every optional reminder (RFC 8058): the reader's mail
 * client POSTs here and that kind of reminder stops, no page, no sign-in. Only POST: a
 * link scanner's GET unsubscribes nobody.
 */
export const POST = defineRoute<Record<string, never>>('reminders.unsubscribe.one-click', {
  scope: 'public',
  reason: 'a person stops one optional kind of reminder from the email itself: the signed token in the address is the authority, and it only stops mail',
  answer: 'text',
  async run(ctx, request) {
    const token = new URL(request.url).searchParams.get('token');
    const outcome = await unsubscribeByToken(token, ctx.now);
    if (!outcome.ok) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
    return new Response('Unsubscribed. You will not be sent these reminders any more.\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  },
});

import { defineRoute } from '@/lib/access/route';
import { AppError } from '@/lib/errors';
import { unsubscribeByToken } from '@/lib/reminders/preferences';
import { reminderUnsubscribePath } from '@/lib/routes';

export const dynamic = 'force-dynamic';

/**
 * The List-Unsubscribe address of every optional reminder (RFC 8058): the reader's mail
 * client POSTs here and that kind of reminder stops, no page, no sign-in. A GET (a person
 * who opened the address, or a link scanner) is sent to the page with the button, and
 * unsubscribes nobody.
 */
export const GET = defineRoute<Record<string, never>>('reminders.unsubscribe.one-click-page', {
  scope: 'public',
  reason: 'the List-Unsubscribe address opened in a browser: it only sends the reader to the page with the button',
  answer: 'text',
  async run(_ctx, request) {
    const token = new URL(request.url).searchParams.get('token') ?? undefined;
    return Response.redirect(new URL(reminderUnsubscribePath(token), request.url), 303);
  },
});

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

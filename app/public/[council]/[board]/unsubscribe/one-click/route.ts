import { defineRoute } from '@/lib/access/route';
import { AppError } from '@/lib/errors';
import { unsubscribe } from '@/lib/public/subscriptions';

export const dynamic = 'force-dynamic';

/**
 * The List-Unsubscribe address of every update (RFC 8058): the reader's mail client POSTs
 * here and the subscription ends, no page, no account. Only POST: a link scanner's GET
 * unsubscribes nobody.
 */
export const POST = defineRoute<{ council: string; board: string }>('public.unsubscribe.one-click', {
  scope: 'public',
  reason: 'a subscriber unsubscribes without an account: the unsubscribe token in the address is the authority, and it only stops mail',
  answer: 'text',
  async run(ctx, request) {
    const token = new URL(request.url).searchParams.get('token');
    if (!(await unsubscribe(ctx.params.council, ctx.params.board, token, ctx.now))) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
    return new Response('Unsubscribed. You will not be sent any more updates about this board.\n', {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  },
});

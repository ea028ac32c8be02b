import { defineRoute } from '@/lib/access/route';
import { notFound } from '@/lib/errors';
import { publicBoardFeed } from '@/lib/public/feed';

export const dynamic = 'force-dynamic';

/** A public board's Atom feed: agendas published, meetings moved or cancelled, minutes published. */
export const GET = defineRoute<{ council: string; board: string }>('public.feed', {
  scope: 'public',
  reason: "a public board's feed lists only what its public page shows (publicBoardFeed): agendas once public, the schedule, distributed minutes",
  answer: 'text',
  async run(ctx) {
    const feed = await publicBoardFeed(ctx.params.council, ctx.params.board, ctx.now);
    if (feed === null) throw notFound();
    // a board made private stops being served at once, as its page does
    return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'no-store' } });
  },
});

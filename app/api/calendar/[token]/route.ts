import { defineRoute } from '@/lib/access/route';
import { notFound } from '@/lib/errors';
import { personFeedCalendar } from '@/lib/calendar/person-feed';
import { personForFeedToken } from '@/lib/calendar/feeds';

export const dynamic = 'force-dynamic';

/**
 * My calendar feed. No sign-in: calendar apps cannot sign in, so the secret in the
 * address is the credential. A revoked, replaced or unknown address answers 404.
 */
export const GET = defineRoute<{ token: string }>('calendar.feed', {
  scope: 'public',
  reason: 'calendar apps cannot sign in: the secret address is the credential, checked by personForFeedToken',
  answer: 'text',
  async run(ctx) {
    const person = await personForFeedToken(ctx.params.token);
    if (!person) throw notFound();
    return new Response(await personFeedCalendar(person.id), {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="board-meetings.ics"',
        // the address is a secret: keep it out of shared caches and search engines
        'Cache-Control': 'private, no-store',
        'X-Robots-Tag': 'noindex',
        'Referrer-Policy': 'no-referrer',
      },
    });
  },
});

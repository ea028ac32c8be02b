import { personFeedCalendar } from '@/lib/calendar/person-feed';
import { personForFeedToken } from '@/lib/calendar/feeds';

export const dynamic = 'force-dynamic';

/**
 * My calendar feed. No sign-in: calendar apps cannot sign in, so the secret in the
 * address is the credential. A revoked, replaced or unknown address answers 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const person = await personForFeedToken(token);
  if (!person) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
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
}

import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { meetingCalendarFor } from '@/lib/calendar/meeting-calendar';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ council: string; board: string; meeting: string }> };

/** "Add to calendar": one meeting as an .ics file, for whoever may see the meeting's page. */
export async function GET(_request: Request, { params }: Params) {
  const { council, board, meeting } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/${council}/boards/${board}/meetings/${meeting}`)}`);
  const ics = await meetingCalendarFor(actor.id, council, board, meeting);
  if (!ics) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="meeting.ics"',
      'Cache-Control': 'private, no-store',
    },
  });
}

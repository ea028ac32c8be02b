import { defineRoute } from '@/lib/access/route';
import { meetingCalendar } from '@/lib/calendar/meeting-calendar';

export const dynamic = 'force-dynamic';

/** "Add to calendar": one meeting as an .ics file, for whoever may see the meeting's page. */
export const GET = defineRoute<{ council: string; board: string; meeting: string }>('meetings.calendar', {
  scope: 'board',
  resource: 'meeting',
  operation: 'read',
  answer: 'text',
  async run(ctx) {
    const ics = await meetingCalendar(ctx, ctx.params.meeting, ctx.now);
    return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="meeting.ics"' } });
  },
});

import { defineAction } from '../action/define';
import { invalid } from '../errors';
import { formatDateTime } from '../format';
import { londonDay } from '../rules/london-calendar';
import { meetingTimes } from '../rules/meeting-series';
import { attendanceClash, historicalDateRefusal, nameList, type HistoricalAttendance } from '../rules/board-history';
import { assertFormBoard } from './action-context';
import { recordHistoricalMeetingSchema } from './historical-schema';

/**
 * An administrator moving a board into Tabled records a meeting the board held before:
 * its date, who attended, its minutes as approved elsewhere and its decisions. It is made
 * already held and marked historical, so that actions can be signed off and revised dates
 * agreed at it; it is never announced: no invitations, no mail, no calendar entry, no
 * deadlines, and its minutes stay out of the Chair's approval (they were approved outside
 * Tabled, and say so).
 */
export const recordHistoricalMeeting = defineAction({
  name: 'meetings.record-historical',
  scope: 'board',
  resource: 'meeting',
  operation: 'create',
  schema: recordHistoricalMeetingSchema,
  async run(ctx, input) {
    const board = assertFormBoard(ctx, input.boardId);
    const refusal = historicalDateRefusal(input.date, londonDay(ctx.now));
    if (refusal) throw invalid({ date: [refusal] });
    let times: { startsAt: Date; endsAt: Date };
    try {
      times = meetingTimes(input.date, input.startTime, input.endTime);
    } catch {
      throw invalid({ startTime: ['Check the times: that time did not happen on that day in London'] });
    }
    const attendance: HistoricalAttendance = { present: nameList(input.present), apologies: nameList(input.apologies), absent: nameList(input.absent) };
    const twice = attendanceClash(attendance);
    if (twice) throw invalid({ present: [`${twice} is listed twice: list each person once, as present, sent apologies or absent`] });
    const decisions = nameList(input.decisions);
    // an advisory board decides nothing: what its past minutes record are its recommendations
    const { advisory } = await ctx.tx.board.findUniqueOrThrow({ where: { id: board.id }, select: { advisory: true } });
    const kind = advisory ? ('RECOMMENDATION' as const) : ('DECISION' as const);
    const meeting = await ctx.tx.meeting.create({
      data: {
        councilId: ctx.council.id,
        boardId: board.id,
        title: input.title,
        kind: input.kind,
        ...times,
        venue: input.venue,
        status: 'HELD',
        historical: true,
        historicalPresent: attendance.present,
        historicalApologies: attendance.apologies,
        historicalAbsent: attendance.absent,
        historicalMinutes: input.minutes,
        decisions: {
          create: decisions.map((text, position) => ({ councilId: ctx.council.id, kind, text, position })),
        },
      },
      select: { id: true },
    });
    return {
      data: { meetingId: meeting.id },
      message: `${input.title}, ${formatDateTime(times.startsAt)}, recorded as a historical meeting. No one was sent anything.`,
      audit: [
        {
          kind: 'meeting.record-historical',
          entityType: 'Meeting',
          entityId: meeting.id,
          after: {
            historical: true,
            title: input.title,
            kind: input.kind,
            startsAt: times.startsAt,
            endsAt: times.endsAt,
            venue: input.venue,
            attendance,
            minutes: input.minutes ? 'recorded as text' : null,
            decisions,
          },
        },
      ],
    };
  },
});

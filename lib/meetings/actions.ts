// Over 300 lines on purpose: scheduling, series, editing, cancelling and moving a meeting share
// the London-time, deadline and invitation helpers at the top of this file.
import { defineAction, type ActionContext } from '../action/define';
import { AppError, conflict, invalid } from '../errors';
import { formatClock, formatDateTime, formatDayLong, formatLongDate } from '../format';
import { passedDeadlines } from '../rules/short-notice';
import { bankHolidayOn } from '../rules/bank-holidays';
import { addCalendarDays, addCalendarMonths, calendarDaysBetween, londonDay, type LondonDay } from '../rules/london-calendar';
import { describePattern, formatRrule, meetingTimes, seriesOccurrences, type Ordinal, type SeriesPattern, type Weekday } from '../rules/meeting-series';
import { actionBoard, assertFormBoard } from './action-context';
import { regionOf } from '../boards/context';
import { dbDay } from '../forms/fields';
import { invitationNote, sendMeetingInvitations } from './invitations';
import { mailMeetingCancelled, mailMeetingMoved } from '../public/subscriber-mail';
import { addDeclarationsItem } from '../declarations/standing';
import {
  cancelMeetingSchema,
  recordScheduleReviewSchema,
  rescheduleMeetingSchema,
  scheduleMeetingSchema,
  scheduleSeriesSchema,
  updateMeetingSchema,
} from './schema';

/** More than this in one go is almost certainly a mistake in the pattern or the period. */
export const SERIES_MAX_MEETINGS = 60;

const sayDay = (day: LondonDay) => formatDayLong(dbDay(day));

/** A note made to follow a clause (". A. B") as sentences after a full stop (" A. B."). */
const asSentences = (note: string) => (note ? `${note.replace(/^\. /, ' ')}.` : '');

/** Start and end of a meeting on its London day, with a refusal the form can show against its field. */
function timesOrRefuse(day: LondonDay, startTime: string, endTime: string, fields: { start: string; end: string }) {
  try {
    return meetingTimes(day, startTime, endTime);
  } catch (error) {
    if (!(error instanceof RangeError)) throw invalid({ [fields.start]: ['Check the times'] });
    // the rule speaks in stored forms (14:00, 2027-03-28); the person reads 2pm and the day in words
    const message = error.message.replace(/\b\d{2}:\d{2}\b/g, formatClock).replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => sayDay(d as LondonDay));
    throw invalid({ [/end/.test(error.message) ? fields.end : fields.start]: [message] });
  }
}

async function boardDefaults(ctx: ActionContext) {
  return ctx.tx.board.findFirstOrThrow({
    where: { id: actionBoard(ctx).id },
    select: {
      defaultVenue: true,
      declarationsStandingItem: true,
      paperNoticeWorkingDays: true,
      apologyNoticeWorkingDays: true,
      publicationNoticeDays: true,
      isPublic: true,
    },
  });
}

const deadlineNames = { papers: 'papers', apologies: 'apologies', publication: 'publishing the agenda' } as const;

/** Each deadline a meeting at `startsAt` has already missed, in words: "The deadline for papers was the end of Wednesday 2 December 2026". */
async function shortNotice(ctx: ActionContext, startsAt: Date): Promise<string[]> {
  const rules = await boardDefaults(ctx);
  return passedDeadlines(startsAt, rules, regionOf(ctx.council.region), ctx.now).map(
    (d) => `The deadline for ${deadlineNames[d.kind]} was ${formatDeadline(d.deadline)}`,
  );
}

const formatDeadline = (deadline: Date) => `the end of ${formatLongDate(deadline)}`;

/** Scheduled anyway: what the record keeps and the message adds. */
const shortNoticeNote = (passed: string[]) =>
  passed.length ? `. Short notice, accepted: ${passed.map((p) => p.replace(/^The deadline/, 'the deadline')).join('; ')}` : '';

async function findMeeting(ctx: ActionContext, meetingId: string) {
  const meeting = await ctx.tx.meeting.findFirst({
    where: { id: meetingId, boardId: actionBoard(ctx).id },
    select: {
      id: true,
      seriesId: true,
      kind: true,
      theme: true,
      title: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      virtualLink: true,
      status: true,
      cancelledReason: true,
      version: true,
    },
  });
  if (!meeting) throw new AppError('NOT_FOUND', 'That meeting was not found');
  return meeting;
}

const meetingAudit = (m: {
  title: string;
  kind: string;
  theme: string | null;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  virtualLink: string | null;
}) => ({
  title: m.title,
  kind: m.kind,
  theme: m.theme,
  startsAt: m.startsAt,
  endsAt: m.endsAt,
  venue: m.venue,
  virtualLink: m.virtualLink,
});

/** An administrator schedules a single meeting in London time. */
export const scheduleMeeting = defineAction({
  name: 'meetings.schedule',
  scope: 'board',
  resource: 'meeting',
  operation: 'create',
  schema: scheduleMeetingSchema,
  async run(ctx, input) {
    const board = assertFormBoard(ctx, input.boardId);
    const { startsAt, endsAt } = timesOrRefuse(input.date, input.startTime, input.endTime, { start: 'startTime', end: 'endTime' });
    if (startsAt <= ctx.now) throw invalid({ date: ['The meeting must be in the future: check the date and start time'] });
    // inside its deadlines: nothing is scheduled until the administrator has seen which have passed
    const passed = await shortNotice(ctx, startsAt);
    if (passed.length && input.acceptShortNotice !== 'yes') return { data: { meetingId: null as string | null, shortNotice: passed }, audit: [] };
    const defaults = await boardDefaults(ctx);
    const data = {
      title: input.title,
      kind: input.kind,
      theme: input.kind === 'DEEP_DIVE' ? input.theme : null,
      startsAt,
      endsAt,
      venue: input.venue === undefined ? defaults.defaultVenue : input.venue,
      virtualLink: input.virtualLink,
    };
    const meeting = await ctx.tx.meeting.create({ data: { councilId: ctx.council.id, boardId: board.id, ...data }, select: { id: true } });
    await addDeclarationsItem(ctx.tx, ctx.council.id, { id: board.id, ...defaults }, [meeting.id], ctx.now);
    const holiday = bankHolidayOn(input.date, regionOf(ctx.council.region));
    const invitations = await sendMeetingInvitations(ctx.tx, ctx.council, meeting.id, 'scheduled', ctx.now);
    return {
      data: { meetingId: meeting.id, shortNotice: passed },
      message: `Meeting scheduled for ${formatDateTime(startsAt)}${holiday ? `. That day is a bank holiday (${holiday.name})` : ''}${shortNoticeNote(passed)}${invitationNote(invitations)}`,
      audit: [
        {
          kind: 'meeting.schedule',
          entityType: 'Meeting',
          entityId: meeting.id,
          after: { ...meetingAudit(data), ...(passed.length ? { shortNotice: passed } : {}), invited: invitations.invited.length },
        },
      ],
    };
  },
});

function patternOf(input: { repeats: string; week?: string; weekday?: Weekday; monthDay?: number; every: number; inMonths: number[] }): SeriesPattern {
  const byMonth = input.inMonths.length ? { byMonth: input.inMonths } : {};
  switch (input.repeats) {
    case 'MONTHLY_DAY':
      return { freq: 'MONTHLY', interval: input.every, monthDay: input.monthDay!, ...byMonth };
    case 'MONTHLY_WEEKDAY':
      return { freq: 'MONTHLY', interval: input.every, weekday: input.weekday!, ordinal: Number(input.week) as Ordinal, ...byMonth };
    default:
      return { freq: 'WEEKLY', interval: input.repeats === 'FORTNIGHTLY' ? 2 : input.repeats === 'FOUR_WEEKLY' ? 4 : input.every, weekday: input.weekday! };
  }
}

/**
 * An administrator schedules a recurring series ("monthly, first Tuesday, 10:00 to
 * 12:00") for a bounded period: the series is stored as an RRULE and each of its
 * meetings is created now, so each can be given its agenda, moved or cancelled alone.
 */
export const scheduleSeries = defineAction({
  name: 'meetings.scheduleSeries',
  scope: 'board',
  resource: 'meeting',
  operation: 'create',
  schema: scheduleSeriesSchema,
  async run(ctx, input) {
    const board = assertFormBoard(ctx, input.boardId);
    const today = londonDay(ctx.now);
    if (calendarDaysBetween(today, input.startsOn) < 0) throw invalid({ startsOn: ['The series must start today or later'] });
    const pattern = patternOf(input);
    const untilOn = addCalendarDays(addCalendarMonths(input.startsOn, input.months), -1);
    timesOrRefuse(input.startsOn, input.startTime, input.endTime, { start: 'startTime', end: 'endTime' });
    const { occurrences, skipped } = seriesOccurrences({
      pattern,
      startsOn: input.startsOn,
      untilOn,
      startTime: input.startTime,
      endTime: input.endTime,
      region: regionOf(ctx.council.region),
    });
    const coming = occurrences.filter((o) => o.startsAt > ctx.now);
    if (coming.length === 0) throw invalid({ months: ['No meetings fall in that period: choose a longer period or another pattern'] });
    if (coming.length > SERIES_MAX_MEETINGS)
      throw invalid({ months: [`That is ${coming.length} meetings: choose fewer months (at most ${SERIES_MAX_MEETINGS} meetings at once)`] });
    const defaults = await boardDefaults(ctx);
    const venue = input.venue === undefined ? defaults.defaultVenue : input.venue;
    const rrule = formatRrule(pattern);
    const series = await ctx.tx.meetingSeries.create({
      data: {
        councilId: ctx.council.id,
        boardId: board.id,
        rrule,
        startTime: input.startTime,
        endTime: input.endTime,
        kind: input.kind,
        venue,
        startsOn: dbDay(input.startsOn),
        untilOn: dbDay(untilOn),
      },
      select: { id: true },
    });
    const details = { title: input.title, kind: input.kind, theme: input.kind === 'DEEP_DIVE' ? input.theme : null, venue, virtualLink: input.virtualLink };
    const meetings = await ctx.tx.meeting.createManyAndReturn({
      data: coming.map((o) => ({ councilId: ctx.council.id, boardId: board.id, seriesId: series.id, ...details, startsAt: o.startsAt, endsAt: o.endsAt })),
      select: { id: true, startsAt: true, endsAt: true },
    });
    await addDeclarationsItem(
      ctx.tx,
      ctx.council.id,
      { id: board.id, ...defaults },
      meetings.map((m) => m.id),
      ctx.now,
    );
    let invitations = { invited: [] as string[], unreachable: [] as Awaited<ReturnType<typeof sendMeetingInvitations>>['unreachable'] };
    for (const m of meetings) invitations = await sendMeetingInvitations(ctx.tx, ctx.council, m.id, 'scheduled', ctx.now);
    const description = describePattern(pattern);
    const moved = coming.filter((o) => o.movedFrom);
    const notes = [
      moved.length ? ` Moved because the day was not a working day: ${moved.map((o) => `${sayDay(o.movedFrom!)} to ${sayDay(o.day)}`).join('; ')}.` : '',
      skipped.length
        ? ` No meeting on ${skipped.map(sayDay).join('; ')}, which ${skipped.length === 1 ? 'is not a working day' : 'are not working days'}.`
        : '',
    ].join('');
    return {
      data: { seriesId: series.id, meetingIds: meetings.map((m) => m.id) },
      message: `${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'} scheduled: ${description}, ${formatClock(input.startTime)} to ${formatClock(input.endTime)}, from ${sayDay(coming[0]!.day)} to ${sayDay(coming[coming.length - 1]!.day)}.${notes}${asSentences(invitationNote(invitations, 'Calendar invitations (one for each meeting)'))}`,
      audit: [
        {
          kind: 'meeting.series.create',
          entityType: 'MeetingSeries',
          entityId: series.id,
          after: { rrule, description, startTime: input.startTime, endTime: input.endTime, startsOn: input.startsOn, untilOn, meetings: meetings.length },
        },
        ...meetings.map((m) => ({
          kind: 'meeting.schedule' as const,
          entityType: 'Meeting',
          entityId: m.id,
          after: { ...meetingAudit({ ...details, startsAt: m.startsAt, endsAt: m.endsAt }), seriesId: series.id },
        })),
      ],
    };
  },
});

/**
 * Title, kind, venue and link. The date and time are changed by rescheduling, which keeps
 * the original as a cancelled meeting, so that the record shows the move.
 */
export const updateMeeting = defineAction({
  name: 'meetings.update',
  scope: 'board',
  resource: 'meeting',
  operation: 'update',
  schema: updateMeetingSchema,
  async run(ctx, input) {
    const meeting = await findMeeting(ctx, input.meetingId);
    if (meeting.status === 'CANCELLED') throw new AppError('INVALID', 'A cancelled meeting is kept as it was and cannot be changed');
    const data = {
      title: input.title,
      kind: input.kind,
      theme: input.kind === 'DEEP_DIVE' ? input.theme : null,
      venue: input.venue ?? null,
      virtualLink: input.virtualLink,
    };
    const { count } = await ctx.tx.meeting.updateMany({ where: { id: meeting.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) {
      throw conflict({
        title: meeting.title,
        kind: meeting.kind,
        theme: meeting.theme ?? '',
        venue: meeting.venue ?? '',
        virtualLink: meeting.virtualLink ?? '',
        version: String(meeting.version),
      });
    }
    const invitations = await sendMeetingInvitations(ctx.tx, ctx.council, meeting.id, 'changed', ctx.now);
    return {
      data: { meetingId: meeting.id },
      message: `Meeting details saved${invitationNote(invitations, 'Updated calendar invitations')}`,
      audit: [
        { kind: 'meeting.update', entityType: 'Meeting', entityId: meeting.id, before: meetingAudit(meeting), after: meetingAudit({ ...meeting, ...data }) },
      ],
    };
  },
});

/** Cancelled meetings are kept, with the reason, so the schedule's history stays whole. */
export const cancelMeeting = defineAction({
  name: 'meetings.cancel',
  scope: 'board',
  resource: 'meeting',
  operation: 'update',
  schema: cancelMeetingSchema,
  async run(ctx, input) {
    const meeting = await findMeeting(ctx, input.meetingId);
    const { count } = await ctx.tx.meeting.updateMany({
      where: { id: meeting.id, status: 'SCHEDULED' },
      data: { status: 'CANCELLED', cancelledReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('INVALID', `This meeting is already ${meeting.status === 'CANCELLED' ? 'cancelled' : 'held'}`);
    const invitations = await sendMeetingInvitations(ctx.tx, ctx.council, meeting.id, 'cancelled', ctx.now);
    await mailMeetingCancelled(ctx.tx, meeting.id);
    return {
      data: { meetingId: meeting.id },
      message: `Meeting cancelled${invitationNote(invitations, 'Calendar cancellations')}`,
      audit: [
        {
          kind: 'meeting.cancel',
          entityType: 'Meeting',
          entityId: meeting.id,
          before: { status: meeting.status },
          after: { status: 'CANCELLED', cancelledReason: input.reason },
        },
      ],
    };
  },
});

/**
 * Rescheduling makes a new meeting that points at the old one, and cancels the old one
 * with "Rescheduled to …", so both stay on the record. The agenda comes across (it is the
 * same business); papers, apologies and the Chair's agreement stay with the old date.
 */
export const rescheduleMeeting = defineAction({
  name: 'meetings.reschedule',
  scope: 'board',
  resource: 'meeting',
  operation: 'update',
  schema: rescheduleMeetingSchema,
  async run(ctx, input) {
    const meeting = await findMeeting(ctx, input.meetingId);
    if (meeting.status !== 'SCHEDULED') throw new AppError('INVALID', `This meeting is already ${meeting.status === 'CANCELLED' ? 'cancelled' : 'held'}`);
    const { startsAt, endsAt } = timesOrRefuse(input.newDate, input.newStartTime, input.newEndTime, { start: 'newStartTime', end: 'newEndTime' });
    if (startsAt <= ctx.now) throw invalid({ newDate: ['The new date must be in the future'] });
    if (startsAt.getTime() === meeting.startsAt.getTime() && endsAt.getTime() === meeting.endsAt.getTime()) {
      throw invalid({ newDate: ['That is when the meeting already is: choose a new date or time'] });
    }
    const passed = await shortNotice(ctx, startsAt);
    if (passed.length && input.acceptShortNotice !== 'yes')
      return { data: { meetingId: null as string | null, previousMeetingId: meeting.id, shortNotice: passed }, audit: [] };
    const reason = `Rescheduled to ${formatDateTime(startsAt)}${input.rescheduleReason ? `: ${input.rescheduleReason}` : ''}`;
    // Cancel first: the row lock makes a second reschedule of the same meeting wait, then find it cancelled.
    const { count } = await ctx.tx.meeting.updateMany({
      where: { id: meeting.id, status: 'SCHEDULED' },
      data: { status: 'CANCELLED', cancelledReason: reason, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('INVALID', 'This meeting has already been cancelled or rescheduled');
    const moved = await ctx.tx.meeting.create({
      data: {
        councilId: ctx.council.id,
        boardId: actionBoard(ctx).id,
        seriesId: meeting.seriesId,
        rescheduledFromId: meeting.id,
        title: meeting.title,
        kind: meeting.kind,
        theme: meeting.theme,
        venue: meeting.venue,
        virtualLink: meeting.virtualLink,
        startsAt,
        endsAt,
      },
      select: { id: true },
    });
    const items = await ctx.tx.agendaItem.findMany({
      where: { meetingId: meeting.id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: {
        title: true,
        presenter: true,
        purpose: true,
        durationMinutes: true,
        standing: true,
        links: { select: { actionId: true, riskId: true, planActionId: true } },
      },
    });
    for (const [index, item] of items.entries()) {
      const { links, ...fields } = item;
      await ctx.tx.agendaItem.create({
        data: {
          councilId: ctx.council.id,
          meetingId: moved.id,
          position: index + 1,
          ...fields,
          links: { create: links.map((l) => ({ councilId: ctx.council.id, ...l })) },
        },
      });
    }
    const invitations = await sendMeetingInvitations(ctx.tx, ctx.council, moved.id, 'moved', ctx.now);
    await mailMeetingMoved(ctx.tx, meeting.id, moved.id);
    return {
      data: { meetingId: moved.id, previousMeetingId: meeting.id, shortNotice: passed },
      message: `Meeting rescheduled to ${formatDateTime(startsAt)}${shortNoticeNote(passed)}${invitationNote(invitations, 'Updated calendar invitations')}`,
      audit: [
        {
          kind: 'meeting.cancel',
          entityType: 'Meeting',
          entityId: meeting.id,
          before: { status: meeting.status },
          after: { status: 'CANCELLED', cancelledReason: reason },
        },
        {
          kind: 'meeting.reschedule',
          entityType: 'Meeting',
          entityId: moved.id,
          after: {
            ...meetingAudit({ ...meeting, startsAt, endsAt }),
            rescheduledFromId: meeting.id,
            agendaItemsCopied: items.length,
            ...(passed.length ? { shortNotice: passed } : {}),
          },
        },
      ],
    };
  },
});

/** The board's meeting schedule has been reviewed today (its reminder then counts from today). */
export const recordScheduleReview = defineAction({
  name: 'meetings.recordScheduleReview',
  scope: 'board',
  resource: 'meeting',
  operation: 'update',
  schema: recordScheduleReviewSchema,
  async run(ctx, input) {
    const board = assertFormBoard(ctx, input.boardId);
    const today = londonDay(ctx.now);
    const before = await ctx.tx.board.findFirstOrThrow({ where: { id: board.id }, select: { scheduleReviewedOn: true } });
    await ctx.tx.board.update({ where: { id: board.id }, data: { scheduleReviewedOn: dbDay(today) } });
    return {
      data: { reviewedOn: today },
      message: `Schedule review recorded on ${sayDay(today)}`,
      audit: [
        {
          kind: 'board.schedule.review',
          entityType: 'Board',
          entityId: board.id,
          before: { scheduleReviewedOn: before.scheduleReviewedOn },
          after: { scheduleReviewedOn: today },
        },
      ],
    };
  },
});

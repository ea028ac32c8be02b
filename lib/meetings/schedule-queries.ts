import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { dayString } from '../format';
import { londonDay } from '../rules/london-calendar';
import { describePattern, parseRrule } from '../rules/meeting-series';
import { scheduleReview } from '../rules/schedule-review';

/** The board's series, each described in words, and whether the schedule is due its review. */
export async function getSchedule(ctx: BoardContext, now = new Date()) {
  const { board, series } = await withCouncil(ctx.council.id, async (tx) => ({
    board: await tx.board.findFirstOrThrow({
      where: { id: ctx.board.id },
      select: {
        scheduleReviewMonths: true,
        scheduleReviewedOn: true,
        defaultVenue: true,
        agendaAgreedBy: { select: { name: true, slug: true } },
        agendasAgreedFor: { orderBy: { name: 'asc' }, select: { name: true } },
      },
    }),
    series: await tx.meetingSeries.findMany({
      where: { boardId: ctx.board.id },
      orderBy: { startsOn: 'asc' },
      select: {
        id: true,
        rrule: true,
        startTime: true,
        endTime: true,
        kind: true,
        venue: true,
        startsOn: true,
        untilOn: true,
        _count: { select: { meetings: true } },
      },
    }),
  }));
  const review = scheduleReview({
    seriesStarts: series.map((s) => dayString(s.startsOn)),
    reviewedOn: board.scheduleReviewedOn ? dayString(board.scheduleReviewedOn) : null,
    months: board.scheduleReviewMonths,
    today: londonDay(now),
  });
  return {
    review: { ...review, months: board.scheduleReviewMonths, reviewedOn: board.scheduleReviewedOn },
    defaultVenue: board.defaultVenue,
    // who agrees this board's agendas, when not its Chair; and the boards whose agendas it agrees
    agendaAgreedBy: board.agendaAgreedBy,
    agendasAgreedFor: board.agendasAgreedFor.map((b) => b.name),
    series: series.map((s) => {
      let description: string;
      try {
        description = describePattern(parseRrule(s.rrule));
      } catch {
        // a pattern written by some other tool is shown as stored rather than guessed at
        description = s.rrule;
      }
      return { ...s, description, meetings: s._count.meetings };
    }),
  };
}

const meetingId = z.string().uuid();

/** A meeting's editable details, where it was moved from and to, for the edit page. */
export async function getMeetingForEdit(ctx: BoardContext, id: string) {
  if (!meetingId.safeParse(id).success) notFound();
  const meeting = await withCouncil(ctx.council.id, (tx) =>
    tx.meeting.findFirst({
      where: { id, boardId: ctx.board.id },
      select: {
        id: true,
        title: true,
        kind: true,
        theme: true,
        startsAt: true,
        endsAt: true,
        venue: true,
        virtualLink: true,
        status: true,
        cancelledReason: true,
        version: true,
        seriesId: true,
        rescheduledFrom: { select: { id: true, title: true, startsAt: true } },
        rescheduledTo: { select: { id: true, title: true, startsAt: true } },
      },
    }),
  );
  if (!meeting) notFound();
  return meeting;
}

import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { apologyDeadline, paperDeadline } from '../rules/deadlines';
import { evaluateQuorum } from '../rules/quorum';
import { z } from 'zod';

export const UPCOMING_SHOWN = 12;
export const PAST_PAGE_SIZE = 20;

/**
 * The meeting list: the next UPCOMING_SHOWN meetings and one page of past meetings, newest
 * first. Both read the (boardId, startsAt) index and stop at their page, so the page costs
 * the same after fifty years of meetings as after one; `more` says whether another page
 * (or more coming meetings) exists, without counting them all.
 */
export async function listMeetings(ctx: BoardContext, opts: { now?: Date; pastPage?: number } = {}) {
  const now = opts.now ?? new Date();
  const pastPage = Math.max(1, Math.min(opts.pastPage ?? 1, 10_000));
  const select = {
    id: true,
    title: true,
    kind: true,
    theme: true,
    startsAt: true,
    status: true,
    venue: true,
    historical: true,
    _count: { select: { agendaItems: true, papers: true } },
    minutes: { orderBy: { versionNo: 'desc' }, take: 1, select: { status: true } },
  } as const;
  return withCouncil(ctx.council.id, async (tx) => {
    const upcoming = await tx.meeting.findMany({
      where: { boardId: ctx.board.id, startsAt: { gte: now }, status: { not: 'HELD' } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: UPCOMING_SHOWN + 1,
      select,
    });
    const past = await tx.meeting.findMany({
      where: { boardId: ctx.board.id, OR: [{ startsAt: { lt: now } }, { status: 'HELD' }] },
      orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
      skip: (pastPage - 1) * PAST_PAGE_SIZE,
      take: PAST_PAGE_SIZE + 1,
      select,
    });
    return {
      upcoming: upcoming.slice(0, UPCOMING_SHOWN),
      moreUpcoming: upcoming.length > UPCOMING_SHOWN,
      past: past.slice(0, PAST_PAGE_SIZE),
      pastPage,
      morePast: past.length > PAST_PAGE_SIZE,
    };
  });
}

const meetingId = z.string().uuid();

/**
 * A meeting of this board with its agenda, papers, attendance and minutes status. Cached
 * for the request: the page's title and its body both need it (ctx is itself cached).
 */
export const getMeeting = cache(async (ctx: BoardContext, id: string) => {
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
        status: true,
        venue: true,
        virtualLink: true,
        cancelledReason: true,
        agendaAgreedAt: true,
        quorumDecision: true,
        historical: true,
        historicalPresent: true,
        historicalApologies: true,
        historicalAbsent: true,
        historicalMinutes: true,
        decisions: { where: { minutesItemId: null }, orderBy: { position: 'asc' }, select: { id: true, kind: true, text: true } },
        agendaItems: {
          orderBy: { position: 'asc' },
          select: {
            id: true,
            position: true,
            title: true,
            presenter: true,
            purpose: true,
            durationMinutes: true,
            standing: true,
            declarations: { orderBy: { declaredAt: 'asc' }, select: { id: true, kind: true, withdrew: true, person: { select: { name: true } } } },
            papers: {
              where: { status: { not: 'WITHDRAWN' } },
              orderBy: { createdAt: 'asc' },
              select: {
                id: true,
                title: true,
                marking: true,
                status: true,
                circulatedAt: true,
                isLate: true,
                lateAcceptedAt: true,
                files: { orderBy: { versionNo: 'desc' }, take: 1, select: { fileName: true, sizeBytes: true, versionNo: true } },
              },
            },
          },
        },
        attendance: {
          select: {
            id: true,
            status: true,
            substituteAttends: true,
            apologyLate: true,
            seat: { select: { role: true, position: true, agency: true, person: { select: { name: true } }, substitute: { select: { name: true } } } },
          },
        },
        minutes: { orderBy: { versionNo: 'desc' }, take: 1, select: { versionNo: true, status: true, approvedAt: true, distributedAt: true } },
      },
    }),
  );
  if (!meeting) notFound();
  const present = meeting.attendance.filter((a) => ['PRESENT', 'VIRTUAL', 'SUBSTITUTE_ATTENDED'].includes(a.status) && a.seat.role !== 'ATTENDEE').length;
  const rule = ctx.board.quorumMinimum === null ? ({ kind: 'chair-decides' } as const) : ({ kind: 'minimum', count: ctx.board.quorumMinimum } as const);
  return {
    ...meeting,
    paperDeadline: paperDeadline(meeting.startsAt, ctx.board.paperNoticeWorkingDays, ctx.region),
    apologyDeadline: apologyDeadline(meeting.startsAt, ctx.board.apologyNoticeWorkingDays, ctx.region),
    quorum: meeting.attendance.length > 0 ? evaluateQuorum({ rule, membersPresent: present }) : null,
  };
});

/** What a meeting's pages call it in their titles (lib/labels meetingTitle); a foreign or unknown id is not found. */
export const getMeetingNaming = cache(async (ctx: BoardContext, id: string) => {
  if (!z.string().uuid().safeParse(id).success) notFound();
  const m = await withCouncil(ctx.council.id, (tx) =>
    tx.meeting.findFirst({ where: { id, boardId: ctx.board.id }, select: { title: true, kind: true, startsAt: true } }),
  );
  if (!m) notFound();
  return m;
});

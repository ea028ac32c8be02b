import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { apologyDeadline, paperDeadline } from '../rules/deadlines';
import { evaluateQuorum } from '../rules/quorum';
import { z } from 'zod';

export async function listMeetings(ctx: BoardContext, now = new Date()) {
  const meetings = await withCouncil(ctx.council.id, (tx) =>
    tx.meeting.findMany({
      where: { boardId: ctx.board.id },
      orderBy: { startsAt: 'asc' },
      select: {
        id: true, title: true, kind: true, theme: true, startsAt: true, status: true, venue: true,
        _count: { select: { agendaItems: true, papers: true } },
        minutes: { orderBy: { versionNo: 'desc' }, take: 1, select: { status: true } },
      },
    }),
  );
  return {
    upcoming: meetings.filter((m) => m.startsAt >= now && m.status !== 'HELD'),
    past: meetings.filter((m) => m.startsAt < now || m.status === 'HELD').reverse(),
  };
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
        id: true, title: true, kind: true, theme: true, startsAt: true, endsAt: true, status: true,
        venue: true, virtualLink: true, cancelledReason: true, agendaAgreedAt: true, quorumDecision: true,
        agendaItems: {
          orderBy: { position: 'asc' },
          select: {
            id: true, position: true, title: true, presenter: true, purpose: true, durationMinutes: true, standing: true,
            papers: {
              where: { status: { not: 'WITHDRAWN' } },
              orderBy: { createdAt: 'asc' },
              select: {
                id: true, title: true, marking: true, status: true, circulatedAt: true, isLate: true, lateAcceptedAt: true,
                files: { orderBy: { versionNo: 'desc' }, take: 1, select: { fileName: true, sizeBytes: true, versionNo: true } },
              },
            },
          },
        },
        attendance: {
          select: {
            id: true, status: true, substituteAttends: true, apologyLate: true,
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

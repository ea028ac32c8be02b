import 'server-only';
import { notFound } from '../errors';
import { defineQuery } from '../access/query';
import { z } from 'zod';
import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { can } from '../auth/permissions';
import { apologyDeadline, isLate } from '../rules/deadlines';
import { londonDay, startOfLondonDay } from '../rules/london-calendar';
import { evaluateQuorum, type QuorumRule } from '../rules/quorum';
import { membersPresent } from '../rules/members-present';
import { agendaPublicFrom, publicationDueFrom } from '../rules/public-visibility';
import { attendanceFingerprint, attendanceSelect, isRecordedAtMeeting, meetingSelect, seatsAtMeeting, vacantSeatsAtMeeting } from './seats';

const meetingId = z.string().uuid();

/**
 * Everything the attendance page shows: each seat with its reply or record, the counts,
 * the quorum as it stands, and what the signed-in person may do here.
 */
async function readAttendanceViewUnchecked(ctx: BoardContext, id: string, now = new Date()) {
  if (!meetingId.safeParse(id).success) throw notFound('Meeting');
  const boardId = ctx.board.id;
  const data = await withCouncil(ctx.council.id, async (tx) => {
    const meeting = await tx.meeting.findFirst({ where: { id, boardId }, select: meetingSelect });
    if (!meeting) return null;
    const [seats, vacant, rows, board] = await Promise.all([
      seatsAtMeeting(tx, boardId, meeting),
      vacantSeatsAtMeeting(tx, boardId, meeting),
      tx.attendance.findMany({ where: { meetingId: meeting.id }, select: attendanceSelect }),
      tx.board.findUniqueOrThrow({
        where: { id: boardId },
        select: { quorumMinimum: true, apologyNoticeWorkingDays: true, isPublic: true, publicationNoticeDays: true },
      }),
    ]);
    const personIds = [...new Set([meeting.quorumDecidedById, ...rows.map((r) => r.substitutePersonId)].filter((p): p is string => Boolean(p)))];
    const people = personIds.length ? await tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } }) : [];
    return { meeting, seats, vacant, rows, board, people };
  });
  if (!data) throw notFound('Meeting');
  const { meeting, seats, vacant, rows, board, people } = data;
  const nameOf = (personId: string | null) => (personId ? (people.find((p) => p.id === personId)?.name ?? null) : null);

  const lines = seats.map((seat) => {
    const record = rows.find((r) => r.seatId === seat.id) ?? null;
    const status = record?.status ?? 'EXPECTED';
    return {
      seat,
      record,
      status,
      isMine: seat.personId === ctx.actor.id,
      substituteName: record?.substituteAttends ? (nameOf(record.substitutePersonId) ?? seat.substitute?.name ?? null) : null,
    };
  });
  const members = lines.filter((l) => l.seat.role !== 'ATTENDEE');
  const withSubstitute = (l: (typeof lines)[number]) => l.status === 'APOLOGIES' && l.record?.substituteAttends === true;
  const counts = {
    seats: lines.length,
    vacant,
    expected: lines.filter((l) => l.status === 'EXPECTED').length,
    apologies: lines.filter((l) => l.status === 'APOLOGIES').length,
    substitutesAttending: lines.filter(withSubstitute).length,
    lateNotices: lines.filter((l) => l.record?.apologyLate).length,
    membersExpected: members.filter((l) => l.status === 'EXPECTED' || withSubstitute(l)).length,
  };

  const rule: QuorumRule = board.quorumMinimum === null ? { kind: 'chair-decides' } : { kind: 'minimum', count: board.quorumMinimum };
  const present = membersPresent(lines.map((l) => ({ seatId: l.seat.id, seatRole: l.seat.role, status: l.status })));
  const meetingDayStarts = startOfLondonDay(londonDay(meeting.startsAt));
  const deadline = apologyDeadline(meeting.startsAt, board.apologyNoticeWorkingDays, ctx.region);

  return {
    meeting,
    lines,
    counts,
    fingerprint: attendanceFingerprint(rows),
    apologies: {
      deadline,
      pastDeadline: isLate(now, deadline),
      // replies are taken until the meeting ends; later ones are flagged late, never refused
      open: meeting.status === 'SCHEDULED' && now.getTime() < meeting.endsAt.getTime(),
      withdrawable: meeting.status === 'SCHEDULED' && now.getTime() < meeting.startsAt.getTime(),
    },
    quorum: {
      rule,
      result: evaluateQuorum({ rule, membersPresent: present }),
      present,
      recorded: lines.some((l) => isRecordedAtMeeting(l.status)),
      decision: meeting.quorumDecision,
      decidedBy: nameOf(meeting.quorumDecidedById),
      decidedAt: meeting.quorumDecidedAt,
    },
    recording: {
      open: meeting.status !== 'CANCELLED' && now.getTime() >= meetingDayStarts.getTime(),
      opensAt: meetingDayStarts,
    },
    publication: board.isPublic ? publicationOf(meeting, board.publicationNoticeDays, now) : null,
    may: {
      seeWhoIsComing: can(ctx.roles, 'attendance', 'update') || ctx.roles.includes('CHAIR'),
      record: can(ctx.roles, 'attendance', 'update'),
      reply: can(ctx.roles, 'attendance', 'create'),
      decideQuorum: can(ctx.roles, 'attendance', 'approve'),
      publish: can(ctx.roles, 'meeting', 'update'),
    },
  };
}
export const getAttendanceView = defineQuery({ resource: 'attendance', run: readAttendanceViewUnchecked });
function publicationOf(meeting: { startsAt: Date; publishedAt: Date | null; agendaAgreedAt: Date | null; status: string }, noticeDays: number, now: Date) {
  const publicFrom = agendaPublicFrom(meeting, noticeDays);
  const live = meeting.status !== 'CANCELLED' && publicFrom !== null && now.getTime() >= publicFrom.getTime();
  const open = meeting.status === 'SCHEDULED' && !live;
  return {
    publishedAt: meeting.publishedAt,
    agendaAgreed: meeting.agendaAgreedAt !== null,
    publicFrom,
    due: publicationDueFrom(meeting.startsAt, noticeDays),
    live,
    canPublishNow: open && meeting.agendaAgreedAt !== null,
    // a draft goes up only when the administrator says so, on the record
    canPublishDraft: open && meeting.agendaAgreedAt === null,
    noticeDays,
  };
}

export type AttendanceView = Awaited<ReturnType<typeof getAttendanceView>>;

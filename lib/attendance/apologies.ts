import { boardOf, type ActionContext } from '../action/define';
import type { AuditDraft } from '../audit/append';
import { regionOf } from '../boards/context';
import { AppError, notFound, invalid } from '../errors';
import { formatDateTime } from '../format';
import { apologyDeadline, isLate } from '../rules/deadlines';
import { assertAttendanceOpen } from './signed';
import { attendanceSelect, isRecordedAtMeeting, meetingOfBoard, seatSelect, sitsOn } from './seats';

type Outcome = { data: { attendanceId: string | null; late: boolean }; audit: AuditDraft[]; message: string };

export { boardOf };

/** The meeting, the seat (both of this board, else 404), the board's notice and any reply already given. */
export async function loadSeatAtMeeting(ctx: ActionContext, meetingId: string, seatId: string) {
  const board = boardOf(ctx);
  const meeting = await meetingOfBoard(ctx.tx, board.id, meetingId);
  await assertAttendanceOpen(ctx.tx, meeting.id);
  const seat = await ctx.tx.seat.findFirst({ where: { id: seatId, boardId: board.id }, select: seatSelect });
  if (!seat) throw notFound('Seat');
  // One reply per seat at a time: two concurrent sends would both read "nothing recorded
  // yet" and both append an audit event. Locking the seat makes the second see the first.
  await ctx.tx.$queryRaw`SELECT "id" FROM "Seat" WHERE "id" = ${seat.id}::uuid FOR UPDATE`;
  const rules = await ctx.tx.board.findUniqueOrThrow({ where: { id: board.id }, select: { apologyNoticeWorkingDays: true } });
  const existing = await ctx.tx.attendance.findUnique({ where: { meetingId_seatId: { meetingId, seatId } }, select: attendanceSelect });
  const deadline = apologyDeadline(meeting.startsAt, rules.apologyNoticeWorkingDays, regionOf(ctx.council.region));
  return { meeting, seat, existing, deadline };
}
export type SeatAtMeeting = Awaited<ReturnType<typeof loadSeatAtMeeting>>;

function assertOpenForReplies(loaded: SeatAtMeeting, now: Date) {
  const { meeting, seat, existing } = loaded;
  if (meeting.status === 'CANCELLED') throw new AppError('INVALID', 'This meeting has been cancelled, so no apologies are needed');
  if (meeting.status === 'HELD' || now.getTime() >= meeting.endsAt.getTime()) {
    throw new AppError('INVALID', 'This meeting has finished. The administrator records who attended.');
  }
  if (!sitsOn(seat, meeting.startsAt)) throw new AppError('INVALID', 'This seat is not filled on the day of the meeting');
  if (existing && isRecordedAtMeeting(existing.status)) {
    throw new AppError('INVALID', 'Attendance at this meeting has already been recorded. Ask the administrator to correct it.');
  }
}

/**
 * Records apologies for a seat and whether its nominated substitute attends. A notice
 * after the board's deadline is saved and flagged late, never refused (DOMAIN.md); the
 * meeting only stops taking apologies once it has ended, when attendance is recorded.
 */
export async function giveApologies(
  ctx: ActionContext,
  loaded: SeatAtMeeting,
  reply: { substituteAttends: boolean; note: string | null; field: string; onBehalf: boolean },
): Promise<Outcome> {
  assertOpenForReplies(loaded, ctx.now);
  const { meeting, seat, existing, deadline } = loaded;
  const holder = seat.person?.name ?? 'the member';
  if (reply.substituteAttends && !seat.substitutePersonId) {
    throw invalid({
      [reply.field]: [`${reply.onBehalf ? `${holder} has` : 'You have'} no nominated substitute for this seat, so no substitute can attend`],
    });
  }
  const substituteName = reply.substituteAttends ? (seat.substitute?.name ?? null) : null;
  const who = reply.onBehalf ? `Apologies from ${holder}` : 'Your apologies';
  const substituteText = substituteName ? `${substituteName} will attend in ${reply.onBehalf ? 'their' : 'your'} place` : 'no substitute will attend';

  if (existing?.status === 'APOLOGIES' && existing.substituteAttends === reply.substituteAttends && existing.note === reply.note) {
    return { data: { attendanceId: existing.id, late: existing.apologyLate }, audit: [], message: `${who} were already recorded: ${substituteText}.` };
  }

  const late = isLate(ctx.now, deadline);
  const values = {
    status: 'APOLOGIES' as const,
    substituteAttends: reply.substituteAttends,
    substitutePersonId: reply.substituteAttends ? seat.substitutePersonId : null,
    apologySentAt: ctx.now,
    apologyLate: late,
    note: reply.note,
    recordedById: ctx.actor.id,
  };
  const row = await ctx.tx.attendance.upsert({
    where: { meetingId_seatId: { meetingId: meeting.id, seatId: seat.id } },
    create: { councilId: ctx.council.id, meetingId: meeting.id, seatId: seat.id, ...values },
    update: values,
    select: { id: true },
  });
  const lateText = late ? ` They arrived after the deadline (${formatDateTime(deadline)}), so they are marked as late notice.` : '';
  return {
    data: { attendanceId: row.id, late },
    message: `${who} for ${meeting.title} on ${formatDateTime(meeting.startsAt)} are recorded: ${substituteText}.${lateText}`,
    audit: [
      {
        kind: reply.onBehalf ? 'attendance.apologies-recorded' : 'attendance.apologies-sent',
        entityType: 'Attendance',
        entityId: row.id,
        summary: `${who} for ${meeting.title}${late ? ' (late notice)' : ''}`,
        before: existing
          ? { status: existing.status, substituteAttends: existing.substituteAttends, apologySentAt: existing.apologySentAt, apologyLate: existing.apologyLate }
          : null,
        after: { meetingId: meeting.id, seatId: seat.id, ...values, substitute: substituteName, deadline },
      },
    ],
  };
}

/** Takes apologies back before the meeting starts: the seat is expected again. */
export async function withdrawApologies(ctx: ActionContext, loaded: SeatAtMeeting, onBehalf: boolean): Promise<Outcome> {
  const { meeting, seat, existing } = loaded;
  if (meeting.status !== 'SCHEDULED') throw new AppError('INVALID', 'This meeting is no longer taking replies');
  if (ctx.now.getTime() >= meeting.startsAt.getTime()) {
    throw new AppError('INVALID', 'The meeting has started, so apologies can no longer be withdrawn. The administrator records who attended.');
  }
  if (!existing || existing.status !== 'APOLOGIES') {
    throw new AppError(
      'INVALID',
      onBehalf ? `${seat.person?.name ?? 'This member'} has not sent apologies for this meeting` : 'You have not sent apologies for this meeting',
    );
  }
  const values = {
    status: 'EXPECTED' as const,
    substituteAttends: false,
    substitutePersonId: null,
    apologySentAt: null,
    apologyLate: false,
    note: null,
    recordedById: ctx.actor.id,
  };
  await ctx.tx.attendance.update({ where: { id: existing.id }, data: values });
  const who = onBehalf ? `${seat.person?.name ?? 'The member'} is` : 'You are';
  return {
    data: { attendanceId: existing.id, late: false },
    message: `Apologies withdrawn. ${who} expected at ${meeting.title} on ${formatDateTime(meeting.startsAt)}.`,
    audit: [
      {
        kind: 'attendance.apologies-withdrawn',
        entityType: 'Attendance',
        entityId: existing.id,
        summary: `Apologies withdrawn for ${meeting.title}`,
        before: {
          status: existing.status,
          substituteAttends: existing.substituteAttends,
          substitutePersonId: existing.substitutePersonId,
          apologySentAt: existing.apologySentAt,
          apologyLate: existing.apologyLate,
          note: existing.note,
        },
        after: { meetingId: meeting.id, seatId: seat.id, ...values },
      },
    ],
  };
}

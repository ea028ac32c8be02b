import { defineAction } from '../action/define';
import { AppError, conflict, notFound, invalid } from '../errors';
import { formatDateTime } from '../format';
import { attendanceStatusLabel } from './labels';
import { londonDay, startOfLondonDay } from '../rules/london-calendar';
import { boardOf, giveApologies, loadSeatAtMeeting, withdrawApologies } from './apologies';
import {
  recordAttendanceSchema,
  quorumDecisionSchema,
  recordApologiesSchema,
  sendApologiesSchema,
  withdrawApologiesSchema,
  STATUS_FIELD_PREFIX,
  type RecordedStatus,
} from './schema';
import { assertAttendanceOpen } from './signed';
import { attendanceFingerprint, attendanceSelect, meetingOfBoard, seatsAtMeeting } from './seats';
import { lockFor } from '../db/locks';

/** Only the seat's holder sends or withdraws their own apologies; an administrator uses recordApologies. */
function assertOwnSeat(seat: { personId: string | null }, actorId: string) {
  if (seat.personId !== actorId)
    throw new AppError('FORBIDDEN', 'You can only send apologies for your own seat. The administrator can record apologies for someone else.');
}

export const sendApologies = defineAction({
  name: 'attendance.send-apologies',
  scope: 'board',
  resource: 'attendance',
  operation: 'create',
  schema: sendApologiesSchema,
  async run(ctx, input) {
    const loaded = await loadSeatAtMeeting(ctx, input.meetingId, input.seatId);
    assertOwnSeat(loaded.seat, ctx.actor.id);
    return giveApologies(ctx, loaded, {
      substituteAttends: input.substituteAttends === 'yes',
      note: input.apologyNote,
      field: 'substituteAttends',
      onBehalf: false,
    });
  },
});

export const withdrawOwnApologies = defineAction({
  name: 'attendance.withdraw-apologies',
  scope: 'board',
  resource: 'attendance',
  operation: 'create',
  schema: withdrawApologiesSchema,
  async run(ctx, input) {
    const loaded = await loadSeatAtMeeting(ctx, input.meetingId, input.seatId);
    assertOwnSeat(loaded.seat, ctx.actor.id);
    return withdrawApologies(ctx, loaded, false);
  },
});

/** The administrator records a member's reply taken by phone or email, for any seat of the board. */
export const recordApologies = defineAction({
  name: 'attendance.record-apologies',
  scope: 'board',
  resource: 'attendance',
  operation: 'update',
  schema: recordApologiesSchema,
  async run(ctx, input) {
    const loaded = await loadSeatAtMeeting(ctx, input.meetingId, input.seatId);
    if (input.response === 'ATTENDING') return withdrawApologies(ctx, loaded, true);
    return giveApologies(ctx, loaded, {
      substituteAttends: input.response === 'APOLOGIES_WITH_SUBSTITUTE',
      note: input.adminNote,
      field: 'response',
      onBehalf: true,
    });
  },
});

/**
 * The administrator records, from the meeting's day, how each seat attended. Apologies
 * already sent keep their time and late flag; a substitute attending is the seat's
 * nominated substitute (or the one the member named when sending apologies).
 */
export const recordAttendance = defineAction({
  name: 'attendance.record',
  scope: 'board',
  resource: 'attendance',
  operation: 'update',
  schema: recordAttendanceSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const meeting = await meetingOfBoard(ctx.tx, board.id, input.meetingId);
    if (meeting.status === 'CANCELLED') throw new AppError('INVALID', 'This meeting was cancelled, so there is no attendance to record');
    await assertAttendanceOpen(ctx.tx, meeting.id);
    if (ctx.now.getTime() < startOfLondonDay(londonDay(meeting.startsAt)).getTime()) {
      throw new AppError('INVALID', `Attendance is recorded at or after the meeting, from ${formatDateTime(startOfLondonDay(londonDay(meeting.startsAt)))}`);
    }
    // lock this meeting's attendance against a concurrent save, then compare fingerprints
    await lockFor(ctx.tx, 'meetingAttendance', meeting.id);
    const seats = await seatsAtMeeting(ctx.tx, board.id, meeting);
    const rows = await ctx.tx.attendance.findMany({ where: { meetingId: meeting.id }, select: attendanceSelect });
    const current = attendanceFingerprint(rows);
    if (current !== input.fingerprint) {
      const shown: Record<string, string> = { fingerprint: current };
      for (const seat of seats) shown[`${STATUS_FIELD_PREFIX}${seat.id}`] = attendanceStatusLabel(rows.find((r) => r.seatId === seat.id)?.status ?? 'EXPECTED');
      throw conflict(shown);
    }

    const fieldErrors: Record<string, string[]> = {};
    const changes: { seat: (typeof seats)[number]; before: (typeof rows)[number] | undefined; status: RecordedStatus; substitutePersonId: string | null }[] =
      [];
    for (const [seatId, status] of input.statuses) {
      const seat = seats.find((s) => s.id === seatId);
      // a seat of another board or council, or one not sitting at this meeting
      if (!seat) throw notFound('Seat');
      const before = rows.find((r) => r.seatId === seatId);
      let substitutePersonId: string | null = null;
      if (status === 'SUBSTITUTE_ATTENDED') {
        substitutePersonId = before?.substitutePersonId ?? seat.substitutePersonId;
        if (!substitutePersonId) {
          fieldErrors[`${STATUS_FIELD_PREFIX}${seat.id}`] = [`${seat.person?.name ?? seat.position} has no nominated substitute`];
          continue;
        }
      }
      if (before?.status === status) continue;
      changes.push({ seat, before, status, substitutePersonId });
    }
    if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
    if (changes.length === 0) return { data: { changed: 0 }, audit: [], message: 'Nothing had changed: attendance is as it was.' };

    for (const { seat, status, substitutePersonId } of changes) {
      const values = {
        status,
        substituteAttends: status === 'SUBSTITUTE_ATTENDED',
        substitutePersonId,
        recordedById: ctx.actor.id,
      };
      await ctx.tx.attendance.upsert({
        where: { meetingId_seatId: { meetingId: meeting.id, seatId: seat.id } },
        create: { councilId: ctx.council.id, meetingId: meeting.id, seatId: seat.id, ...values },
        update: values,
      });
    }
    return {
      data: { changed: changes.length },
      message: `Attendance saved for ${changes.length} ${changes.length === 1 ? 'seat' : 'seats'}.`,
      audit: [
        {
          kind: 'attendance.record',
          entityType: 'Meeting',
          entityId: meeting.id,
          summary: `Attendance recorded for ${meeting.title} on ${formatDateTime(meeting.startsAt)}`,
          before: Object.fromEntries(changes.map((c) => [c.seat.id, c.before?.status ?? null])),
          after: Object.fromEntries(changes.map((c) => [c.seat.id, { status: c.status, substitutePersonId: c.substitutePersonId }])),
        },
      ],
    };
  },
});

/**
 * With no quorum set (Plymouth, 001), the Chair decides whether enough members are
 * present; that decision is recorded once, with who and when, and not altered afterwards.
 */
export const decideQuorum = defineAction({
  name: 'attendance.decide-quorum',
  scope: 'board',
  resource: 'attendance',
  operation: 'approve',
  schema: quorumDecisionSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const meeting = await meetingOfBoard(ctx.tx, board.id, input.meetingId);
    const rules = await ctx.tx.board.findUniqueOrThrow({ where: { id: board.id }, select: { quorumMinimum: true } });
    if (rules.quorumMinimum !== null) {
      throw new AppError('INVALID', `This board's quorum is ${rules.quorumMinimum} members: it is counted from attendance, not decided by the Chair`);
    }
    if (meeting.status === 'CANCELLED') throw new AppError('INVALID', 'This meeting was cancelled');
    if (ctx.now.getTime() < startOfLondonDay(londonDay(meeting.startsAt)).getTime()) {
      throw new AppError('INVALID', 'The Chair decides at the meeting whether enough members are present');
    }
    if (meeting.quorumDecision !== null) throw new AppError('INVALID', "The Chair's decision for this meeting is already recorded and cannot be changed");
    const { count } = await ctx.tx.meeting.updateMany({
      where: { id: meeting.id, version: input.version, quorumDecision: null },
      data: { quorumDecision: input.decision, quorumDecidedById: ctx.actor.id, quorumDecidedAt: ctx.now, version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await ctx.tx.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { version: true, quorumDecision: true } });
      if (now.quorumDecision !== null) throw new AppError('INVALID', "The Chair's decision for this meeting is already recorded and cannot be changed");
      throw conflict({ version: String(now.version), decision: now.quorumDecision ?? '' });
    }
    return {
      data: { meetingId: meeting.id },
      message: "The Chair's decision on whether enough members are present is recorded.",
      audit: [
        {
          kind: 'meeting.quorum-decision',
          entityType: 'Meeting',
          entityId: meeting.id,
          summary: `Chair's quorum decision for ${meeting.title} on ${formatDateTime(meeting.startsAt)}`,
          before: { quorumDecision: null },
          after: { quorumDecision: input.decision, quorumDecidedById: ctx.actor.id, quorumDecidedAt: ctx.now },
        },
      ],
    };
  },
});

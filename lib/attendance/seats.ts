import crypto from 'node:crypto';
import type { Tx } from '../db/tenant';
import { notFound } from '../errors';
import { dayString } from '../format';
import { londonDay } from '../rules/london-calendar';

export const meetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  version: true,
  venue: true,
  quorumDecision: true,
  quorumDecidedById: true,
  quorumDecidedAt: true,
  agendaAgreedAt: true,
  publishedAt: true,
} as const;

export const seatSelect = {
  id: true,
  role: true,
  position: true,
  agency: true,
  personId: true,
  startsOn: true,
  endsOn: true,
  substitutePersonId: true,
  person: { select: { name: true } },
  substitute: { select: { name: true } },
} as const;

type SeatDates = { personId: string | null; startsOn: Date | null; endsOn: Date | null };

/** Whether a seat is filled on a meeting's London day: someone holds it, and it has begun and not ended. */
export function sitsOn(seat: SeatDates, meetingStartsAt: Date): boolean {
  if (!seat.personId) return false;
  const day = londonDay(meetingStartsAt);
  if (seat.startsOn && dayString(seat.startsOn) > day) return false;
  if (seat.endsOn && dayString(seat.endsOn) < day) return false;
  return true;
}

/** A meeting of this board; another board's or council's id answers 404. */
export async function meetingOfBoard(tx: Tx, boardId: string, meetingId: string) {
  const meeting = await tx.meeting.findFirst({ where: { id: meetingId, boardId }, select: meetingSelect });
  if (!meeting) throw notFound('Meeting');
  return meeting;
}

/**
 * The seats that sit at a meeting: those filled on its day, and any other seat that
 * already has an attendance record there (a member who has since left stays on record).
 */
export async function seatsAtMeeting(tx: Tx, boardId: string, meeting: { id: string; startsAt: Date }) {
  const seats = await tx.seat.findMany({
    where: { boardId, OR: [{ personId: { not: null } }, { attendance: { some: { meetingId: meeting.id } } }] },
    orderBy: [{ role: 'asc' }, { position: 'asc' }],
    select: { ...seatSelect, attendance: { where: { meetingId: meeting.id }, select: { id: true } } },
  });
  return seats.filter((s) => s.attendance.length > 0 || sitsOn(s, meeting.startsAt)).map(({ attendance: _a, ...seat }) => seat);
}

/** Seats on the board but vacant ("to be appointed") on the meeting's day: nobody to expect, shown as a count. */
export async function vacantSeatsAtMeeting(tx: Tx, boardId: string, meeting: { startsAt: Date }) {
  const seats = await tx.seat.findMany({ where: { boardId, personId: null }, select: { startsOn: true, endsOn: true } });
  return seats.filter((s) => sitsOn({ ...s, personId: 'vacant' }, meeting.startsAt)).length;
}

export const attendanceSelect = {
  id: true,
  seatId: true,
  status: true,
  substituteAttends: true,
  substitutePersonId: true,
  apologySentAt: true,
  apologyLate: true,
  note: true,
  recordedById: true,
  updatedAt: true,
} as const;

/**
 * A digest of a meeting's attendance as it stands. The recording form carries the one it
 * was drawn from; if they differ on saving, someone changed attendance in between.
 */
export function attendanceFingerprint(rows: readonly { seatId: string; status: string; updatedAt: Date }[]): string {
  const text = [...rows]
    .sort((a, b) => a.seatId.localeCompare(b.seatId))
    .map((r) => `${r.seatId}|${r.status}|${r.updatedAt.toISOString()}`)
    .join('\n');
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** Statuses written at or after the meeting; apologies before it do not overwrite them. */
export const isRecordedAtMeeting = (status: string) => status === 'PRESENT' || status === 'VIRTUAL' || status === 'SUBSTITUTE_ATTENDED' || status === 'ABSENT';

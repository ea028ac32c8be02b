import type { Prisma } from '../db/generated/prisma/client';
import type { Tx } from '../db/tenant';
import { AppError } from '../errors';
import { attendanceStatusLabel } from '../attendance/labels';
import { dayString } from '../format';
import { isSignedMinutes, type MinutesAttendanceText, type MinutesDeclarationText, type MinutesStatus, type MinutesText } from '../rules/minutes';
import { label } from '../labels';

const seatLabel = { select: { id: true, position: true, agency: true, person: { select: { name: true } } } } satisfies Prisma.SeatDefaultArgs;

/** One version of minutes with everything its text is made of, read inside a transaction. */
export const versionSelect = {
  id: true,
  meetingId: true,
  versionNo: true,
  status: true,
  version: true,
  previousVersionId: true,
  chairComments: true,
  sentToChairAt: true,
  approvedAt: true,
  approvedHash: true,
  distributedAt: true,
  confirmedAtMeetingId: true,
  attendanceSnapshot: true,
  quorumSnapshot: true,
  declarationsSnapshot: true,
  createdAt: true,
  updatedAt: true,
  approvedBy: { select: { name: true } },
  confirmedAtMeeting: { select: { id: true, title: true, startsAt: true } },
  items: {
    orderBy: { position: 'asc' },
    select: {
      id: true,
      position: true,
      heading: true,
      discussion: true,
      agendaItemId: true,
      decisions: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, text: true, decisionMaker: true, decisionMakerId: true } },
      actionsArising: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          position: true,
          description: true,
          ownerSeatId: true,
          dueOn: true,
          actionId: true,
          ownerSeat: seatLabel,
          action: { select: { id: true, reference: true } },
        },
      },
    },
  },
} satisfies Prisma.MinutesVersionSelect;

export async function loadMinutes(tx: Tx, boardId: string, minutesId: string) {
  const v = await tx.minutesVersion.findFirst({
    where: { id: minutesId, meeting: { boardId } },
    select: { ...versionSelect, meeting: { select: { id: true, title: true, startsAt: true, endsAt: true, status: true } } },
  });
  // another board's or council's minutes are answered as not found, like any foreign id
  if (!v) throw new AppError('NOT_FOUND', 'Those minutes were not found');
  return { ...v, status: v.status as MinutesStatus };
}
export type LoadedMinutes = Awaited<ReturnType<typeof loadMinutes>>;

/** The Chair's decision on numbers, as the meeting recorded it (none where the board sets a quorum). */
export async function liveQuorum(tx: Tx, meetingId: string): Promise<string | null> {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { quorumDecision: true } });
  return meeting?.quorumDecision ?? null;
}

/** The attendance of a meeting as the minutes record it, from the meeting's record. */
export async function liveAttendance(tx: Tx, meetingId: string): Promise<MinutesAttendanceText[]> {
  const rows = await tx.attendance.findMany({
    where: { meetingId },
    select: { status: true, seat: { select: { role: true, position: true, person: { select: { name: true } }, substitute: { select: { name: true } } } } },
  });
  const order = ['INDEPENDENT_CHAIR', 'CHAIR', 'VICE_CHAIR', 'MEMBER', 'ATTENDEE'];
  return rows
    .sort((a, b) => order.indexOf(a.seat.role) - order.indexOf(b.seat.role) || a.seat.position.localeCompare(b.seat.position, 'en-GB'))
    .map((a) => ({
      name: a.seat.person?.name ?? 'To be appointed',
      position: a.seat.position,
      attendance: `${attendanceStatusLabel(a.status)}${a.status === 'SUBSTITUTE_ATTENDED' && a.seat.substitute ? ` (${a.seat.substitute.name})` : ''}`,
    }));
}

/** The declarations of interest made for a meeting, in the order of its agenda (the meeting generally first), as the minutes record them. */
export async function liveDeclarations(tx: Tx, meetingId: string): Promise<MinutesDeclarationText[]> {
  const rows = await tx.declaration.findMany({
    where: { meetingId },
    orderBy: [{ declaredAt: 'asc' }, { id: 'asc' }],
    select: {
      kind: true,
      description: true,
      withdrew: true,
      person: { select: { name: true } },
      agendaItem: { select: { position: true, title: true } },
    },
  });
  return rows
    .sort((a, b) => (a.agendaItem?.position ?? 0) - (b.agendaItem?.position ?? 0))
    .map((d) => ({
      name: d.person.name,
      item: d.agendaItem ? `${d.agendaItem.position}, ${d.agendaItem.title}` : null,
      kind: label('interestKind', d.kind),
      description: d.description,
      withdrew: d.withdrew,
    }));
}

type VersionForText = Pick<LoadedMinutes, 'items' | 'attendanceSnapshot' | 'quorumSnapshot' | 'declarationsSnapshot' | 'status'>;

export const ownerLabel = (seat: { position: string; agency: string } | null) => (seat ? `${seat.position}, ${seat.agency}` : null);

/**
 * The text of a version, as hashed: a signed version's attendance, quorum decision and declarations are
 * the snapshot taken at approval (the meeting's record may be corrected later); a draft's
 * are the live record.
 */
export function minutesText(
  v: VersionForText,
  live: MinutesAttendanceText[] | null,
  liveQuorum: string | null = null,
  liveDeclarations: MinutesDeclarationText[] | null = null,
): MinutesText {
  const snapshot = Array.isArray(v.attendanceSnapshot) ? (v.attendanceSnapshot as MinutesAttendanceText[]) : null;
  const declared = Array.isArray(v.declarationsSnapshot) ? (v.declarationsSnapshot as MinutesDeclarationText[]) : null;
  const signed = isSignedMinutes(v.status as MinutesStatus);
  return {
    attendance: signed ? snapshot : live,
    quorum: signed ? v.quorumSnapshot : liveQuorum,
    declarations: signed ? declared : liveDeclarations,
    items: v.items.map((i) => ({
      heading: i.heading,
      discussion: i.discussion,
      decisions: i.decisions.map((d) => ({ kind: d.kind, text: d.text, decisionMaker: d.decisionMaker })),
      actions: i.actionsArising.map((a) => ({ description: a.description, owner: ownerLabel(a.ownerSeat), dueOn: a.dueOn ? dayString(a.dueOn) : null })),
    })),
  };
}

/** Approved minutes are the record of what the Chair signed: nothing changes them (the database refuses too). */
export function refuseIfSigned(v: Pick<LoadedMinutes, 'status' | 'versionNo'>): void {
  if (isSignedMinutes(v.status)) {
    throw new AppError(
      'CONFLICT',
      `Version ${v.versionNo} of the minutes was approved by the Chair and cannot be changed. Start a correction to propose changes.`,
    );
  }
}

/** Only the newest version of a meeting's minutes moves forward; older ones are the history. */
export async function refuseIfNotLatest(tx: Tx, v: Pick<LoadedMinutes, 'id' | 'meetingId' | 'versionNo'>): Promise<void> {
  const latest = await tx.minutesVersion.findFirst({
    where: { meetingId: v.meetingId },
    orderBy: { versionNo: 'desc' },
    select: { id: true, versionNo: true },
  });
  if (latest && latest.id !== v.id)
    throw new AppError(
      'CONFLICT',
      `Version ${v.versionNo} of the minutes has been replaced by version ${latest.versionNo}. Work on the latest version instead.`,
    );
}

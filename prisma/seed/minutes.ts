import { attendanceStatusLabel } from '../../lib/attendance/labels';
import { minutesHash, type MinutesAttendanceText } from '../../lib/rules/minutes';
import type { Tx } from '../../lib/db/tenant';
import type { Rows } from './rows';

const roleOrder = ['INDEPENDENT_CHAIR', 'CHAIR', 'VICE_CHAIR', 'MEMBER', 'ATTENDEE'];

/**
 * Seals the demo's approved minutes as the app would have: the attendance as recorded is
 * snapshotted with the Chair's quorum decision, and the approved hash is of the minutes' canonical text (lib/rules/minutes),
 * so that every seeded approval verifies on the minutes page. Mirrors liveAttendance and
 * minutesText in lib/minutes/load.ts (the minutes integration test checks the two agree).
 */
export function sealSeededMinutes(rows: Rows, names: Map<string, string>): void {
  const seats = new Map(rows.seat.map((s) => [s.id!, s]));
  for (const v of rows.minutesVersion) {
    if (!v.approvedHash) continue;
    const attendance: MinutesAttendanceText[] = rows.attendance
      .filter((a) => a.meetingId === v.meetingId)
      .map((a) => ({ a, seat: seats.get(a.seatId)! }))
      .sort((x, y) => roleOrder.indexOf(x.seat.role) - roleOrder.indexOf(y.seat.role) || x.seat.position.localeCompare(y.seat.position, 'en-GB'))
      .map(({ a, seat }) => {
        const status = a.status ?? 'EXPECTED';
        const substitute = seat.substitutePersonId ? names.get(seat.substitutePersonId) : undefined;
        return {
          name: (seat.personId && names.get(seat.personId)) || 'To be appointed',
          position: seat.position,
          attendance: `${attendanceStatusLabel(status)}${status === 'SUBSTITUTE_ATTENDED' && substitute ? ` (${substitute})` : ''}`,
        };
      });
    const items = rows.minutesItem
      .filter((i) => i.minutesVersionId === v.id)
      .sort((a, b) => a.position - b.position)
      .map((i) => ({
        heading: i.heading,
        discussion: i.discussion,
        decisions: rows.decision
          .filter((d) => d.minutesItemId === i.id)
          .sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || (a.id! < b.id! ? -1 : 1))
          .map((d) => ({ kind: d.kind, text: d.text, decisionMaker: d.decisionMaker ?? null })),
        actions: [],
      }));
    const quorum = rows.meeting.find((m) => m.id === v.meetingId)?.quorumDecision ?? null;
    v.attendanceSnapshot = attendance;
    v.quorumSnapshot = quorum;
    v.approvedHash = minutesHash({ attendance, quorum, items });
  }
}

const signed = new Set(['APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED']);

/**
 * Writes the seeded minutes as the app would have: each version is written as a draft,
 * its items and decisions added, and only then is it given its signed status. The
 * database refuses to add text to a version that is already signed
 * (20261126150000_minutes_insert_guard); moving a draft on to a signed status is allowed.
 */
export async function insertSeededMinutes(tx: Tx, r: Pick<Rows, 'minutesVersion' | 'minutesItem' | 'decision'>): Promise<void> {
  if (r.minutesVersion.length)
    await tx.minutesVersion.createMany({ data: r.minutesVersion.map((v) => (signed.has(v.status ?? 'DRAFT') ? { ...v, status: 'DRAFT' as const } : v)) });
  if (r.minutesItem.length) await tx.minutesItem.createMany({ data: r.minutesItem });
  if (r.decision.length) await tx.decision.createMany({ data: r.decision });
  const byStatus = new Map<string, string[]>();
  for (const v of r.minutesVersion) {
    if (!v.status || !signed.has(v.status)) continue;
    byStatus.set(v.status, [...(byStatus.get(v.status) ?? []), v.id!]);
  }
  for (const [status, ids] of byStatus) {
    await tx.minutesVersion.updateMany({ where: { id: { in: ids } }, data: { status: status as NonNullable<Rows['minutesVersion'][number]['status']> } });
  }
}

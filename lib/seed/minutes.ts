import { attendanceStatusLabel } from '../attendance/labels';
import { minutesHash, type MinutesAttendanceText } from '../rules/minutes';
import type { Rows } from './rows';

const roleOrder = ['INDEPENDENT_CHAIR', 'CHAIR', 'VICE_CHAIR', 'MEMBER', 'ATTENDEE'];

/**
 * Seals the demo's approved minutes as the app would have: the attendance as recorded is
 * snapshotted, and the approved hash is of the minutes' canonical text (lib/rules/minutes),
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
    v.attendanceSnapshot = attendance;
    v.approvedHash = minutesHash({ attendance, items });
  }
}

/**
 * A member's attendance over a period, as committee systems publish it and terms-of-
 * reference reviews ask for it: of the meetings they were expected at (the board's
 * meetings that took place while they held the seat; cancelled meetings left out), how
 * many they attended in person, virtually, through their substitute, sent apologies for,
 * missed without a word, or have nothing recorded for yet.
 */
export type AttendanceMark = 'PRESENT' | 'VIRTUAL' | 'SUBSTITUTE_ATTENDED' | 'APOLOGIES' | 'ABSENT' | 'EXPECTED';

export type AttendanceTally = {
  expected: number;
  inPerson: number;
  virtually: number;
  substitute: number;
  apologies: number;
  absent: number;
  notRecorded: number;
};

export type SeatTenure = { startsOn: string | null; endsOn: string | null };
export type TakenMeeting = { id: string; day: string; cancelled: boolean };

/** Whether the seat was held on the meeting's day (a London day, YYYY-MM-DD). */
export const heldOn = (seat: SeatTenure, day: string) => (!seat.startsOn || seat.startsOn <= day) && (!seat.endsOn || seat.endsOn >= day);

/**
 * Counts one seat's record. `marks` is the recorded status per meeting id; a meeting the
 * seat was expected at with no mark (or still EXPECTED) counts as not recorded.
 */
export function tallyAttendance(seat: SeatTenure, meetings: readonly TakenMeeting[], marks: ReadonlyMap<string, AttendanceMark>): AttendanceTally {
  const tally: AttendanceTally = { expected: 0, inPerson: 0, virtually: 0, substitute: 0, apologies: 0, absent: 0, notRecorded: 0 };
  for (const meeting of meetings) {
    if (meeting.cancelled || !heldOn(seat, meeting.day)) continue;
    tally.expected++;
    switch (marks.get(meeting.id) ?? 'EXPECTED') {
      case 'PRESENT':
        tally.inPerson++;
        break;
      case 'VIRTUAL':
        tally.virtually++;
        break;
      case 'SUBSTITUTE_ATTENDED':
        tally.substitute++;
        break;
      case 'APOLOGIES':
        tally.apologies++;
        break;
      case 'ABSENT':
        tally.absent++;
        break;
      default:
        tally.notRecorded++;
    }
  }
  return tally;
}

/** The share of expected meetings the member attended themself (in person or virtually), in whole percent; null with none expected. */
export function attendedPercent(t: AttendanceTally): number | null {
  return t.expected === 0 ? null : Math.round((100 * (t.inPerson + t.virtually)) / t.expected);
}

/** Adds tallies up (an agency's seats, the whole board). */
export function sumTallies(tallies: readonly AttendanceTally[]): AttendanceTally {
  const total: AttendanceTally = { expected: 0, inPerson: 0, virtually: 0, substitute: 0, apologies: 0, absent: 0, notRecorded: 0 };
  for (const t of tallies) for (const k of Object.keys(total) as (keyof AttendanceTally)[]) total[k] += t[k];
  return total;
}

/**
 * How many board members count as present for the quorum: members present in person or
 * virtually, and nominated substitutes standing in for an absent member (the substitute
 * attends "in the member's place", 001). Counted per seat, so a member and their own
 * substitute both there fill one seat, not two. Attendees and officers presenting are
 * not members (001 separates them), and a vacant seat counts for nobody.
 */
export type SeatRoleForQuorum = 'INDEPENDENT_CHAIR' | 'CHAIR' | 'VICE_CHAIR' | 'MEMBER' | 'ATTENDEE';
export type AttendanceStatusForQuorum = 'EXPECTED' | 'PRESENT' | 'VIRTUAL' | 'APOLOGIES' | 'SUBSTITUTE_ATTENDED' | 'ABSENT';

const fillsTheSeat: ReadonlySet<AttendanceStatusForQuorum> = new Set(['PRESENT', 'VIRTUAL', 'SUBSTITUTE_ATTENDED']);

export function membersPresent(rows: readonly { seatId: string; seatRole: SeatRoleForQuorum; status: AttendanceStatusForQuorum }[]): number {
  const seats = new Set<string>();
  for (const row of rows) {
    if (row.seatRole === 'ATTENDEE') continue;
    if (fillsTheSeat.has(row.status)) seats.add(row.seatId);
  }
  return seats.size;
}

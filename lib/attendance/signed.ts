import type { Tx } from '../db/tenant';
import { AppError } from '../errors';

const SIGNED = ['APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED'] as const;

export const ATTENDANCE_SIGNED_MESSAGE =
  'The minutes of this meeting have been approved, and attendance is part of them. To change it, start a correction of the minutes; attendance can then be changed until the correction is approved.';

/**
 * Attendance belongs to the approved minutes (their snapshot and hash): while the
 * meeting's newest minutes version is signed, it changes only through a correction (a new
 * draft version). The database refuses the same (trigger attendance_signed); this says so
 * first, as a typed refusal the page can show.
 */
export async function assertAttendanceOpen(tx: Tx, meetingId: string): Promise<void> {
  const latest = await tx.minutesVersion.findFirst({ where: { meetingId }, orderBy: { versionNo: 'desc' }, select: { status: true } });
  if (latest && (SIGNED as readonly string[]).includes(latest.status)) throw new AppError('INVALID', ATTENDANCE_SIGNED_MESSAGE);
}

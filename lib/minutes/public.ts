import type { Tx } from '../db/tenant';
import type { MinutesAttendanceText } from '../rules/minutes';
import { versionSelect } from './load';

/**
 * A public board's minutes, for anyone: only versions the Chair has approved AND that have
 * been distributed to the members (distributed or confirmed; never a draft, a version with
 * the Chair, approved minutes the members have not yet received, or a superseded version),
 * newest meeting first. The caller has already checked the board is public.
 */
export async function publicMinutes(tx: Tx, boardId: string, take = 12) {
  const versions = await tx.minutesVersion.findMany({
    where: { meeting: { boardId, status: { not: 'CANCELLED' } }, status: { in: ['DISTRIBUTED', 'CONFIRMED'] }, approvedAt: { not: null }, distributedAt: { not: null } },
    orderBy: [{ meeting: { startsAt: 'desc' } }, { versionNo: 'desc' }],
    take,
    select: { ...versionSelect, meeting: { select: { id: true, title: true, startsAt: true } } },
  });
  return versions.map((v) => ({
    id: v.id,
    meeting: v.meeting,
    versionNo: v.versionNo,
    status: v.status,
    approvedBy: v.approvedBy?.name ?? null,
    approvedAt: v.approvedAt!,
    approvedHash: v.approvedHash,
    confirmedAt: v.confirmedAtMeeting ? { title: v.confirmedAtMeeting.title, startsAt: v.confirmedAtMeeting.startsAt } : null,
    attendance: Array.isArray(v.attendanceSnapshot) ? (v.attendanceSnapshot as MinutesAttendanceText[]) : null,
    items: v.items,
  }));
}
export type PublicMinutes = Awaited<ReturnType<typeof publicMinutes>>[number];

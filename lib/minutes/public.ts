import type { Prisma } from '../db/generated/prisma/client';
import type { Tx } from '../db/tenant';
import type { MinutesAttendanceText, MinutesDeclarationText } from '../rules/minutes';
import { versionSelect } from './load';

/**
 * A public board's minutes, for anyone: only versions the Chair has approved AND that have
 * been distributed to the members (distributed or confirmed; never a draft, a version with
 * the Chair, approved minutes the members have not yet received, or a superseded version),
 * newest meeting first. The caller has already checked the board is public.
 */
export const publishedWhere = (boardId: string) =>
  ({
    meeting: { boardId, status: { not: 'CANCELLED' } },
    status: { in: ['DISTRIBUTED', 'CONFIRMED'] },
    approvedAt: { not: null },
    distributedAt: { not: null },
  }) satisfies Prisma.MinutesVersionWhereInput;

const shapeHeader = (v: {
  id: string;
  versionNo: number;
  status: string;
  approvedAt: Date | null;
  approvedHash: string | null;
  approvedBy: { name: string } | null;
  confirmedAtMeeting: { title: string; startsAt: Date } | null;
  meeting: { id: string; title: string; startsAt: Date };
}) => ({
  id: v.id,
  meeting: v.meeting,
  versionNo: v.versionNo,
  status: v.status,
  approvedBy: v.approvedBy?.name ?? null,
  approvedAt: v.approvedAt!,
  approvedHash: v.approvedHash,
  confirmedAt: v.confirmedAtMeeting ? { title: v.confirmedAtMeeting.title, startsAt: v.confirmedAtMeeting.startsAt } : null,
});

/**
 * The board page's list of published minutes: who approved them and when, without their
 * text. Each document is its own page (publicMinutesVersion): twelve full documents made
 * the board page most of its 190 KB.
 */
export async function publicMinutes(tx: Tx, boardId: string, take = 12) {
  const versions = await tx.minutesVersion.findMany({
    where: publishedWhere(boardId),
    orderBy: [{ meeting: { startsAt: 'desc' } }, { versionNo: 'desc' }],
    take,
    select: {
      id: true,
      versionNo: true,
      status: true,
      approvedAt: true,
      approvedHash: true,
      approvedBy: { select: { name: true } },
      confirmedAtMeeting: { select: { title: true, startsAt: true } },
      meeting: { select: { id: true, title: true, startsAt: true } },
    },
  });
  return versions.map(shapeHeader);
}
export type PublicMinutes = Awaited<ReturnType<typeof publicMinutes>>[number];

/** One published version with its text, or null: unpublished, another board's, or no such id. */
export async function publicMinutesVersion(tx: Tx, boardId: string, id: string) {
  const v = await tx.minutesVersion.findFirst({
    where: { ...publishedWhere(boardId), id },
    select: { ...versionSelect, meeting: { select: { id: true, title: true, startsAt: true } } },
  });
  if (!v) return null;
  return {
    ...shapeHeader(v),
    attendance: Array.isArray(v.attendanceSnapshot) ? (v.attendanceSnapshot as MinutesAttendanceText[]) : null,
    quorum: v.quorumSnapshot,
    declarations: Array.isArray(v.declarationsSnapshot) ? (v.declarationsSnapshot as MinutesDeclarationText[]) : null,
    items: v.items,
  };
}
export type PublicMinutesVersion = NonNullable<Awaited<ReturnType<typeof publicMinutesVersion>>>;

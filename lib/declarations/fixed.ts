import type { Tx } from '../db/tenant';
import { isSignedMinutes, type MinutesStatus } from '../rules/minutes';

/** A meeting's declarations are fixed while the newest version of its minutes is signed (the database refuses too). */
export async function declarationsFixed(tx: Tx, meetingId: string): Promise<boolean> {
  const latest = await tx.minutesVersion.findFirst({ where: { meetingId }, orderBy: { versionNo: 'desc' }, select: { status: true } });
  return latest !== null && isSignedMinutes(latest.status as MinutesStatus);
}

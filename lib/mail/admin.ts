import type { PrismaClient } from '../db/generated/prisma/client';
import { withCouncil } from '../db/tenant';

/** MAIL_ALERT_MINUTES (default 60): mail still not delivered this long after it was queued raises the alert. */
export function mailAlertWindowMs(): number {
  const minutes = Number(process.env.MAIL_ALERT_MINUTES ?? 60);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 60) * 60_000;
}

const LIST_LIMIT = 200;

export type CouncilMailRow = {
  id: string;
  kind: string;
  toAddress: string;
  subject: string;
  status: 'PENDING' | 'FAILED';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
};

/**
 * A council's mail that has not been delivered: pending (with its next attempt and the
 * last error) and failed. Read through the council's tenant transaction, so row-level
 * security on the outbox answers only this council's messages.
 */
export async function listCouncilMail(councilId: string, prisma?: PrismaClient): Promise<CouncilMailRow[]> {
  return withCouncil(
    councilId,
    (tx) =>
      tx.outboxMessage.findMany({
        where: { councilId, status: { in: ['PENDING', 'FAILED'] } },
        orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
        take: LIST_LIMIT,
        select: { id: true, kind: true, toAddress: true, subject: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, createdAt: true },
      }),
    prisma,
  ) as Promise<CouncilMailRow[]>;
}

export type MailAlert = { failed: number; overdue: number; oldest: Date | null } | null;

/** The dashboard's alert: failed mail, or mail still pending after the window. Null when all is well. */
export async function councilMailAlert(councilId: string, now = new Date(), prisma?: PrismaClient): Promise<MailAlert> {
  const cutoff = new Date(now.getTime() - mailAlertWindowMs());
  return withCouncil(
    councilId,
    async (tx) => {
      const failed = await tx.outboxMessage.count({ where: { councilId, status: 'FAILED' } });
      const overdue = await tx.outboxMessage.count({ where: { councilId, status: 'PENDING', createdAt: { lt: cutoff } } });
      if (!failed && !overdue) return null;
      const oldest = await tx.outboxMessage.findFirst({
        where: { councilId, status: { in: ['PENDING', 'FAILED'] } },
        orderBy: { createdAt: 'asc' },
        select: { createdAt: true },
      });
      return { failed, overdue, oldest: oldest?.createdAt ?? null };
    },
    prisma,
  );
}

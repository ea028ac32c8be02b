import type { Prisma } from '../db/generated/prisma/client';
import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { actionRag, type ActionStatus as RuleStatus } from '../rules/action-rag';
import { londonDay } from '../rules/london-calendar';
import { dayString } from '../format';
import { z } from 'zod';

const statuses = ['OPEN', 'IN_PROGRESS', 'AWAITING_SIGN_OFF', 'CLOSED', 'DROPPED'] as const;

/** The action log's filters as they arrive in the URL; anything unknown is dropped. */
export const actionFilterSchema = z.object({
  status: z.enum(statuses).optional().catch(undefined),
  view: z.enum(['all', 'overdue', 'mine']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type ActionFilter = z.infer<typeof actionFilterSchema>;

export const ACTION_PAGE_SIZE = 50;

const ruleStatus: Record<(typeof statuses)[number], RuleStatus> = {
  OPEN: 'open',
  IN_PROGRESS: 'in-progress',
  AWAITING_SIGN_OFF: 'awaiting-sign-off',
  CLOSED: 'closed',
  DROPPED: 'dropped',
};

/** Open work whose effective due date (the agreed revision, else the original) has passed. */
export function overdueWhere(today: Date): Prisma.ActionWhereInput {
  return {
    status: { in: ['OPEN', 'IN_PROGRESS'] },
    OR: [{ agreedDueOn: null, dueOn: { lt: today } }, { agreedDueOn: { lt: today } }],
  };
}

export async function listActions(ctx: BoardContext, filter: ActionFilter, now = new Date()) {
  const todayDay = londonDay(now);
  const today = new Date(`${todayDay}T00:00:00Z`);
  const where: Prisma.ActionWhereInput = {
    boardId: ctx.board.id,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.view === 'overdue' ? overdueWhere(today) : {}),
    ...(filter.view === 'mine' ? { ownerSeat: { OR: [{ personId: ctx.actor.id }, { substitutePersonId: ctx.actor.id }] } } : {}),
  };
  const page = filter.page ?? 1;
  const { rows, total } = await withCouncil(ctx.council.id, async (tx) => {
    // One connection per transaction: its queries run one after another.
    const rows = await tx.action.findMany({
      where,
      orderBy: [{ dueOn: 'asc' }, { reference: 'asc' }],
      skip: (page - 1) * ACTION_PAGE_SIZE,
      take: ACTION_PAGE_SIZE,
      select: {
        id: true, reference: true, description: true, dueOn: true, agreedDueOn: true, status: true, ownerAgency: true,
        ownerSeat: { select: { position: true, person: { select: { name: true } } } },
        revisions: { where: { agreedAt: null }, orderBy: { proposedAt: 'desc' }, take: 1, select: { proposedDueOn: true, reason: true } },
        updates: { orderBy: { createdAt: 'desc' }, take: 1, select: { body: true, createdAt: true } },
      },
    });
    const total = await tx.action.count({ where });
    return { rows, total };
  });
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / ACTION_PAGE_SIZE)),
    rows: rows.map((a) => ({
      ...a,
      proposedRevision: a.revisions[0] ?? null,
      latestUpdate: a.updates[0] ?? null,
      rag: actionRag({
        status: ruleStatus[a.status],
        dueDate: dayString(a.dueOn),
        revisedDueDate: a.agreedDueOn ? dayString(a.agreedDueOn) : null,
        today: todayDay,
      }),
    })),
  };
}

import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';

/** The board's improvement plans, the current one by theme, and findings with no action answering them. */
export async function getPlanByTheme(ctx: BoardContext, planId?: string) {
  return withCouncil(ctx.council.id, async (tx) => {
    const plans = await tx.improvementPlan.findMany({
      where: { boardId: ctx.board.id },
      orderBy: { createdAt: 'desc' },
      select: { id: true, title: true, status: true },
    });
    const chosen = plans.find((p) => p.id === planId) ?? plans[0];
    if (!chosen) return { plans, plan: null };
    const plan = await tx.improvementPlan.findFirst({
      where: { id: chosen.id },
      select: {
        id: true, title: true, status: true, approvedAt: true, submissionDeadline: true,
        inspection: {
          select: {
            kind: true, title: true, visitedOn: true, judgement: true,
            findings: {
              orderBy: { position: 'asc' },
              select: { id: true, kind: true, reference: true, text: true, _count: { select: { answeredBy: true } } },
            },
          },
        },
        themes: {
          orderBy: { position: 'asc' },
          select: {
            id: true, name: true,
            actions: {
              orderBy: { reference: 'asc' },
              select: {
                id: true, reference: true, description: true, leadOfficer: true, dueOn: true, agreedDueOn: true, status: true, rag: true,
                scrutinyBody: { select: { name: true } },
                secondScrutinyBody: { select: { name: true } },
                agencies: { select: { agency: { select: { name: true } } } },
                findings: { select: { finding: { select: { reference: true } } } },
              },
            },
          },
        },
      },
    });
    return { plans, plan };
  });
}

import { boardOf, type ActionContext } from '../../action/define';
import { AppError } from '../../errors';

/**
 * The plan an action's form names, if it is a plan of the route's board; another
 * board's plan (or another council's, which row-level security hides) is not found.
 */
export async function planOfBoard(ctx: ActionContext, planId: string, { open = false } = {}) {
  const plan = await ctx.tx.improvementPlan.findFirst({
    where: { id: planId, boardId: boardOf(ctx).id },
    select: { id: true, title: true, status: true, inspectionId: true },
  });
  if (!plan) throw new AppError('NOT_FOUND', 'That plan was not found');
  if (open && plan.status === 'CLOSED') throw new AppError('INVALID', 'This plan is closed: its actions and measures can no longer be changed');
  return plan;
}

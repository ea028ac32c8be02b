// Carrying the previous plan's outstanding actions into this one, or closing them (004 5.4).

import { boardOf, defineAction } from '../../action/define';
import { AppError, invalid } from '../../errors';
import { loadPlan } from '../guards';
import { carryOverSchema } from '../schema';

/**
 * Each outstanding action of the previous plan is carried into an action of this plan or
 * closed with a reason. Deciding again replaces the earlier choice while this plan is a
 * draft or approved; once in delivery the mapping is fixed.
 */
export const carryOver = defineAction({
  name: 'plans.carry-over',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: carryOverSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const plan = await loadPlan(ctx.tx, board.id, input.planId);
    if (!plan.previousPlanId) throw new AppError('CONFLICT', 'This plan does not follow an earlier plan, so there is nothing to carry over');
    if (plan.status !== 'DRAFT' && plan.status !== 'APPROVED')
      throw new AppError('CONFLICT', 'This plan is in delivery: its carry-over is fixed and can no longer change');
    const from = await ctx.tx.planAction.findFirst({
      where: { id: input.fromActionId, planId: plan.previousPlanId },
      select: { id: true, reference: true, status: true },
    });
    if (!from) throw new AppError('NOT_FOUND', 'That action of the previous plan was not found');
    if (from.status === 'SIGNED_OFF') throw invalid({ toActionId: `${from.reference} was signed off by the board: it is complete and needs no carrying over` });
    let to: { id: string; reference: string } | null = null;
    if (input.toActionId) {
      to = await ctx.tx.planAction.findFirst({ where: { id: input.toActionId, planId: plan.id }, select: { id: true, reference: true } });
      if (!to) throw invalid({ toActionId: 'Choose an action of this plan' });
    }
    const before = await ctx.tx.planCarryOver.findUnique({
      where: { fromPlanActionId: from.id },
      select: { toPlanActionId: true, closedReason: true, to: { select: { planId: true, reference: true, plan: { select: { title: true } } } } },
    });
    // another plan following the same old plan may have carried it already: that mapping is that plan's to change
    if (before?.to && before.to.planId !== plan.id) {
      throw new AppError(
        'CONFLICT',
        `${from.reference} is already carried into ${before.to.reference} of “${before.to.plan.title}”: that plan’s mapping is not changed from here`,
      );
    }
    const row = { toPlanActionId: to?.id ?? null, closedReason: to ? null : input.closedReason };
    await ctx.tx.planCarryOver.upsert({
      where: { fromPlanActionId: from.id },
      create: { councilId: ctx.council.id, fromPlanActionId: from.id, ...row },
      update: row,
    });
    await ctx.tx.planAction.update({ where: { id: from.id }, data: { status: to ? 'CARRIED_OVER' : 'CLOSED', rag: 'BLUE', version: { increment: 1 } } });
    return {
      data: { fromActionId: from.id, toActionId: to?.id ?? null },
      message: to ? `${from.reference} carried into ${to.reference}` : `${from.reference} closed: ${input.closedReason}`,
      audit: [
        {
          kind: 'plans.carry-over',
          entityType: 'PlanAction',
          entityId: from.id,
          before: { status: from.status, toPlanActionId: before?.toPlanActionId ?? null, closedReason: before?.closedReason ?? null },
          after: { status: to ? 'CARRIED_OVER' : 'CLOSED', ...row, planId: plan.id },
        },
      ],
    };
  },
});

// A plan's actions, their milestones, and the council-wide agencies and scrutiny bodies an action names.

import { boardOf, defineAction, type ActionContext } from '../../action/define';
import { dbDay } from '../../forms/fields';
import { AppError, conflict, invalid } from '../../errors';
import { londonDay } from '../../rules/london-calendar';
import { FINISHED_ACTION_STATUSES, scrutinyIssues } from '../../rules/plans';
import { ragFor } from '../action-rag';
import {
  actionFormValues,
  checkAgencies,
  checkBodies,
  checkFindings,
  checkTheme,
  loadChangeablePlanAction,
  loadPlan,
  loadPlanAction,
  nextActionReference,
  refuseIfFinished,
  refuseIfPlanClosed,
} from '../guards';
import { addAgencySchema, addMilestoneSchema, addScrutinyBodySchema, completeMilestoneSchema, createActionSchema, updateActionSchema } from '../schema';

async function checkActionFields(
  ctx: ActionContext,
  plan: { id: string; inspectionId: string | null },
  input: {
    themeId: string;
    findingIds: string[];
    agencyIds: string[];
    deliveryBodyId: string | null;
    scrutinyBodyId: string | null;
    secondScrutinyBodyId: string | null;
  },
) {
  const scrutiny = scrutinyIssues(input.scrutinyBodyId, input.secondScrutinyBodyId);
  if (Object.keys(scrutiny).length) throw invalid(scrutiny);
  const theme = await checkTheme(ctx.tx, plan.id, input.themeId);
  await checkFindings(ctx.tx, plan.inspectionId, input.findingIds);
  await checkAgencies(ctx.tx, input.agencyIds);
  await checkBodies(ctx.tx, { deliveryBodyId: input.deliveryBodyId, scrutinyBodyId: input.scrutinyBodyId, secondScrutinyBodyId: input.secondScrutinyBodyId });
  return theme;
}

async function refuseTakenReference(ctx: ActionContext, planId: string, reference: string, exceptId?: string) {
  const taken = await ctx.tx.planAction.findFirst({ where: { planId, reference, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw invalid({ reference: `Another action of this plan is ${reference}: choose a different reference` });
}

export const createPlanAction = defineAction({
  name: 'plans.actions.create',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: createActionSchema,
  async run(ctx, input) {
    const plan = await loadPlan(ctx.tx, boardOf(ctx).id, input.planId);
    refuseIfPlanClosed(plan);
    const theme = await checkActionFields(ctx, plan, input);
    const reference = input.reference ?? (await nextActionReference(ctx.tx, plan.id, theme));
    await refuseTakenReference(ctx, plan.id, reference);
    const dueOn = dbDay(input.dueOn);
    const councilId = ctx.council.id;
    const action = await ctx.tx.planAction.create({
      data: {
        councilId,
        planId: plan.id,
        themeId: theme.id,
        reference,
        description: input.description,
        leadOfficer: input.leadOfficer,
        dueOn,
        status: 'NOT_STARTED',
        rag: ragFor(ctx, 'NOT_STARTED', dueOn, null),
        createdAt: ctx.now,
        deliveryBodyId: input.deliveryBodyId,
        scrutinyBodyId: input.scrutinyBodyId,
        secondScrutinyBodyId: input.secondScrutinyBodyId,
        findings: { create: input.findingIds.map((findingId) => ({ councilId, findingId })) },
        agencies: { create: input.agencyIds.map((agencyId) => ({ councilId, agencyId })) },
      },
      select: { id: true },
    });
    return {
      data: { id: action.id, reference },
      message: `Action ${reference} added`,
      audit: [{ kind: 'plans.actions.create', entityType: 'PlanAction', entityId: action.id, after: { ...input, reference } }],
    };
  },
});

/**
 * An administrator edits an action. Its due date is not edited here: a new date is
 * proposed and counts once a meeting agrees it. A signed-off action is refused.
 */
export const updatePlanAction = defineAction({
  name: 'plans.actions.update',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: updateActionSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const plan = await loadPlan(ctx.tx, board.id, input.planId);
    const action = await loadPlanAction(ctx.tx, board.id, plan.id, input.actionId);
    refuseIfPlanClosed(plan);
    refuseIfFinished(action);
    await checkActionFields(ctx, plan, input);
    const reference = input.reference ?? action.reference;
    await refuseTakenReference(ctx, plan.id, reference, action.id);
    const { count } = await ctx.tx.planAction.updateMany({
      where: { id: action.id, version: input.version, status: { notIn: [...FINISHED_ACTION_STATUSES] } },
      data: {
        themeId: input.themeId,
        reference,
        description: input.description,
        leadOfficer: input.leadOfficer,
        status: input.status,
        rag: ragFor(ctx, input.status, action.dueOn, action.agreedDueOn),
        deliveryBodyId: input.deliveryBodyId,
        scrutinyBodyId: input.scrutinyBodyId,
        secondScrutinyBodyId: input.secondScrutinyBodyId,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const current = await loadPlanAction(ctx.tx, board.id, plan.id, action.id);
      refuseIfFinished(current);
      throw conflict(actionFormValues(current));
    }
    const councilId = ctx.council.id;
    await ctx.tx.planActionFinding.deleteMany({ where: { planActionId: action.id } });
    await ctx.tx.planActionFinding.createMany({ data: input.findingIds.map((findingId) => ({ councilId, planActionId: action.id, findingId })) });
    await ctx.tx.planActionAgency.deleteMany({ where: { planActionId: action.id } });
    await ctx.tx.planActionAgency.createMany({ data: input.agencyIds.map((agencyId) => ({ councilId, planActionId: action.id, agencyId })) });
    const { planId: _p, actionId: _a, version: _v, ...after } = input;
    return {
      data: { id: action.id },
      message: `Action ${reference} saved`,
      audit: [
        {
          kind: 'plans.actions.update',
          entityType: 'PlanAction',
          entityId: action.id,
          before: { ...actionFormValues(action), findingIds: action.findings.map((f) => f.findingId), agencyIds: action.agencies.map((a) => a.agencyId) },
          after: { ...after, reference },
        },
      ],
    };
  },
});

export const addMilestone = defineAction({
  name: 'plans.milestones.add',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: addMilestoneSchema,
  async run(ctx, input) {
    const action = await loadChangeablePlanAction(ctx.tx, boardOf(ctx).id, input.planId, input.actionId);
    const m = await ctx.tx.planMilestone.create({
      data: { councilId: ctx.council.id, planActionId: action.id, title: input.title, dueOn: dbDay(input.dueOn) },
      select: { id: true },
    });
    return {
      data: { id: m.id },
      message: 'Milestone added',
      audit: [
        {
          kind: 'plans.milestones.add',
          entityType: 'PlanMilestone',
          entityId: m.id,
          after: { planActionId: action.id, title: input.title, dueOn: input.dueOn },
        },
      ],
    };
  },
});

export const completeMilestone = defineAction({
  name: 'plans.milestones.complete',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: completeMilestoneSchema,
  async run(ctx, input) {
    const action = await loadChangeablePlanAction(ctx.tx, boardOf(ctx).id, input.planId, input.actionId);
    const m = await ctx.tx.planMilestone.findFirst({
      where: { id: input.milestoneId, planActionId: action.id },
      select: { id: true, title: true, completedOn: true },
    });
    if (!m) throw new AppError('NOT_FOUND', 'That milestone was not found');
    if (input.completedOn > londonDay(ctx.now)) throw invalid({ completedOn: 'The completion date must be today or in the past' });
    await ctx.tx.planMilestone.update({ where: { id: m.id }, data: { completedOn: dbDay(input.completedOn) } });
    return {
      data: { id: m.id },
      message: `Milestone “${m.title}” marked complete`,
      audit: [
        {
          kind: 'plans.milestones.complete',
          entityType: 'PlanMilestone',
          entityId: m.id,
          before: { completedOn: m.completedOn },
          after: { completedOn: input.completedOn },
        },
      ],
    };
  },
});

// ---------- council-wide lists, edited from the plan ----------

export const addAgency = defineAction({
  name: 'plans.agencies.add',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: addAgencySchema,
  async run(ctx, input) {
    await loadPlan(ctx.tx, boardOf(ctx).id, input.planId);
    const taken = await ctx.tx.partnerAgency.findFirst({ where: { name: { equals: input.name, mode: 'insensitive' } }, select: { id: true } });
    if (taken) throw invalid({ name: 'An agency with that name is already on the list' });
    const agency = await ctx.tx.partnerAgency.create({ data: { councilId: ctx.council.id, name: input.name, kind: input.kind }, select: { id: true } });
    return {
      data: { id: agency.id },
      message: `${input.name} added to the partner agencies`,
      audit: [{ kind: 'plans.agencies.add', entityType: 'PartnerAgency', entityId: agency.id, after: { name: input.name, kind: input.kind } }],
    };
  },
});

export const addScrutinyBody = defineAction({
  name: 'plans.scrutiny-bodies.add',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: addScrutinyBodySchema,
  async run(ctx, input) {
    await loadPlan(ctx.tx, boardOf(ctx).id, input.planId);
    const taken = await ctx.tx.scrutinyBody.findFirst({ where: { name: { equals: input.name, mode: 'insensitive' } }, select: { id: true } });
    if (taken) throw invalid({ name: 'A body with that name is already on the list' });
    const body = await ctx.tx.scrutinyBody.create({ data: { councilId: ctx.council.id, name: input.name }, select: { id: true } });
    return {
      data: { id: body.id },
      message: `${input.name} added to the boards and panels`,
      audit: [{ kind: 'plans.scrutiny-bodies.add', entityType: 'ScrutinyBody', entityId: body.id, after: { name: input.name } }],
    };
  },
});

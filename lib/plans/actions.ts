import { boardOf, defineAction, type ActionContext } from '../action/define';
import { dbDay } from '../forms/fields';
import { AppError, conflict, invalid } from '../errors';
import { dayString } from '../format';
import { resolveAgreedMeeting } from '../meetings/agreed-meeting';
import { revisionRefusal } from '../rules/action-log';
import { londonDay } from '../rules/london-calendar';
import { DEFAULT_PLAN_THEMES, FINISHED_ACTION_STATUSES, checkStatusChange, planActionRag, scrutinyIssues, type PlanActionStatus } from '../rules/plans';
import {
  actionFormValues, carryOverState, checkAgencies, checkBodies, checkFindings, checkTheme, loadChangeablePlanAction, loadPlan, loadPlanAction, nextActionReference,
  refuseIfFinished, refuseIfPlanClosed,
} from './guards';
import {
  NEW_INSPECTION, addAgencySchema, addFindingsSchema, addMilestoneSchema, addScrutinyBodySchema, addThemeSchema, agreeDueDateSchema, approvePlanSchema,
  carryOverSchema, completeMilestoneSchema, createActionSchema, createPlanSchema, findingFields, moveThemeSchema, planStatusSchema, proposeDueDateSchema,
  renameThemeSchema, reopenSchema, signOffSchema, updateActionSchema, updatePlanSchema,
} from './schema';

const ragFor = (ctx: ActionContext, status: PlanActionStatus, dueOn: Date, agreedDueOn: Date | null) =>
  planActionRag({ status, dueOn: dayString(dueOn), agreedDueOn: agreedDueOn && dayString(agreedDueOn), today: londonDay(ctx.now) });

// ---------- plans ----------

/**
 * An administrator starts a plan answering an inspection: one already on record, or a new
 * one entered here with its findings (one a line, by kind). The plan starts as a draft
 * with Blackpool's six themes (004 5.6), and may name the plan it follows (004 5.4).
 */
export const createPlan = defineAction({
  name: 'plans.create',
  scope: 'board',
  resource: 'plan',
  operation: 'create',
  schema: createPlanSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const councilId = ctx.council.id;
    if (input.previousPlanId) await loadPlan(ctx.tx, board.id, input.previousPlanId);
    let inspectionId: string;
    if (input.inspectionChoice === NEW_INSPECTION) {
      const inspection = await ctx.tx.inspection.create({
        data: {
          councilId,
          kind: input.inspectionKind as 'FULL_INSPECTION',
          title: input.inspectionTitle ?? '',
          visitedOn: dbDay(input.visitedOn ?? ''),
          judgement: input.judgement as 'INADEQUATE',
        },
        select: { id: true },
      });
      inspectionId = inspection.id;
      let position = 0;
      for (const f of findingFields) {
        const texts = input[f.name];
        for (const [i, text] of texts.entries()) {
          position += 1;
          await ctx.tx.inspectionFinding.create({ data: { councilId, inspectionId, kind: f.kind, reference: `${f.prefix}${i + 1}`, text, position } });
        }
      }
    } else {
      // an inspection is named by one of this board's plans, so another board's is not offered
      const known = await ctx.tx.inspection.findFirst({ where: { id: input.inspectionChoice, plans: { some: { boardId: board.id } } }, select: { id: true } });
      if (!known) throw new AppError('NOT_FOUND', 'That inspection was not found');
      if (findingFields.some((f) => input[f.name].length > 0)) {
        throw invalid({ priorityActions: 'Findings are entered only with a new inspection: add them to the chosen inspection from the plan’s findings page' });
      }
      inspectionId = known.id;
    }
    const plan = await ctx.tx.improvementPlan.create({
      data: {
        councilId, boardId: board.id, inspectionId, title: input.title, status: 'DRAFT',
        submissionDeadline: input.submissionDeadline ? dbDay(input.submissionDeadline) : null,
        previousPlanId: input.previousPlanId,
        themes: { create: DEFAULT_PLAN_THEMES.map((name, i) => ({ councilId, name, position: i + 1 })) },
      },
      select: { id: true },
    });
    return {
      data: { id: plan.id },
      message: `Plan “${input.title}” started`,
      audit: [{ kind: 'plans.create', entityType: 'ImprovementPlan', entityId: plan.id, after: { title: input.title, inspectionId, previousPlanId: input.previousPlanId, submissionDeadline: input.submissionDeadline } }],
    };
  },
});

export const updatePlan = defineAction({
  name: 'plans.update',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: updatePlanSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const plan = await loadPlan(ctx.tx, board.id, input.planId);
    const data = {
      title: input.title,
      submissionDeadline: input.submissionDeadline ? dbDay(input.submissionDeadline) : null,
      submittedAt: input.submittedOn ? dbDay(input.submittedOn) : null,
    };
    const { count } = await ctx.tx.improvementPlan.updateMany({ where: { id: plan.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) {
      const now = await loadPlan(ctx.tx, board.id, plan.id);
      throw conflict({
        version: String(now.version), title: now.title,
        submissionDeadline: now.submissionDeadline ? dayString(now.submissionDeadline) : '', submittedOn: now.submittedAt ? dayString(now.submittedAt) : '',
      });
    }
    return {
      data: { id: plan.id },
      message: 'Plan details saved',
      audit: [{
        kind: 'plans.update', entityType: 'ImprovementPlan', entityId: plan.id,
        before: { title: plan.title, submissionDeadline: plan.submissionDeadline, submittedAt: plan.submittedAt },
        after: { title: input.title, submissionDeadline: input.submissionDeadline, submittedOn: input.submittedOn },
      }],
    };
  },
});

/** Findings added to the plan's inspection, one a line, numbered after those of their kind. */
export const addFindings = defineAction({
  name: 'plans.findings.add',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: addFindingsSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const plan = await loadPlan(ctx.tx, board.id, input.planId);
    refuseIfPlanClosed(plan);
    if (!plan.inspectionId) throw new AppError('CONFLICT', 'This plan answers no inspection, so it has no findings to add to');
    const prefix = findingFields.find((f) => f.kind === input.kind)?.prefix ?? 'F';
    const existing = await ctx.tx.inspectionFinding.findMany({ where: { inspectionId: plan.inspectionId }, select: { kind: true, reference: true, position: true } });
    let number = Math.max(0, ...existing.filter((f) => f.kind === input.kind).map((f) => Number(f.reference.slice(prefix.length))).filter(Number.isInteger));
    let position = Math.max(0, ...existing.map((f) => f.position));
    const created: string[] = [];
    for (const text of input.text) {
      number += 1;
      position += 1;
      const reference = `${prefix}${number}`;
      await ctx.tx.inspectionFinding.create({ data: { councilId: ctx.council.id, inspectionId: plan.inspectionId, kind: input.kind, reference, text, position } });
      created.push(reference);
    }
    return {
      data: { references: created },
      message: `Added ${created.join(', ')}`,
      audit: [{ kind: 'plans.findings.add', entityType: 'Inspection', entityId: plan.inspectionId, after: { kind: input.kind, references: created, text: input.text } }],
    };
  },
});

async function changeStatus(ctx: ActionContext, planId: string, version: number, to: 'DRAFT' | 'APPROVED' | 'IN_DELIVERY' | 'TRANSITION' | 'CLOSED') {
  const board = boardOf(ctx);
  const plan = await loadPlan(ctx.tx, board.id, planId);
  const actions = await ctx.tx.planAction.findMany({ where: { planId: plan.id }, orderBy: { reference: 'asc' }, select: { reference: true, status: true } });
  const { check } = await carryOverState(ctx.tx, plan.previousPlanId);
  const verdict = checkStatusChange({ from: plan.status, to, actions, lostFromPrevious: check.lost });
  if (!verdict.ok) throw invalid({ status: [verdict.reason] });
  const approval = to === 'APPROVED' ? { approvedById: ctx.actor.id, approvedAt: ctx.now } : to === 'DRAFT' ? { approvedById: null, approvedAt: null } : {};
  const { count } = await ctx.tx.improvementPlan.updateMany({
    where: { id: plan.id, version, status: plan.status },
    data: { status: to, ...approval, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError('CONFLICT', 'Someone else changed this plan while you were looking at it. Reload the page and check its status.');
  return {
    data: { id: plan.id, status: to },
    audit: [{ kind: to === 'APPROVED' ? ('plans.approve' as const) : ('plans.status' as const), entityType: 'ImprovementPlan', entityId: plan.id, before: { status: plan.status }, after: { status: to, ...approval } }],
  };
}

/** The Chair approves a draft plan; who and when are recorded. */
export const approvePlan = defineAction({
  name: 'plans.approve',
  scope: 'board',
  resource: 'plan',
  operation: 'approve',
  schema: approvePlanSchema,
  async run(ctx, input) {
    const result = await changeStatus(ctx, input.planId, input.version, 'APPROVED');
    return { ...result, message: 'Plan approved' };
  },
});

/**
 * An administrator moves the plan on: into delivery, back to draft before delivery, to
 * transition once every action is signed off, closed or carried, and then closed.
 * Approval is the Chair's alone.
 */
export const changePlanStatus = defineAction({
  name: 'plans.status',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: planStatusSchema,
  async run(ctx, input) {
    if (input.status === 'APPROVED') throw invalid({ status: 'Only the Chair approves a plan' });
    const result = await changeStatus(ctx, input.planId, input.version, input.status);
    return { ...result, message: `Plan status changed to ${input.status.toLowerCase().replace('_', ' ')}` };
  },
});

// ---------- themes ----------

export const addTheme = defineAction({
  name: 'plans.themes.add',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: addThemeSchema,
  async run(ctx, input) {
    const plan = await loadPlan(ctx.tx, boardOf(ctx).id, input.planId);
    refuseIfPlanClosed(plan);
    const taken = await ctx.tx.planTheme.findFirst({ where: { planId: plan.id, name: { equals: input.name, mode: 'insensitive' } }, select: { id: true } });
    if (taken) throw invalid({ name: 'This plan already has a theme with that name' });
    const last = await ctx.tx.planTheme.findFirst({ where: { planId: plan.id }, orderBy: { position: 'desc' }, select: { position: true } });
    const theme = await ctx.tx.planTheme.create({ data: { councilId: ctx.council.id, planId: plan.id, name: input.name, position: (last?.position ?? 0) + 1 }, select: { id: true } });
    return { data: { id: theme.id }, message: `Theme “${input.name}” added`, audit: [{ kind: 'plans.themes.add', entityType: 'PlanTheme', entityId: theme.id, after: { planId: plan.id, name: input.name } }] };
  },
});

export const renameTheme = defineAction({
  name: 'plans.themes.rename',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: renameThemeSchema,
  async run(ctx, input) {
    const plan = await loadPlan(ctx.tx, boardOf(ctx).id, input.planId);
    refuseIfPlanClosed(plan);
    const theme = await ctx.tx.planTheme.findFirst({ where: { id: input.themeId, planId: plan.id }, select: { id: true, name: true } });
    if (!theme) throw new AppError('NOT_FOUND', 'That theme was not found');
    const taken = await ctx.tx.planTheme.findFirst({ where: { planId: plan.id, id: { not: theme.id }, name: { equals: input.name, mode: 'insensitive' } }, select: { id: true } });
    if (taken) throw invalid({ name: 'This plan already has a theme with that name' });
    await ctx.tx.planTheme.update({ where: { id: theme.id }, data: { name: input.name } });
    return { data: { id: theme.id }, message: `Theme renamed “${input.name}”`, audit: [{ kind: 'plans.themes.rename', entityType: 'PlanTheme', entityId: theme.id, before: { name: theme.name }, after: { name: input.name } }] };
  },
});

export const moveTheme = defineAction({
  name: 'plans.themes.move',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: moveThemeSchema,
  async run(ctx, input) {
    const plan = await loadPlan(ctx.tx, boardOf(ctx).id, input.planId);
    const themes = await ctx.tx.planTheme.findMany({ where: { planId: plan.id }, orderBy: { position: 'asc' }, select: { id: true, name: true, position: true } });
    const i = themes.findIndex((t) => t.id === input.themeId);
    if (i < 0) throw new AppError('NOT_FOUND', 'That theme was not found');
    const j = input.direction === 'up' ? i - 1 : i + 1;
    const [a, b] = [themes[i], themes[j]];
    if (!a || !b) return { data: { id: input.themeId }, message: `“${a?.name}” is already ${input.direction === 'up' ? 'first' : 'last'}`, audit: [] };
    // positions are not unique, so a plain swap is safe
    await ctx.tx.planTheme.update({ where: { id: a.id }, data: { position: b.position } });
    await ctx.tx.planTheme.update({ where: { id: b.id }, data: { position: a.position } });
    return { data: { id: a.id }, message: `“${a.name}” moved ${input.direction}`, audit: [{ kind: 'plans.themes.move', entityType: 'PlanTheme', entityId: a.id, before: { position: a.position }, after: { position: b.position } }] };
  },
});

// ---------- plan actions ----------

async function checkActionFields(ctx: ActionContext, plan: { id: string; inspectionId: string | null }, input: {
  themeId: string; findingIds: string[]; agencyIds: string[]; deliveryBodyId: string | null; scrutinyBodyId: string | null; secondScrutinyBodyId: string | null;
}) {
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
        councilId, planId: plan.id, themeId: theme.id, reference, description: input.description, leadOfficer: input.leadOfficer, dueOn,
        status: 'NOT_STARTED', rag: ragFor(ctx, 'NOT_STARTED', dueOn, null), createdAt: ctx.now,
        deliveryBodyId: input.deliveryBodyId, scrutinyBodyId: input.scrutinyBodyId, secondScrutinyBodyId: input.secondScrutinyBodyId,
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
        themeId: input.themeId, reference, description: input.description, leadOfficer: input.leadOfficer, status: input.status,
        rag: ragFor(ctx, input.status, action.dueOn, action.agreedDueOn),
        deliveryBodyId: input.deliveryBodyId, scrutinyBodyId: input.scrutinyBodyId, secondScrutinyBodyId: input.secondScrutinyBodyId,
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
      audit: [{
        kind: 'plans.actions.update', entityType: 'PlanAction', entityId: action.id,
        before: { ...actionFormValues(action), findingIds: action.findings.map((f) => f.findingId), agencyIds: action.agencies.map((a) => a.agencyId) },
        after: { ...after, reference },
      }],
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
    const m = await ctx.tx.planMilestone.create({ data: { councilId: ctx.council.id, planActionId: action.id, title: input.title, dueOn: dbDay(input.dueOn) }, select: { id: true } });
    return { data: { id: m.id }, message: 'Milestone added', audit: [{ kind: 'plans.milestones.add', entityType: 'PlanMilestone', entityId: m.id, after: { planActionId: action.id, title: input.title, dueOn: input.dueOn } }] };
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
    const m = await ctx.tx.planMilestone.findFirst({ where: { id: input.milestoneId, planActionId: action.id }, select: { id: true, title: true, completedOn: true } });
    if (!m) throw new AppError('NOT_FOUND', 'That milestone was not found');
    if (input.completedOn > londonDay(ctx.now)) throw invalid({ completedOn: 'The completion date must be today or in the past' });
    await ctx.tx.planMilestone.update({ where: { id: m.id }, data: { completedOn: dbDay(input.completedOn) } });
    return { data: { id: m.id }, message: `Milestone “${m.title}” marked complete`, audit: [{ kind: 'plans.milestones.complete', entityType: 'PlanMilestone', entityId: m.id, before: { completedOn: m.completedOn }, after: { completedOn: input.completedOn } }] };
  },
});

// ---------- due date revisions (the action log's rule, 001 item 5) ----------

/** A revised due date is proposed with a reason; it counts only once a meeting agrees it. */
export const proposeDueDate = defineAction({
  name: 'plans.due-date.propose',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: proposeDueDateSchema,
  async run(ctx, input) {
    const action = await loadChangeablePlanAction(ctx.tx, boardOf(ctx).id, input.planId, input.actionId);
    const current = dayString(action.agreedDueOn ?? action.dueOn);
    const pending = await ctx.tx.planActionDueDateRevision.findFirst({ where: { planActionId: action.id, agreedAt: null }, select: { id: true, proposedDueOn: true } });
    // the action log's rule: a real change of date, not in the past, not one already waiting
    const refusal = revisionRefusal({ effectiveDue: current, proposed: input.proposedDueOn, pending: pending && dayString(pending.proposedDueOn), today: londonDay(ctx.now) });
    if (refusal) throw invalid({ proposedDueOn: refusal });
    if (pending) throw invalid({ proposedDueOn: 'A revised date is already waiting for a meeting to agree it: record that agreement first' });
    const revision = await ctx.tx.planActionDueDateRevision.create({
      data: { councilId: ctx.council.id, planActionId: action.id, previousDueOn: dbDay(current), proposedDueOn: dbDay(input.proposedDueOn), reason: input.reason, proposedById: ctx.actor.id, proposedAt: ctx.now },
      select: { id: true },
    });
    return {
      data: { id: revision.id },
      message: 'Revised date proposed. It counts once the board agrees it at a meeting',
      audit: [{ kind: 'plans.due-date.propose', entityType: 'PlanAction', entityId: action.id, after: { previousDueOn: current, proposedDueOn: input.proposedDueOn, reason: input.reason } }],
    };
  },
});

export const agreeDueDate = defineAction({
  name: 'plans.due-date.agree',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: agreeDueDateSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const action = await loadChangeablePlanAction(ctx.tx, board.id, input.planId, input.actionId);
    const revision = await ctx.tx.planActionDueDateRevision.findFirst({
      where: { id: input.revisionId, planActionId: action.id },
      select: { id: true, proposedDueOn: true, proposedAt: true, agreedAt: true },
    });
    if (!revision) throw new AppError('NOT_FOUND', 'That revised date was not found');
    if (revision.agreedAt) throw new AppError('CONFLICT', 'That revised date has already been agreed');
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.meetingId, ctx.now, 'meetingId', {
      at: revision.proposedAt,
      message: 'Choose a meeting held after the new date was proposed: an earlier meeting cannot have agreed it',
    });
    // only an unagreed revision is agreed: of two agreements at once, the second finds none
    const { count } = await ctx.tx.planActionDueDateRevision.updateMany({ where: { id: revision.id, agreedAt: null }, data: { agreedAtMeetingId: meeting?.id, agreedAt: ctx.now } });
    if (count === 0) throw new AppError('CONFLICT', 'That revised date has already been agreed');
    await ctx.tx.planAction.update({
      where: { id: action.id },
      data: { agreedDueOn: revision.proposedDueOn, rag: ragFor(ctx, action.status, action.dueOn, revision.proposedDueOn), version: { increment: 1 } },
    });
    return {
      data: { id: revision.id },
      message: `New due date agreed at ${meeting?.title}`,
      audit: [{ kind: 'plans.due-date.agree', entityType: 'PlanAction', entityId: action.id, before: { agreedDueOn: action.agreedDueOn }, after: { agreedDueOn: dayString(revision.proposedDueOn), meetingId: meeting?.id } }],
    };
  },
});

// ---------- sign-off (004 5.9) ----------

/**
 * The board agrees an action complete at one of its meetings that has taken place. The
 * meeting, who proposed it and the evidence seen are recorded; the action is then fixed.
 */
export const signOffAction = defineAction({
  name: 'plans.actions.sign-off',
  scope: 'board',
  resource: 'plan',
  operation: 'sign-off',
  schema: signOffSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const action = await loadChangeablePlanAction(ctx.tx, board.id, input.planId, input.actionId);
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.meetingId, ctx.now, 'meetingId', {
      at: action.createdAt,
      message: 'Choose a meeting held after the action was added to the plan: an earlier meeting cannot have signed it off',
    });
    if (!meeting) throw invalid({ meetingId: 'Choose the meeting at which the board signed the action off' });
    const { count } = await ctx.tx.planAction.updateMany({
      where: { id: action.id, version: input.version, status: { notIn: [...FINISHED_ACTION_STATUSES] } },
      data: { status: 'SIGNED_OFF', rag: 'BLUE', version: { increment: 1 } },
    });
    if (count === 0) {
      refuseIfFinished(await loadPlanAction(ctx.tx, board.id, action.planId, action.id));
      throw new AppError('CONFLICT', 'Someone else changed this action while you were looking at it. Reload the page, check it, then sign it off.');
    }
    const evidence = { documents: input.documents, links: input.links, measures: input.measures, ...(input.summary ? { summary: input.summary } : {}) };
    const signOff = await ctx.tx.planActionSignOff.create({
      data: { councilId: ctx.council.id, planActionId: action.id, meetingId: meeting.id, proposedBy: input.proposedBy, evidence, recordedById: ctx.actor.id, signedOffAt: ctx.now },
      select: { id: true },
    });
    return {
      data: { id: signOff.id },
      message: `Action ${action.reference} signed off at ${meeting.title}`,
      audit: [{ kind: 'plans.actions.sign-off', entityType: 'PlanAction', entityId: action.id, before: { status: action.status }, after: { status: 'SIGNED_OFF', meetingId: meeting.id, proposedBy: input.proposedBy, evidence } }],
    };
  },
});

/** Only the board, at a meeting, reopens a signed-off action; the sign-off stays on the record beside the reason. */
export const reopenAction = defineAction({
  name: 'plans.actions.reopen',
  scope: 'board',
  resource: 'plan',
  operation: 'sign-off',
  schema: reopenSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const action = await loadPlanAction(ctx.tx, board.id, input.planId, input.actionId);
    refuseIfPlanClosed(action.plan);
    if (action.status !== 'SIGNED_OFF') throw new AppError('CONFLICT', `Action ${action.reference} is not signed off, so there is nothing to reopen`);
    const signOff = await ctx.tx.planActionSignOff.findFirst({
      where: { planActionId: action.id, reopenedAt: null },
      orderBy: { signedOffAt: 'desc' },
      select: { id: true, meeting: { select: { startsAt: true } } },
    });
    // a reopen undoes the sign-off, so it is at the sign-off's meeting or a later one
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.meetingId, ctx.now, 'meetingId', signOff ? {
      at: signOff.meeting.startsAt,
      message: 'Choose a meeting held after the board signed the action off: an earlier meeting cannot have reopened it',
    } : undefined);
    if (!meeting) throw invalid({ meetingId: 'Choose the meeting at which the board reopened the action' });
    const status = 'IN_PROGRESS' as const;
    const { count } = await ctx.tx.planAction.updateMany({
      where: { id: action.id, version: input.version, status: 'SIGNED_OFF' },
      data: { status, rag: ragFor(ctx, status, action.dueOn, action.agreedDueOn), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', 'Someone else changed this action while you were looking at it. Reload the page and check it.');
    if (signOff) {
      await ctx.tx.planActionSignOff.update({
        where: { id: signOff.id },
        data: { reopenedAt: ctx.now, reopenReason: input.reason, reopenedAtMeetingId: meeting.id, reopenedById: ctx.actor.id },
      });
    }
    return {
      data: { id: action.id },
      message: `Action ${action.reference} reopened by the board at ${meeting.title}`,
      audit: [{ kind: 'plans.actions.reopen', entityType: 'PlanAction', entityId: action.id, before: { status: 'SIGNED_OFF', signOffId: signOff?.id }, after: { status, meetingId: meeting.id, reason: input.reason } }],
    };
  },
});

// ---------- carry-over (004 5.4) ----------

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
    if (plan.status !== 'DRAFT' && plan.status !== 'APPROVED') throw new AppError('CONFLICT', 'This plan is in delivery: its carry-over is fixed and can no longer change');
    const from = await ctx.tx.planAction.findFirst({ where: { id: input.fromActionId, planId: plan.previousPlanId }, select: { id: true, reference: true, status: true } });
    if (!from) throw new AppError('NOT_FOUND', 'That action of the previous plan was not found');
    if (from.status === 'SIGNED_OFF') throw invalid({ toActionId: `${from.reference} was signed off by the board: it is complete and needs no carrying over` });
    let to: { id: string; reference: string } | null = null;
    if (input.toActionId) {
      to = await ctx.tx.planAction.findFirst({ where: { id: input.toActionId, planId: plan.id }, select: { id: true, reference: true } });
      if (!to) throw invalid({ toActionId: 'Choose an action of this plan' });
    }
    const before = await ctx.tx.planCarryOver.findUnique({ where: { fromPlanActionId: from.id }, select: { toPlanActionId: true, closedReason: true, to: { select: { planId: true, reference: true, plan: { select: { title: true } } } } } });
    // another plan following the same old plan may have carried it already: that mapping is that plan's to change
    if (before?.to && before.to.planId !== plan.id) {
      throw new AppError('CONFLICT', `${from.reference} is already carried into ${before.to.reference} of “${before.to.plan.title}”: that plan’s mapping is not changed from here`);
    }
    const row = { toPlanActionId: to?.id ?? null, closedReason: to ? null : input.closedReason };
    await ctx.tx.planCarryOver.upsert({ where: { fromPlanActionId: from.id }, create: { councilId: ctx.council.id, fromPlanActionId: from.id, ...row }, update: row });
    await ctx.tx.planAction.update({ where: { id: from.id }, data: { status: to ? 'CARRIED_OVER' : 'CLOSED', rag: 'BLUE', version: { increment: 1 } } });
    return {
      data: { fromActionId: from.id, toActionId: to?.id ?? null },
      message: to ? `${from.reference} carried into ${to.reference}` : `${from.reference} closed: ${input.closedReason}`,
      audit: [{ kind: 'plans.carry-over', entityType: 'PlanAction', entityId: from.id, before: { status: from.status, toPlanActionId: before?.toPlanActionId ?? null, closedReason: before?.closedReason ?? null }, after: { status: to ? 'CARRIED_OVER' : 'CLOSED', ...row, planId: plan.id } }],
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
    return { data: { id: agency.id }, message: `${input.name} added to the partner agencies`, audit: [{ kind: 'plans.agencies.add', entityType: 'PartnerAgency', entityId: agency.id, after: { name: input.name, kind: input.kind } }] };
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
    return { data: { id: body.id }, message: `${input.name} added to the boards and panels`, audit: [{ kind: 'plans.scrutiny-bodies.add', entityType: 'ScrutinyBody', entityId: body.id, after: { name: input.name } }] };
  },
});

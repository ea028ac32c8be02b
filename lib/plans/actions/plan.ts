// Over 300 lines on purpose: the plan itself (create, edit, findings, status, approval,
// Ofsted's response) shares loading the plan and its status rules.
// An improvement plan itself: started against an inspection, its details and findings, and its status (004).

import { boardOf, defineAction, type ActionContext } from '../../action/define';
import { dbDay } from '../../forms/fields';
import { AppError, conflict, invalid } from '../../errors';
import { dayString, formatDay } from '../../format';
import { resolveAgreedMeeting } from '../../meetings/agreed-meeting';
import { DEFAULT_PLAN_THEMES, checkStatusChange, outcomeDayProblem } from '../../rules/plans';
import { londonDay } from '../../rules/london-calendar';
import { label } from '../../labels';
import { carryOverState, loadPlan, refuseIfPlanClosed } from '../guards';
import {
  NEW_INSPECTION,
  addFindingsSchema,
  approvePlanSchema,
  createPlanSchema,
  findingFields,
  planStatusSchema,
  recordOutcomeSchema,
  updatePlanSchema,
} from '../schema';

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
        councilId,
        boardId: board.id,
        inspectionId,
        title: input.title,
        status: 'DRAFT',
        submissionDeadline: input.submissionDeadline ? dbDay(input.submissionDeadline) : null,
        previousPlanId: input.previousPlanId,
        themes: { create: DEFAULT_PLAN_THEMES.map((name, i) => ({ councilId, name, position: i + 1 })) },
      },
      select: { id: true },
    });
    return {
      data: { id: plan.id },
      message: `Plan “${input.title}” started`,
      audit: [
        {
          kind: 'plans.create',
          entityType: 'ImprovementPlan',
          entityId: plan.id,
          after: { title: input.title, inspectionId, previousPlanId: input.previousPlanId, submissionDeadline: input.submissionDeadline },
        },
      ],
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
        version: String(now.version),
        title: now.title,
        submissionDeadline: now.submissionDeadline ? dayString(now.submissionDeadline) : '',
        submittedOn: now.submittedAt ? dayString(now.submittedAt) : '',
      });
    }
    return {
      data: { id: plan.id },
      message: 'Plan details saved',
      audit: [
        {
          kind: 'plans.update',
          entityType: 'ImprovementPlan',
          entityId: plan.id,
          before: { title: plan.title, submissionDeadline: plan.submissionDeadline, submittedAt: plan.submittedAt },
          after: { title: input.title, submissionDeadline: input.submissionDeadline, submittedOn: input.submittedOn },
        },
      ],
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
    const existing = await ctx.tx.inspectionFinding.findMany({
      where: { inspectionId: plan.inspectionId },
      select: { kind: true, reference: true, position: true },
    });
    let number = Math.max(
      0,
      ...existing
        .filter((f) => f.kind === input.kind)
        .map((f) => Number(f.reference.slice(prefix.length)))
        .filter(Number.isInteger),
    );
    let position = Math.max(0, ...existing.map((f) => f.position));
    const created: string[] = [];
    for (const text of input.text) {
      number += 1;
      position += 1;
      const reference = `${prefix}${number}`;
      await ctx.tx.inspectionFinding.create({
        data: { councilId: ctx.council.id, inspectionId: plan.inspectionId, kind: input.kind, reference, text, position },
      });
      created.push(reference);
    }
    return {
      data: { references: created },
      message: `Added ${created.join(', ')}`,
      audit: [
        {
          kind: 'plans.findings.add',
          entityType: 'Inspection',
          entityId: plan.inspectionId,
          after: { kind: input.kind, references: created, text: input.text },
        },
      ],
    };
  },
});

async function changeStatus(
  ctx: ActionContext,
  planId: string,
  version: number,
  to: 'DRAFT' | 'APPROVED' | 'IN_DELIVERY' | 'TRANSITION' | 'CLOSED',
  agreedAtMeetingId: string | null = null,
) {
  const board = boardOf(ctx);
  const plan = await loadPlan(ctx.tx, board.id, planId);
  const actions = await ctx.tx.planAction.findMany({ where: { planId: plan.id }, orderBy: { reference: 'asc' }, select: { reference: true, status: true } });
  const { check } = await carryOverState(ctx.tx, plan.previousPlanId);
  const verdict = checkStatusChange({ from: plan.status, to, actions, lostFromPrevious: check.lost });
  if (!verdict.ok) throw invalid({ status: [verdict.reason] });
  const approval =
    to === 'APPROVED'
      ? { approvedById: ctx.actor.id, approvedAt: ctx.now, approvedAtMeetingId: agreedAtMeetingId }
      : to === 'DRAFT'
        ? { approvedById: null, approvedAt: null, approvedAtMeetingId: null }
        : {};
  const { count } = await ctx.tx.improvementPlan.updateMany({
    where: { id: plan.id, version, status: plan.status },
    data: { status: to, ...approval, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError('CONFLICT', 'Someone else changed this plan while you were looking at it. Reload the page and check its status.');
  return {
    data: { id: plan.id, status: to },
    audit: [
      {
        kind: to === 'APPROVED' ? ('plans.approve' as const) : ('plans.status' as const),
        entityType: 'ImprovementPlan',
        entityId: plan.id,
        before: { status: plan.status },
        after: { status: to, ...approval },
      },
    ],
  };
}

/**
 * The Chair approves a draft plan the board has agreed, naming the board meeting that agreed
 * it (one of this board's that has taken place), as action sign-offs are; who, when and at
 * which meeting are recorded.
 */
export const approvePlan = defineAction({
  name: 'plans.approve',
  scope: 'board',
  resource: 'plan',
  operation: 'approve',
  schema: approvePlanSchema,
  async run(ctx, input) {
    const meeting = await resolveAgreedMeeting(ctx.tx, boardOf(ctx).id, input.meetingId, ctx.now, 'meetingId');
    const result = await changeStatus(ctx, input.planId, input.version, 'APPROVED', meeting!.id);
    return { ...result, message: `Plan approved, as agreed at ${meeting!.title} on ${formatDay(meeting!.startsAt)}` };
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

/**
 * The administrator records Ofsted's response to the submitted plan: the day it came (not
 * before the plan was submitted, nor in the future), its judgement, its letter as one of
 * this board's papers, and a note. Recording it again replaces it, on the record.
 */
export const recordPlanOutcome = defineAction({
  name: 'plans.record-outcome',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: recordOutcomeSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const plan = await loadPlan(ctx.tx, board.id, input.planId);
    if (!plan.submittedAt) throw invalid({ outcomeOn: ['Record the date the plan was submitted first: Ofsted responds to a submitted plan'] });
    const problem = outcomeDayProblem(input.outcomeOn, londonDay(plan.submittedAt), londonDay(ctx.now));
    if (problem) throw invalid({ outcomeOn: [problem] });
    if (input.outcomeLetterPaperId) {
      const paper = await ctx.tx.paper.findFirst({ where: { id: input.outcomeLetterPaperId, meeting: { boardId: board.id } }, select: { id: true } });
      if (!paper) throw new AppError('NOT_FOUND', 'That paper was not found');
    }
    const data = {
      outcomeOn: dbDay(input.outcomeOn),
      outcomeJudgement: input.outcomeJudgement,
      outcomeLetterPaperId: input.outcomeLetterPaperId ?? null,
      outcomeNote: input.outcomeNote || null,
    };
    const { count } = await ctx.tx.improvementPlan.updateMany({ where: { id: plan.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError('CONFLICT', 'Someone else changed this plan while you were looking at it. Reload the page and check its details.');
    return {
      data: { id: plan.id },
      message: `Ofsted’s response recorded: ${label('judgement', input.outcomeJudgement).toLowerCase()}, ${formatDay(dbDay(input.outcomeOn))}`,
      audit: [
        {
          kind: 'plans.record-outcome',
          entityType: 'ImprovementPlan',
          entityId: plan.id,
          before: {
            outcomeOn: plan.outcomeOn,
            outcomeJudgement: plan.outcomeJudgement,
            outcomeLetterPaperId: plan.outcomeLetterPaperId,
            outcomeNote: plan.outcomeNote,
          },
          after: { ...data, outcomeOn: input.outcomeOn },
        },
      ],
    };
  },
});

import type { Tx } from '../db/tenant';
import { AppError, invalid } from '../errors';
import { dayString } from '../format';
import { carryOverCheck, themeStem, type PlanActionStatus } from '../rules/plans';

// Loads that prove an id from a form belongs to the route's board (row-level security
// already keeps other councils out; these keep other boards of the same council out).

export async function loadPlan(tx: Tx, boardId: string, planId: string) {
  const plan = await tx.improvementPlan.findFirst({
    where: { id: planId, boardId },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      inspectionId: true,
      previousPlanId: true,
      submissionDeadline: true,
      submittedAt: true,
      approvedAt: true,
      outcomeOn: true,
      outcomeJudgement: true,
      outcomeLetterPaperId: true,
      outcomeNote: true,
    },
  });
  if (!plan) throw new AppError('NOT_FOUND', 'That plan was not found');
  return plan;
}
export type LoadedPlan = Awaited<ReturnType<typeof loadPlan>>;

export async function loadPlanAction(tx: Tx, boardId: string, planId: string, actionId: string) {
  const action = await tx.planAction.findFirst({
    where: { id: actionId, planId, plan: { boardId } },
    select: {
      id: true,
      planId: true,
      themeId: true,
      reference: true,
      description: true,
      leadOfficer: true,
      dueOn: true,
      agreedDueOn: true,
      status: true,
      rag: true,
      deliveryBodyId: true,
      scrutinyBodyId: true,
      secondScrutinyBodyId: true,
      version: true,
      createdAt: true,
      plan: { select: { status: true, title: true } },
      findings: { select: { findingId: true } },
      agencies: { select: { agencyId: true } },
    },
  });
  if (!action) throw new AppError('NOT_FOUND', 'That action was not found');
  return action;
}
export type LoadedAction = Awaited<ReturnType<typeof loadPlanAction>>;

/**
 * A signed-off action is the board's record and cannot be changed; nor can one closed or
 * carried into a new plan. The board reopens a signed-off action, on the record, first.
 */
export function refuseIfFinished(action: { reference: string; status: PlanActionStatus }) {
  if (action.status === 'SIGNED_OFF') {
    throw new AppError('CONFLICT', `Action ${action.reference} has been signed off by the board and cannot be changed. The board can reopen it at a meeting.`);
  }
  if (action.status === 'CARRIED_OVER' || action.status === 'CLOSED') {
    throw new AppError(
      'CONFLICT',
      `Action ${action.reference} has been ${action.status === 'CLOSED' ? 'closed' : 'carried into a new plan'} and cannot be changed.`,
    );
  }
}

export function refuseIfPlanClosed(plan: { status: string }) {
  if (plan.status === 'CLOSED') throw new AppError('CONFLICT', 'This plan is closed: its actions can no longer be changed.');
}

/** A plan action that may still change: its plan is open and it is not signed off, closed or carried. */
export async function loadChangeablePlanAction(tx: Tx, boardId: string, planId: string, actionId: string) {
  const action = await loadPlanAction(tx, boardId, planId, actionId);
  refuseIfPlanClosed(action.plan);
  refuseIfFinished(action);
  return action;
}

/** Ids of the plan's inspection's findings, or a field error naming the field. */
export async function checkFindings(tx: Tx, inspectionId: string | null, ids: string[]) {
  if (ids.length === 0) return;
  const found = inspectionId ? await tx.inspectionFinding.count({ where: { id: { in: ids }, inspectionId } }) : 0;
  if (found !== ids.length) throw invalid({ findingIds: ['Choose findings of this plan’s inspection'] });
}

export async function checkAgencies(tx: Tx, ids: string[]) {
  if (ids.length === 0) return;
  const found = await tx.partnerAgency.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw invalid({ agencyIds: ['Choose partner agencies from the list'] });
}

export async function checkBodies(tx: Tx, bodies: Record<string, string | null>) {
  const errors: Record<string, string[]> = {};
  for (const [field, id] of Object.entries(bodies)) {
    if (!id) continue;
    const found = await tx.scrutinyBody.count({ where: { id } });
    if (!found) errors[field] = ['Choose a body from the list'];
  }
  if (Object.keys(errors).length) throw invalid(errors);
}

export async function checkTheme(tx: Tx, planId: string, themeId: string) {
  const theme = await tx.planTheme.findFirst({ where: { id: themeId, planId }, select: { id: true, name: true, position: true } });
  if (!theme) throw invalid({ themeId: ['Choose a theme of this plan'] });
  return theme;
}

/** The previous plan's actions and where each went, for the "nothing lost" check. */
export async function carryOverState(tx: Tx, previousPlanId: string | null) {
  if (!previousPlanId) return { oldActions: [], rows: [], check: carryOverCheck([], []) };
  const oldActions = await tx.planAction.findMany({
    where: { planId: previousPlanId },
    orderBy: { reference: 'asc' },
    select: { id: true, reference: true, status: true, description: true },
  });
  const rows = await tx.planCarryOver.findMany({
    where: { fromPlanActionId: { in: oldActions.map((a) => a.id) } },
    select: { id: true, fromPlanActionId: true, toPlanActionId: true, closedReason: true },
  });
  return { oldActions, rows, check: carryOverCheck(oldActions, rows) };
}

/** An action's editable fields in the form's names, to show beside what was typed after a clash. */
export function actionFormValues(a: LoadedAction): Record<string, string> {
  return {
    version: String(a.version),
    themeId: a.themeId,
    reference: a.reference,
    description: a.description,
    leadOfficer: a.leadOfficer,
    status: a.status,
    deliveryBodyId: a.deliveryBodyId ?? '',
    scrutinyBodyId: a.scrutinyBodyId ?? '',
    secondScrutinyBodyId: a.secondScrutinyBodyId ?? '',
    dueOn: dayString(a.agreedDueOn ?? a.dueOn),
  };
}

export async function nextActionReference(tx: Tx, planId: string, theme: { id: string; name: string; position: number }) {
  const stem = themeStem(theme.name, theme.position);
  const taken = await tx.planAction.findMany({ where: { planId, reference: { startsWith: `${stem}.` } }, select: { reference: true } });
  const numbers = taken.map((t) => Number(t.reference.slice(stem.length + 1))).filter(Number.isInteger);
  return `${stem}.${Math.max(0, ...numbers) + 1}`;
}

'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { confirmationStep } from '../forms/confirm';
import { planActionPath, planPath, plansPath } from '../routes';
import { carryOver } from './actions/carry-over';
import { agreeDueDate, proposeDueDate } from './actions/due-dates';
import { addFindings, approvePlan, changePlanStatus, createPlan, recordPlanOutcome, updatePlan } from './actions/plan';
import { addAgency, addMilestone, addScrutinyBody, completeMilestone, createPlanAction, updatePlanAction } from './actions/plan-actions';
import { reopenAction, signOffAction } from './actions/sign-off';
import { addTheme, moveTheme, renameTheme } from './actions/themes';

const planActions = {
  update: updatePlan,
  findings: addFindings,
  approve: approvePlan,
  recordOutcome: recordPlanOutcome,
  status: changePlanStatus,
  addTheme,
  renameTheme,
  moveTheme,
  updateAction: updatePlanAction,
  addMilestone,
  completeMilestone,
  proposeDueDate,
  agreeDueDate,
  signOff: signOffAction,
  reopen: reopenAction,
  carryOver,
  addAgency,
  addScrutinyBody,
} as const;
export type PlanFormKey = keyof typeof planActions;

/**
 * Every plan form posts here with the action it runs. Each action checks its own
 * permission and ids, so the key only chooses among them. Everything under the board's
 * plans is revalidated: an action's change shows on the overview, findings and carry-over.
 */
export async function planFormAction(key: PlanFormKey, council: string, board: string, _prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  // own keys only: "constructor", "__proto__" or "toString" would find Object's, not an action
  if (typeof key !== 'string' || !Object.hasOwn(planActions, key)) return { ok: false, code: 'NOT_FOUND', message: 'Page not found' };
  const action = planActions[key];
  // signing off, reopening, approving and changing status cannot be undone: they are asked first
  if (Object.hasOwn(doneAfter, key)) {
    const ask = confirmationStep(formData, action);
    if (ask) return ask;
  }
  const result = await runFormAction(action as { execute: typeof updatePlan.execute }, { council, board }, formData);
  if (!result.ok) return result;
  revalidatePath(plansPath(council, board), 'layout');
  // these change which forms the page shows, so the outcome is told on the page itself
  const done = doneAfter[key];
  if (done) {
    const planId = String(formData.get('planId'));
    const actionId = formData.get('actionId');
    redirect(actionId ? planActionPath(council, board, planId, String(actionId), { done }) : planPath(council, board, planId, { done }));
  }
  return result;
}

const doneAfter: Partial<Record<PlanFormKey, string>> = { signOff: 'signed-off', reopen: 'reopened', approve: 'approved', status: 'status' };

export async function createPlanFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(createPlan, { council, board }, formData);
  if (!result.ok) return result;
  revalidatePath(plansPath(council, board), 'layout');
  redirect(planPath(council, board, result.data.id, { done: 'created' }));
}

export async function createPlanActionFormAction(council: string, board: string, planId: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(createPlanAction, { council, board }, formData);
  if (!result.ok) return result;
  revalidatePath(plansPath(council, board), 'layout');
  redirect(planActionPath(council, board, planId, result.data.id, { done: 'created' }));
}

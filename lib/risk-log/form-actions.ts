'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { boardPath, boardSectionPath, riskPath } from '../routes';
import { addMitigation, changeRiskStatus, completeMitigation, createRisk, escalateRisk, reviewRisk, updateRisk } from './actions';

// The log, every risk page under it and the board's dashboard show what these change.
function refresh(council: string, board: string) {
  revalidatePath(boardSectionPath(council, board, 'risks'), 'layout');
  revalidatePath(boardPath(council, board));
}

export async function createRiskFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(createRisk, { council, board }, formData);
  if (!result.ok) return result;
  refresh(council, board);
  redirect(riskPath(council, board, result.data.reference));
}

export async function updateRiskFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(updateRisk, { council, board }, formData);
  if (!result.ok) return result;
  refresh(council, board);
  redirect(riskPath(council, board, result.data.reference));
}

type RiskFormAction = (council: string, board: string, prev: ActionResult | null, formData: FormData) => Promise<ActionResult<unknown>>;

const inPlace =
  (action: Parameters<typeof runFormAction>[0]): RiskFormAction =>
  async (council, board, _prev, formData) => {
    const result = await runFormAction(action, { council, board }, formData);
    if (result.ok) refresh(council, board);
    return result;
  };

export async function reviewRiskFormAction(council: string, board: string, prev: ActionResult | null, formData: FormData) {
  return inPlace(reviewRisk)(council, board, prev, formData);
}

export async function addMitigationFormAction(council: string, board: string, prev: ActionResult | null, formData: FormData) {
  return inPlace(addMitigation)(council, board, prev, formData);
}

export async function completeMitigationFormAction(council: string, board: string, prev: ActionResult | null, formData: FormData) {
  return inPlace(completeMitigation)(council, board, prev, formData);
}

export async function changeRiskStatusFormAction(council: string, board: string, prev: ActionResult | null, formData: FormData) {
  return inPlace(changeRiskStatus)(council, board, prev, formData);
}

export async function escalateRiskFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(escalateRisk, { council, board }, formData);
  if (result.ok) {
    refresh(council, board);
    refresh(council, result.data.boardSlug);
  }
  return result;
}

'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { boardPath, boardSectionPath } from '../routes';
import { addForwardPlanToAgenda, createForwardPlanItem, removeForwardPlanItem, updateForwardPlanItem } from './actions';

const planPath = (council: string, board: string) => boardSectionPath(council, board, 'forward-plan');

// The plan, the meetings' agendas and the board's dashboard show what these change.
function refresh(council: string, board: string) {
  revalidatePath(planPath(council, board), 'layout');
  revalidatePath(boardSectionPath(council, board, 'meetings'), 'layout');
  revalidatePath(boardPath(council, board));
}

export async function createForwardPlanItemFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(createForwardPlanItem, { council, board }, formData);
  if (result.ok) refresh(council, board);
  return result;
}

export async function updateForwardPlanItemFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(updateForwardPlanItem, { council, board }, formData);
  if (result.ok) refresh(council, board);
  return result;
}

export async function removeForwardPlanItemFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(removeForwardPlanItem, { council, board }, formData);
  if (!result.ok) return result;
  refresh(council, board);
  redirect(planPath(council, board));
}

export async function addForwardPlanToAgendaFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(addForwardPlanToAgenda, { council, board }, formData);
  if (result.ok) refresh(council, board);
  return result;
}

'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction } from '../../action/next';
import type { ActionResult } from '../../action/result';
import { kickOutbox } from '../../mail/worker';
import { boardPath, boardSectionPath, commissionPath, homePath } from '../../routes';
import { changeCommissionDue, circulateCommission, requestCommission, reviewCommission, withdrawCommission } from './actions';

type Route = { council: string; board: string };

// The list, the board's overview and the For you list show what these change.
function refresh(r: Route) {
  revalidatePath(boardSectionPath(r.council, r.board, 'commissioned-papers'), 'layout');
  revalidatePath(boardPath(r.council, r.board));
  revalidatePath(homePath());
}

// Each step changes what the commission's page offers (the form that was used goes), so
// its outcome is told by the page it lands on: a banner named by `done` (commissionDoneMessages).
function landOn(route: Route, commissionId: string, done: string): never {
  void kickOutbox();
  refresh(route);
  redirect(commissionPath(route.council, route.board, commissionId, { done }));
}

const idOf = (data: unknown) => (data as { commissionId: string }).commissionId;

export async function requestCommissionFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(requestCommission, route, formData);
  if (!result.ok) return result;
  landOn(route, idOf(result.data), 'requested');
}

export async function changeCommissionDueFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(changeCommissionDue, route, formData);
  if (!result.ok) return result;
  landOn(route, idOf(result.data), 'due-changed');
}

export async function reviewCommissionFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(reviewCommission, route, formData);
  if (!result.ok) return result;
  landOn(route, idOf(result.data), (result.data as { status: string }).status === 'APPROVED' ? 'approved' : 'sent-back');
}

export async function circulateCommissionFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(circulateCommission, route, formData);
  if (!result.ok) return result;
  revalidatePath(boardSectionPath(route.council, route.board, 'meetings'), 'layout');
  landOn(route, idOf(result.data), (result.data as { late: boolean }).late ? 'circulated-late' : 'circulated');
}

export async function withdrawCommissionFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(withdrawCommission, route, formData);
  if (!result.ok) return result;
  landOn(route, idOf(result.data), 'withdrawn');
}

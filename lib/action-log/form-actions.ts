'use server';

import { redirect } from 'next/navigation';
import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { addProgress, agreeDate, createAction, dropAction, editAction, proposeDate, signOffAction } from './actions';
import { confirmationStep } from '../forms/confirm';
import { referAction } from './referral';
import { actionPath, boardPath, boardSectionPath } from '../routes';

const paths = (council: string, board: string, reference?: string) => [
  boardSectionPath(council, board, 'actions'),
  boardPath(council, board),
  ...(reference ? [actionPath(council, board, reference)] : []),
];

export async function createActionFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(createAction, { council, board }, formData, paths(council, board));
  // on to the new action's page, which confirms it
  if (result.ok) redirect(actionPath(council, board, result.data.reference, { added: 1 }));
  return result;
}

export async function editActionFormAction(council: string, board: string, reference: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(editAction, { council, board }, formData, paths(council, board, reference));
  if (result.ok) redirect(actionPath(council, board, reference, { saved: 1 }));
  return result;
}

export async function progressFormAction(council: string, board: string, reference: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(addProgress, { council, board }, formData, paths(council, board, reference));
}

export async function proposeDateFormAction(council: string, board: string, reference: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(proposeDate, { council, board }, formData, paths(council, board, reference));
}

// The forms for agreeing a date and signing off leave the page once they succeed (there is
// nothing left to agree or sign), so their confirmation comes back as a banner.
export async function agreeDateFormAction(council: string, board: string, reference: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(agreeDate, { council, board }, formData, paths(council, board, reference));
  if (result.ok) redirect(actionPath(council, board, reference, { agreed: 1 }));
  return result;
}

export async function signOffFormAction(council: string, board: string, reference: string, _prev: ActionResult | null, formData: FormData) {
  const ask = confirmationStep(formData, signOffAction);
  if (ask) return ask;
  const result = await runFormAction(signOffAction, { council, board }, formData, paths(council, board, reference));
  if (result.ok) redirect(actionPath(council, board, reference, { signed: 1 }));
  return result;
}

export async function dropFormAction(council: string, board: string, reference: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(dropAction, { council, board }, formData, paths(council, board, reference));
  if (result.ok) redirect(actionPath(council, board, reference, { dropped: 1 }));
  return result;
}

export async function referActionFormAction(council: string, board: string, reference: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(referAction, { council, board }, formData, paths(council, board, reference));
}

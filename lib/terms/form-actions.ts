'use server';

import { redirect } from 'next/navigation';
import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { agreeTermsDraft, approveTermsDraft, createTermsDraft, saveTermsDraft } from './actions';
import { addTermsSection, moveTermsSection, removeTermsSection } from './section-actions';
import { recordHistoricalTerms, recordTermsDecision } from './record-actions';
import { confirmationStep } from '../forms/confirm';
import { boardSectionPath, termsVersionPath } from '../routes';

const termsPath = (council: string, board: string) => boardSectionPath(council, board, 'terms');

// Starting, agreeing and approving change which forms the version page shows (and
// approval renumbers the version), so they move to the version's page with a notice
// there rather than leaving a message inside a form that is no longer shown.

export async function createTermsDraftFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const base = termsPath(council, board);
  const result = await runFormAction(createTermsDraft, { council, board }, formData, [base]);
  if (result.ok) redirect(termsVersionPath(council, board, result.data.label, { done: 'started' }));
  return result;
}

export async function saveTermsDraftFormAction(council: string, board: string, label: string, _prev: ActionResult | null, formData: FormData) {
  const base = termsPath(council, board);
  return runFormAction(saveTermsDraft, { council, board }, formData, [base, termsVersionPath(council, board, label)]);
}

export async function agreeTermsDraftFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const base = termsPath(council, board);
  const result = await runFormAction(agreeTermsDraft, { council, board }, formData, [base]);
  if (result.ok) redirect(termsVersionPath(council, board, result.data.label, { done: 'agreed' }));
  return result;
}

export async function approveTermsDraftFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const ask = confirmationStep(formData);
  if (ask) return ask;
  const base = termsPath(council, board);
  const result = await runFormAction(approveTermsDraft, { council, board }, formData, [base]);
  if (result.ok) redirect(termsVersionPath(council, board, result.data.label, { done: 'approved' }));
  return result;
}

// Changing a draft's shape redraws its edit form and takes away the form that was used
// (a removed section's buttons), so each moves to the version's page with a notice there.
export async function addTermsSectionFormAction(council: string, board: string, label: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(addTermsSection, { council, board }, formData, [termsVersionPath(council, board, label)]);
  if (result.ok) redirect(termsVersionPath(council, board, label, { done: 'section-added' }));
  return result;
}

export async function removeTermsSectionFormAction(council: string, board: string, label: string, _prev: ActionResult | null, formData: FormData) {
  const ask = confirmationStep(formData);
  if (ask) return ask;
  const result = await runFormAction(removeTermsSection, { council, board }, formData, [termsVersionPath(council, board, label)]);
  if (result.ok) redirect(termsVersionPath(council, board, label, { done: 'section-removed' }));
  return result;
}

export async function moveTermsSectionFormAction(council: string, board: string, label: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(moveTermsSection, { council, board }, formData, [termsVersionPath(council, board, label)]);
  if (result.ok) redirect(termsVersionPath(council, board, label, { done: 'section-moved' }));
  return result;
}

export async function recordTermsDecisionFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const ask = confirmationStep(formData);
  if (ask) return ask;
  const result = await runFormAction(recordTermsDecision, { council, board }, formData, [termsPath(council, board)]);
  if (result.ok) redirect(termsVersionPath(council, board, result.data.label, { done: 'approved' }));
  return result;
}

export async function recordHistoricalTermsFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(recordHistoricalTerms, { council, board }, formData, [termsPath(council, board)]);
  if (result.ok) redirect(termsVersionPath(council, board, result.data.label, { done: 'recorded' }));
  return result;
}

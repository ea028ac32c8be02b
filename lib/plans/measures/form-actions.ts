'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction } from '../../action/next';
import type { ActionResult } from '../../action/result';
import { parseSheetField } from '../../imports/sheet-field';
import type { Sheet } from '../../imports/sheet';
import { addMeasureValue, createMeasure, importMeasureValues, previewMeasureValues, updateMeasure } from './actions';
import type { ValuesPreview } from './values-import';
import { planPath, planSectionPath, withHash } from '../../routes';

function refresh(council: string, board: string, planId: string) {
  revalidatePath(planPath(council, board, planId), 'layout');
}

export async function createMeasureFormAction(council: string, board: string, planId: string, _prev: ActionResult | null, formData: FormData) {
  formData.set('planId', planId);
  const result = await runFormAction(createMeasure, { council, board }, formData);
  if (!result.ok) return result;
  refresh(council, board, planId);
  redirect(withHash(planSectionPath(council, board, planId, 'measures'), `measure-${result.data.measureId}`));
}

export async function updateMeasureFormAction(council: string, board: string, planId: string, _prev: ActionResult | null, formData: FormData) {
  formData.set('planId', planId);
  const result = await runFormAction(updateMeasure, { council, board }, formData);
  if (!result.ok) return result;
  refresh(council, board, planId);
  redirect(withHash(planSectionPath(council, board, planId, 'measures'), `measure-${result.data.measureId}`));
}

export async function addMeasureValueFormAction(council: string, board: string, planId: string, _prev: ActionResult | null, formData: FormData) {
  formData.set('planId', planId);
  const result = await runFormAction(addMeasureValue, { council, board }, formData);
  if (result.ok) refresh(council, board, planId);
  return result;
}

export type ValuesWizardState =
  | { stage: 'upload'; refusal?: Extract<ActionResult, { ok: false }> }
  | { stage: 'preview'; sheet: Sheet; fileName: string; preview: ValuesPreview; refusal?: Extract<ActionResult, { ok: false }> }
  | { stage: 'done'; message: string };

/** Importing values: upload and preview, then import all or nothing, the file's text carried in the form and checked again. */
export async function measureValuesStepFormAction(
  council: string,
  board: string,
  planId: string,
  _prev: ValuesWizardState,
  formData: FormData,
): Promise<ValuesWizardState> {
  formData.set('planId', planId);
  const step = formData.get('step');
  if (step === 'upload') {
    const result = await runFormAction(previewMeasureValues, { council, board }, formData);
    return result.ok ? { stage: 'preview', ...result.data } : { stage: 'upload', refusal: result };
  }
  const sheet = parseSheetField(formData.get('sheet'));
  if (step !== 'commit' || !sheet) return { stage: 'upload' };
  const result = await runFormAction(importMeasureValues, { council, board }, formData);
  if (result.ok) {
    refresh(council, board, planId);
    return { stage: 'done', message: result.message ?? 'Imported' };
  }
  return { stage: 'upload', refusal: result };
}

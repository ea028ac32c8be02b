'use server';

import { revalidatePath } from 'next/cache';
import { runFormAction } from '../../action/next';
import { SUBMISSION_KEY_FIELD } from '../../action/idempotency';
import type { ActionResult } from '../../action/result';
import { commitPlanImport, previewPlanImport, uploadPlanImport } from './actions';
import { suggestMapping, type ColumnMapping } from './fields';
import { mappingFromForm, parseSheetField } from './schema';
import type { Sheet } from './sheet';
import type { ImportPreview } from './validate';
import { plansPath } from '../../routes';

export type ImportWizardState =
  | { stage: 'upload'; refusal?: Extract<ActionResult, { ok: false }> }
  | { stage: 'map'; sheet: Sheet; fileName: string; mapping: ColumnMapping; refusal?: Extract<ActionResult, { ok: false }> }
  | { stage: 'preview'; sheet: Sheet; fileName: string; mapping: ColumnMapping; preview: ImportPreview; refusal?: Extract<ActionResult, { ok: false }> }
  | { stage: 'done'; message: string; imported: number };

/**
 * The import's three steps in one form action: upload, map, preview and import. The
 * file's text travels in the form between steps; each step's action reads and checks it
 * again, and the import checks every row again before saving anything.
 */
export async function planImportStepFormAction(
  council: string,
  board: string,
  planId: string,
  _prev: ImportWizardState,
  formData: FormData,
): Promise<ImportWizardState> {
  formData.set('planId', planId);
  const step = formData.get('step');
  const sheet = parseSheetField(formData.get('sheet'));
  const fileName = String(formData.get('fileName') ?? '').slice(0, 255);
  const mapping = mappingFromForm(Object.fromEntries(formData.entries()));
  if (step === 'restart' || (step !== 'upload' && !sheet)) return { stage: 'upload' };
  if (step === 'upload') {
    const result = await runFormAction(uploadPlanImport, { council, board }, formData);
    return result.ok ? { stage: 'map', ...result.data } : { stage: 'upload', refusal: result };
  }
  if (step === 'remap') return { stage: 'map', sheet: sheet!, fileName, mapping: formData.has('map-reference') ? mapping : suggestMapping(sheet!.headers) };

  // the preview is a check, not a change: it runs without the form's submission key, which
  // belongs to the import that may follow in this same request
  const check = new FormData();
  for (const [k, v] of formData.entries()) if (k !== SUBMISSION_KEY_FIELD) check.append(k, v);
  const preview = await runFormAction(previewPlanImport, { council, board }, check);
  if (!preview.ok) return { stage: 'map', sheet: sheet!, fileName, mapping, refusal: preview };
  if (step !== 'commit') return { stage: 'preview', sheet: sheet!, fileName, mapping, preview: preview.data.preview };

  const result = await runFormAction(commitPlanImport, { council, board }, formData);
  if (!result.ok) return { stage: 'preview', sheet: sheet!, fileName, mapping, preview: preview.data.preview, refusal: result };
  revalidatePath(plansPath(council, board), 'layout');
  return { stage: 'done', message: result.message ?? 'Imported', imported: result.data.imported };
}

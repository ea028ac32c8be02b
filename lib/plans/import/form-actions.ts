'use server';

import { revalidatePath } from 'next/cache';
import { runImportStep, type ImportWizardState } from '../../imports/wizard';
import { commitPlanImport, previewPlanImport, uploadPlanImport } from './actions';
import { importFieldKeys, suggestMapping, type ColumnMapping } from './fields';
import type { ImportPreview } from './validate';
import { plansPath } from '../../routes';

export type PlanImportState = ImportWizardState<ColumnMapping, ImportPreview>;

/** The plan import's three steps (lib/imports/wizard.ts): upload, map, preview and import. */
export async function planImportStepFormAction(
  council: string,
  board: string,
  planId: string,
  _prev: PlanImportState,
  formData: FormData,
): Promise<PlanImportState> {
  formData.set('planId', planId);
  return runImportStep(
    {
      keys: importFieldKeys,
      suggest: suggestMapping,
      upload: uploadPlanImport,
      preview: previewPlanImport,
      commit: commitPlanImport,
      done: () => revalidatePath(plansPath(council, board), 'layout'),
    },
    { council, board },
    formData,
  );
}

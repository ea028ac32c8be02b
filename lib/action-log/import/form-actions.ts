'use server';

import { revalidatePath } from 'next/cache';
import { runImportStep, type ImportWizardState } from '../../imports/wizard';
import { boardPath, boardSectionPath } from '../../routes';
import { commitLogImport, previewLogImport, uploadLogImport } from './actions';
import { logFieldKeys, suggestLogMapping, type LogMapping } from './fields';
import type { LogImportPreview } from './validate';

export type LogImportState = ImportWizardState<LogMapping, LogImportPreview>;

/** The action log import's three steps (lib/imports/wizard.ts): upload, map, preview and import. */
export async function logImportStepFormAction(council: string, board: string, _prev: LogImportState, formData: FormData): Promise<LogImportState> {
  return runImportStep(
    {
      keys: logFieldKeys,
      suggest: suggestLogMapping,
      upload: uploadLogImport,
      preview: previewLogImport,
      commit: commitLogImport,
      done: () => {
        revalidatePath(boardSectionPath(council, board, 'actions'), 'layout');
        revalidatePath(boardPath(council, board));
      },
    },
    { council, board },
    formData,
  );
}

'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { boardPath, boardSectionPath } from '../routes';
import { recordRecommendationOutcome } from './actions';

export async function recordOutcomeFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(recordRecommendationOutcome, { council, board }, formData, [
    boardSectionPath(council, board, 'recommendations'),
    boardPath(council, board),
  ]);
}

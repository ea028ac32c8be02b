'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { setSecondFactorRequirement } from './security-actions';
import { councilAdminPath } from '../routes';

export async function secondFactorRequirementFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(setSecondFactorRequirement, { council }, formData, [councilAdminPath(council, 'security')]);
}

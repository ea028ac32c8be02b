'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { councilAdminPath } from '../routes';
import { addDecisionMaker, addReportingAudience, updateDecisionMaker, updateReportingAudience } from './lists-actions';

const listsPage = (council: string) => [councilAdminPath(council, 'lists')];

export async function addDecisionMakerFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(addDecisionMaker, { council }, formData, listsPage(council));
}
export async function updateDecisionMakerFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(updateDecisionMaker, { council }, formData, listsPage(council));
}
export async function addAudienceFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(addReportingAudience, { council }, formData, listsPage(council));
}
export async function updateAudienceFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(updateReportingAudience, { council }, formData, listsPage(council));
}

'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { interestsPath } from '../routes';
import { addInterest, endInterest, publishInterestRegister, reviewInterests, updateInterest } from './actions';

const shown = (council: string) => [interestsPath(council)];

export async function addInterestFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(addInterest, { council }, formData, shown(council));
}
export async function updateInterestFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(updateInterest, { council }, formData, shown(council));
}
export async function endInterestFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(endInterest, { council }, formData, shown(council));
}
export async function reviewInterestsFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(reviewInterests, { council }, formData, shown(council));
}
export async function publishInterestRegisterFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(publishInterestRegister, { council }, formData, shown(council));
}

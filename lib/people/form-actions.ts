'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { kickOutbox } from '../mail/worker';
import { councilAdminPath } from '../routes';
import { confirmationStep } from '../forms/confirm';
import { mergeContact, setContactEmail } from './actions';

export async function setContactEmailFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(setContactEmail, { council }, formData, [councilAdminPath(council, 'contacts')]);
  if (result.ok) void kickOutbox();
  return result;
}

export async function mergeContactFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  const ask = confirmationStep(formData);
  if (ask) return ask;
  return runFormAction(mergeContact, { council }, formData, [councilAdminPath(council, 'contacts')]);
}

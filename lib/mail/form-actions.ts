'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { requeueMail } from './actions';
import { kickOutbox } from './worker';
import { councilAdminPath } from '../routes';

export async function requeueMailFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(requeueMail, { council }, formData, [councilAdminPath(council, 'mail')]);
  if (result.ok) void kickOutbox();
  return result;
}

'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { createInvitation, revokeInvitation } from './actions';
import { removeMember } from '../members/actions';
import { kickOutbox } from '../mail/worker';
import { confirmationStep } from '../forms/confirm';

export async function inviteFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(createInvitation, { council }, formData, [`/${council}/admin/members`]);
  if (result.ok) void kickOutbox();
  return result;
}

export async function revokeInvitationFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(revokeInvitation, { council }, formData, [`/${council}/admin/members`]);
}

export async function removeMemberFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  const ask = confirmationStep(formData);
  if (ask) return ask;
  return runFormAction(removeMember, { council }, formData, [`/${council}/admin/members`]);
}

'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { createInvitation, revokeInvitation } from './actions';
import { removeMember } from '../members/actions';
import { kickOutbox } from '../mail/worker';
import { confirmationStep } from '../forms/confirm';
import { councilAdminPath } from '../routes';

export async function inviteFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(createInvitation, { council }, formData, [councilAdminPath(council, 'members')]);
  if (result.ok) void kickOutbox();
  return result;
}

export async function revokeInvitationFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(revokeInvitation, { council }, formData, [councilAdminPath(council, 'members')]);
}

export async function removeMemberFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  const ask = confirmationStep(formData);
  if (ask) return ask;
  return runFormAction(removeMember, { council }, formData, [councilAdminPath(council, 'members')]);
}

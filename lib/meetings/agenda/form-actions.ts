'use server';

import { revalidatePath } from 'next/cache';
import { runFormAction } from '../../action/next';
import type { ActionResult } from '../../action/result';
import type { ActionCall } from '../../action/define';
import { agendasToAgreePath, boardSectionPath, meetingPath } from '../../routes';
import { addAgendaItem, addStandingItem, linkAgendaItem, moveAgendaItem, removeAgendaItem, unlinkAgendaItem, updateAgendaItem } from './actions';
import { agreeAgenda, agreeDelegatedAgenda } from './agreement';

type Executable = { execute: (call: ActionCall) => Promise<ActionResult<unknown>> };

// The meeting id is bound only to say which pages to refresh; the action itself reads
// every id from the form and checks it against the board in the route.
async function run(action: Executable, council: string, board: string, meetingId: string, formData: FormData) {
  const result = await runFormAction(action, { council, board }, formData);
  if (result.ok) {
    revalidatePath(meetingPath(council, board, meetingId), 'layout');
    revalidatePath(boardSectionPath(council, board, 'meetings'));
  }
  return result;
}

export type AgendaFormAction = (
  council: string,
  board: string,
  meetingId: string,
  prev: ActionResult | null,
  formData: FormData,
) => Promise<ActionResult<unknown>>;

export const addAgendaItemFormAction: AgendaFormAction = async (council, board, meetingId, _prev, formData) =>
  run(addAgendaItem, council, board, meetingId, formData);
export const addStandingItemFormAction: AgendaFormAction = async (council, board, meetingId, _prev, formData) =>
  run(addStandingItem, council, board, meetingId, formData);
export const updateAgendaItemFormAction: AgendaFormAction = async (council, board, meetingId, _prev, formData) =>
  run(updateAgendaItem, council, board, meetingId, formData);
export const moveAgendaItemFormAction: AgendaFormAction = async (council, board, meetingId, _prev, formData) =>
  run(moveAgendaItem, council, board, meetingId, formData);
export const removeAgendaItemFormAction: AgendaFormAction = async (council, board, meetingId, _prev, formData) =>
  run(removeAgendaItem, council, board, meetingId, formData);
export const linkAgendaItemFormAction: AgendaFormAction = async (council, board, meetingId, _prev, formData) =>
  run(linkAgendaItem, council, board, meetingId, formData);
export const unlinkAgendaItemFormAction: AgendaFormAction = async (council, board, meetingId, _prev, formData) =>
  run(unlinkAgendaItem, council, board, meetingId, formData);
export const agreeAgendaFormAction: AgendaFormAction = async (council, board, meetingId, _prev, formData) =>
  run(agreeAgenda, council, board, meetingId, formData);

/** The planning group's Chair agrees another board's agenda; that board's meeting pages are refreshed too. */
export async function agreeDelegatedAgendaFormAction(
  council: string,
  board: string,
  agendaBoard: string,
  meetingId: string,
  _prev: ActionResult | null,
  formData: FormData,
) {
  const result = await runFormAction(agreeDelegatedAgenda, { council, board }, formData, [agendasToAgreePath(council, board)]);
  if (result.ok) revalidatePath(meetingPath(council, agendaBoard, meetingId), 'layout');
  return result;
}

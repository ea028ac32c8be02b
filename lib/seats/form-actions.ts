'use server';

import { moveSeatToAccount } from './move';
import { redirect } from 'next/navigation';
import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { boardPath, boardSectionPath } from '../routes';
import { agreeSeatChange, changeSubstitute, createSeat, endSeat, fillSeat, updateSeat } from './actions';

const paths = (council: string, board: string) => [boardSectionPath(council, board, 'membership'), boardPath(council, board)];

export async function createSeatFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(createSeat, { council, board }, formData, paths(council, board));
  // back to the table, which confirms the new seat in place
  if (result.ok) redirect(boardSectionPath(council, board, 'membership', { added: result.data.seatId }));
  return result;
}

export async function updateSeatFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(updateSeat, { council, board }, formData, paths(council, board));
}

export async function moveSeatFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(moveSeatToAccount, { council, board }, formData, paths(council, board));
}

export async function endSeatFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(endSeat, { council, board }, formData, paths(council, board));
}

export async function fillSeatFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(fillSeat, { council, board }, formData, paths(council, board));
}

export async function changeSubstituteFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(changeSubstitute, { council, board }, formData, paths(council, board));
}

export async function agreeSeatChangeFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(agreeSeatChange, { council, board }, formData, paths(council, board));
}

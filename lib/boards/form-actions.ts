'use server';

import { redirect } from 'next/navigation';
import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { addReportingLine, changeBoardStatus, createBoard, removeReportingLine, updateBoard } from './actions';
import { confirmationStep } from '../forms/confirm';
import { setAgendaAgreement } from './agenda-agreement';
import { setTermsApprovalRoute } from './terms-route';
import { boardPath, boardSectionPath, councilPath } from '../routes';

const boardPaths = (council: string, board: string) => [councilPath(council), boardPath(council, board), boardSectionPath(council, board, 'settings')];

export async function createBoardFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(createBoard, { council }, formData, [councilPath(council)]);
  // the new board's settings page is where its setting-up continues
  if (result.ok) redirect(boardSectionPath(council, result.data.slug, 'settings', { created: 1 }));
  return result;
}

export async function updateBoardFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(updateBoard, { council, board }, formData, boardPaths(council, board));
}

export async function setAgendaAgreementFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(setAgendaAgreement, { council, board }, formData, boardPaths(council, board));
}

export async function changeBoardStatusFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const ask = confirmationStep(formData, changeBoardStatus);
  if (ask) return ask;
  return runFormAction(changeBoardStatus, { council, board }, formData, boardPaths(council, board));
}

export async function addReportingLineFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(addReportingLine, { council, board }, formData, [boardSectionPath(council, board, 'settings')]);
}

export async function removeReportingLineFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(removeReportingLine, { council, board }, formData, [boardSectionPath(council, board, 'settings')]);
}

export async function setTermsApprovalRouteFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(setTermsApprovalRoute, { council, board }, formData, [...boardPaths(council, board), boardSectionPath(council, board, 'terms')]);
}

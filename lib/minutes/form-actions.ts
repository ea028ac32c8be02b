'use server';

import { redirect } from 'next/navigation';
import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { kickOutbox } from '../mail/worker';
import {
  approveMinutes,
  confirmMinutes,
  correctMinutes,
  distributeMinutes,
  returnMinutes,
  saveMinutesDraft,
  sendMinutesToChair,
  startMinutes,
} from './actions';
import { confirmationStep } from '../forms/confirm';
import { boardPath, boardSectionPath, councilPath, meetingPath, minutesPath } from '../routes';

const paths = (council: string, board: string, meeting: string) => [
  meetingPath(council, board, meeting),
  minutesPath(council, board, meeting),
  boardPath(council, board),
  councilPath(council),
];

// Each step changes which forms the minutes page shows, so a success moves to the page
// with a notice there rather than leaving a message inside a form that is gone.

export async function startMinutesFormAction(council: string, board: string, meeting: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(startMinutes, { council, board }, formData, paths(council, board, meeting));
  if (result.ok) redirect(minutesPath(council, board, meeting, { done: 'started' }));
  return result;
}

/**
 * The editor's save: called by autosave and by the Save button, and posted as a plain form
 * before JavaScript loads. Nothing is revalidated: the editor already holds what was saved,
 * and re-rendering the whole page on every pause in typing would only cost time (the page
 * is dynamic, so the next visit reads it afresh).
 */
export async function saveMinutesFormAction(council: string, board: string, _meeting: string, formData: FormData) {
  return runFormAction(saveMinutesDraft, { council, board }, formData);
}

/**
 * The editor's Save button before JavaScript has loaded (or without it): the same save,
 * through useActionState, so a clash or a validation error comes back to the page with
 * what was typed instead of being thrown away.
 */
export async function saveMinutesFallbackFormAction(council: string, board: string, meeting: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(saveMinutesDraft, { council, board }, formData, [minutesPath(council, board, meeting)]);
}

export async function sendMinutesFormAction(council: string, board: string, meeting: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(sendMinutesToChair, { council, board }, formData, paths(council, board, meeting));
  if (result.ok) {
    void kickOutbox();
    redirect(minutesPath(council, board, meeting, { done: 'sent' }));
  }
  return result;
}

export async function returnMinutesFormAction(council: string, board: string, meeting: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(returnMinutes, { council, board }, formData, paths(council, board, meeting));
  if (result.ok) {
    void kickOutbox();
    redirect(minutesPath(council, board, meeting, { done: 'returned' }));
  }
  return result;
}

export async function approveMinutesFormAction(council: string, board: string, meeting: string, _prev: ActionResult | null, formData: FormData) {
  const ask = confirmationStep(formData);
  if (ask) return ask;
  const result = await runFormAction(approveMinutes, { council, board }, formData, [
    ...paths(council, board, meeting),
    boardSectionPath(council, board, 'actions'),
  ]);
  if (result.ok) redirect(minutesPath(council, board, meeting, { done: 'approved', actions: result.data.actions.length }));
  return result;
}

export async function distributeMinutesFormAction(council: string, board: string, meeting: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(distributeMinutes, { council, board }, formData, paths(council, board, meeting));
  if (result.ok) {
    void kickOutbox();
    redirect(minutesPath(council, board, meeting, { done: result.data.late ? 'distributed-late' : 'distributed', sent: result.data.recipients }));
  }
  return result;
}

export async function confirmMinutesFormAction(council: string, board: string, meeting: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(confirmMinutes, { council, board }, formData, paths(council, board, meeting));
  if (result.ok) redirect(minutesPath(council, board, meeting, { done: 'confirmed' }));
  return result;
}

export async function correctMinutesFormAction(council: string, board: string, meeting: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(correctMinutes, { council, board }, formData, paths(council, board, meeting));
  if (result.ok) redirect(minutesPath(council, board, meeting, { done: 'correcting' }));
  return result;
}

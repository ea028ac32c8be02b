'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { askToConfirm, isConfirmed } from '../forms/confirm';
import { boardPath, boardSectionPath, meetingPath } from '../routes';
import { recordHistoricalMeeting } from './historical';
import { cancelMeeting, recordScheduleReview, rescheduleMeeting, scheduleMeeting, scheduleSeries, updateMeeting } from './actions';

// The meetings list and every page under it (a meeting, its edit and agenda pages)
// show what these change.
function refreshMeetings(council: string, board: string) {
  revalidatePath(boardSectionPath(council, board, 'meetings'), 'layout');
  revalidatePath(boardPath(council, board));
}

/** The confirmation's answer, as the action reads it: "yes" once the question about short notice was seen. */
function withShortNoticeAnswer(formData: FormData): FormData {
  if (isConfirmed(formData)) formData.set('acceptShortNotice', 'yes');
  return formData;
}

const shortNoticeQuestion = (formData: FormData, passed: string[], question: string, confirmLabel: string) =>
  askToConfirm(formData, { question, detail: [...passed, 'Members may have too little time to read the papers or send apologies.'], confirmLabel });

export async function scheduleMeetingFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(scheduleMeeting, { council, board }, withShortNoticeAnswer(formData));
  if (!result.ok) return result;
  if (!result.data.meetingId) return shortNoticeQuestion(formData, result.data.shortNotice, 'Schedule this meeting at short notice?', 'Yes, schedule it');
  refreshMeetings(council, board);
  redirect(meetingPath(council, board, result.data.meetingId));
}

export async function scheduleSeriesFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(scheduleSeries, { council, board }, formData);
  if (result.ok) refreshMeetings(council, board);
  return result;
}

export async function updateMeetingFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(updateMeeting, { council, board }, formData);
  if (result.ok) refreshMeetings(council, board);
  return result;
}

export async function cancelMeetingFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(cancelMeeting, { council, board }, formData);
  if (!result.ok) return result;
  refreshMeetings(council, board);
  redirect(meetingPath(council, board, result.data.meetingId));
}

export async function rescheduleMeetingFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(rescheduleMeeting, { council, board }, withShortNoticeAnswer(formData));
  if (!result.ok) return result;
  if (!result.data.meetingId) return shortNoticeQuestion(formData, result.data.shortNotice, 'Move this meeting at short notice?', 'Yes, move it');
  refreshMeetings(council, board);
  redirect(meetingPath(council, board, result.data.meetingId));
}

export async function recordScheduleReviewFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(recordScheduleReview, { council, board }, formData);
  if (result.ok) refreshMeetings(council, board);
  return result;
}

export async function recordHistoricalMeetingFormAction(council: string, board: string, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(recordHistoricalMeeting, { council, board }, formData);
  if (!result.ok) return result;
  refreshMeetings(council, board);
  redirect(meetingPath(council, board, result.data.meetingId));
}

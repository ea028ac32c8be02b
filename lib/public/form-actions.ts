'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { publishMeeting } from './actions';

export async function publishMeetingFormAction(route: { council: string; board: string; meeting: string }, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(publishMeeting, route, formData, [
    `/${route.council}/boards/${route.board}/meetings/${route.meeting}/attendance`,
    `/${route.council}/boards/${route.board}/meetings/${route.meeting}`,
    `/public/${route.council}/${route.board}`,
  ]);
}

'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { publishMeeting } from './actions';
import { meetingPath, meetingSectionPath, publicBoardPath } from '../routes';

export async function publishMeetingFormAction(route: { council: string; board: string; meeting: string }, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(publishMeeting, route, formData, [
    meetingSectionPath(route.council, route.board, route.meeting, 'attendance'),
    meetingPath(route.council, route.board, route.meeting),
    publicBoardPath(route.council, route.board),
  ]);
}

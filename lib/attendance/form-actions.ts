'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { meetingPath, meetingSectionPath, myMeetingsPath } from '../routes';
import { decideQuorum, recordApologies, recordAttendance, sendApologies, withdrawOwnApologies } from './actions';

type Route = { council: string; board: string; meeting: string };

// the pages that show replies and attendance; the action itself reads ids from the form only
const shown = ({ council, board, meeting }: Route) => [
  meetingSectionPath(council, board, meeting, 'attendance'),
  meetingPath(council, board, meeting),
  myMeetingsPath(),
];

export async function sendApologiesFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(sendApologies, route, formData, shown(route));
}

export async function withdrawApologiesFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(withdrawOwnApologies, route, formData, shown(route));
}

export async function recordApologiesFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(recordApologies, route, formData, shown(route));
}

export async function recordAttendanceFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(recordAttendance, route, formData, shown(route));
}

export async function decideQuorumFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(decideQuorum, route, formData, shown(route));
}

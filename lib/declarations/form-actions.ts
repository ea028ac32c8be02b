'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { meetingPath, meetingSectionPath, minutesPath } from '../routes';
import { declareInterest, recordDeclaration, removeDeclaration } from './actions';

type Route = { council: string; board: string; meeting: string };

const shown = ({ council, board, meeting }: Route) => [
  meetingSectionPath(council, board, meeting, 'declarations'),
  meetingPath(council, board, meeting),
  minutesPath(council, board, meeting),
];

export async function declareInterestFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(declareInterest, route, formData, shown(route));
}

export async function recordDeclarationFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(recordDeclaration, route, formData, shown(route));
}

export async function removeDeclarationFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(removeDeclaration, route, formData, shown(route));
}

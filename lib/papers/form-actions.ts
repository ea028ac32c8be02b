'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { kickOutbox } from '../mail/worker';
import { acceptLatePaper, circulatePapers } from './actions';
import { meetingPath, meetingSectionPath } from '../routes';

type Route = { council: string; board: string; meeting: string };

const pages = (r: Route) => [meetingSectionPath(r.council, r.board, r.meeting, 'papers'), meetingPath(r.council, r.board, r.meeting)];

export async function circulateFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(circulatePapers, route, formData, pages(route));
  if (result.ok) void kickOutbox();
  return result;
}

export async function acceptLateFormAction(route: Route, _prev: ActionResult | null, formData: FormData) {
  const result = await runFormAction(acceptLatePaper, route, formData, pages(route));
  if (result.ok) void kickOutbox();
  return result;
}

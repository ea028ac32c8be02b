'use server';

import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { kickOutbox } from '../mail/worker';
import { acceptLatePaper, circulatePapers } from './actions';
import { meetingPagePath, papersPagePath } from './paths';

type Route = { council: string; board: string; meeting: string };

const pages = (r: Route) => [papersPagePath(r), meetingPagePath(r)];

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

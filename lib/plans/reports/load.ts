import { notFound } from '../../errors';
import { defineQuery } from '../../access/query';
import type { BoardContext } from '../../boards/context';
import { londonDay } from '../../rules/london-calendar';
import { reportDocument } from './document';
import { buildReport } from './model';
import { readReportQuery } from './period';

/** The report a page or download asks for: its period and audience read from the query string. */
async function loadReportUnchecked(ctx: BoardContext, planId: string, params: Record<string, string | string[] | undefined>, now = new Date()) {
  const today = londonDay(now);
  const read = readReportQuery(params, today);
  const scope = { councilId: ctx.council.id, boardId: ctx.board.id, planId };
  let model = await buildReport(scope, read.query, today);
  if (!model) throw notFound();
  if (model.unknownAudience) {
    read.errors.push({ field: 'audience', message: 'Choose who the report is for from the list' });
    read.query = { ...read.query, audience: 'cabinet' };
    model = (await buildReport(scope, read.query, today))!;
  }
  return { ...read, model, document: reportDocument(model) };
}
export const loadReport = defineQuery({ resource: 'plan', run: loadReportUnchecked });

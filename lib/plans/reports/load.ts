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
  const model = await buildReport({ councilId: ctx.council.id, boardId: ctx.board.id, planId }, read.query, today);
  if (!model) throw notFound();
  return { ...read, model, document: reportDocument(model) };
}
export const loadReport = defineQuery({ resource: 'plan', run: loadReportUnchecked });

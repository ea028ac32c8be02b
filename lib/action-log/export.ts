import ExcelJS from 'exceljs';
import { z } from 'zod';
import { AppError } from '../errors';
import { routeAccess } from '../access/route';
import type { BoardContext } from '../boards/context';
import { dayString } from '../format';
import { label } from '../labels';
import { londonDay } from '../rules/london-calendar';
import { toCsv } from './csv';
import { actionFilterSchema, allFilteredActions, type ActionRow, type ParsedActionFilter } from './queries';

/**
 * The export's columns: the screen's, with its combined cells taken apart so that each
 * holds one value a spreadsheet can sort (the revised date cell becomes the agreed date
 * and the proposal waiting for agreement; the latest update and its date).
 */
export const EXPORT_COLUMNS = [
  { header: 'Reference', width: 14, value: (a: ActionRow) => a.reference },
  { header: 'Action', width: 60, value: (a: ActionRow) => a.description },
  { header: 'Owner', width: 36, value: (a: ActionRow) => a.owner },
  { header: 'Due date', width: 12, date: true, value: (a: ActionRow) => dayString(a.dueOn) },
  { header: 'Agreed revised date', width: 12, date: true, value: (a: ActionRow) => (a.agreedDueOn ? dayString(a.agreedDueOn) : '') },
  {
    header: 'Proposed date, not yet agreed',
    width: 12,
    date: true,
    value: (a: ActionRow) => (a.proposedRevision ? dayString(a.proposedRevision.proposedDueOn) : ''),
  },
  { header: 'Reason for the proposed date', width: 40, value: (a: ActionRow) => a.proposedRevision?.reason ?? '' },
  { header: 'Status', width: 24, value: (a: ActionRow) => label('actionStatus', a.status) },
  { header: 'RAG', width: 10, value: (a: ActionRow) => ({ red: 'Red', amber: 'Amber', green: 'Green', complete: 'Complete' })[a.rag] },
  { header: 'Latest update', width: 60, value: (a: ActionRow) => a.latestUpdate?.body ?? '' },
  { header: 'Imported (historical record)', width: 30, value: (a: ActionRow) => (a.importedAt ? `Imported from ${a.importedFrom ?? 'an earlier log'}` : '') },
  { header: 'Latest update on', width: 12, date: true, value: (a: ActionRow) => (a.latestUpdate ? londonDay(a.latestUpdate.createdAt) : '') },
] as const;

export function actionsCsv(rows: ActionRow[]): string {
  return toCsv(
    EXPORT_COLUMNS.map((c) => c.header),
    rows.map((a) => EXPORT_COLUMNS.map((c) => c.value(a))),
  );
}

export async function actionsXlsx(rows: ActionRow[], title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tabled';
  const sheet = book.addWorksheet('Action log', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const a of rows) {
    sheet.addRow(
      EXPORT_COLUMNS.map((c) => {
        const v = c.value(a);
        // dates as real dates, so the sheet sorts and filters them; text as text (never a formula)
        if ('date' in c && v) return new Date(`${v}T00:00:00Z`);
        return v;
      }),
    );
  }
  EXPORT_COLUMNS.forEach((c, i) => {
    if ('date' in c) sheet.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  book.title = title;
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { body: Uint8Array<ArrayBuffer> | string; contentType: string; fileName: string };

/** What the filters say in a file name: `…-action-log-overdue-2026-03-20.csv`. */
function fileName(boardSlug: string, f: ParsedActionFilter, format: ExportFormat, now: Date) {
  const parts = [
    boardSlug,
    'action-log',
    f.status?.toLowerCase().replace(/_/g, '-'),
    f.overdue && 'overdue',
    f.mine && 'mine',
    f.awaiting && 'awaiting-agreement',
    (f.owner || f.q) && 'filtered',
    londonDay(now),
  ];
  return `${parts.filter(Boolean).join('-')}.${format}`;
}

/**
 * The action log as a file, with exactly the rows the same URL parameters select on the
 * screen (every page of them), for an access that may read the log (defineRoute checked it).
 */
export async function actionLogExport(
  ctx: Pick<BoardContext, 'council' | 'board' | 'actor'>,
  search: Record<string, string | string[] | undefined>,
  format: ExportFormat,
  now = new Date(),
): Promise<ExportFile | null> {
  if (!z.enum(EXPORT_FORMATS).safeParse(format).success) return null;
  const filter = actionFilterSchema.parse(search);
  const rows = await allFilteredActions({ council: ctx.council, board: ctx.board, actor: { id: ctx.actor.id } }, filter, now);
  const name = fileName(ctx.board.slug, filter, format, now);
  if (format === 'csv') return { body: actionsCsv(rows), contentType: 'text/csv; charset=utf-8', fileName: name };
  return {
    body: new Uint8Array(await actionsXlsx(rows, `${ctx.board.name} action log`)),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: name,
  };
}

/**
 * The same, for a person by id (scripts, tests): checked as the page is, through the one
 * access path (an enabled person, a member of the council with a role on the board that
 * may read the log); anything else is null (404).
 */
export async function actionLogExportFor(
  actorId: string,
  councilSlug: string,
  boardSlug: string,
  search: Record<string, string | string[] | undefined>,
  format: ExportFormat,
  now = new Date(),
): Promise<ExportFile | null> {
  if (!z.enum(EXPORT_FORMATS).safeParse(format).success) return null;
  const ctx = await routeAccess({ actorId, councilSlug, boardSlug, now }, 'action', 'read').catch((error: unknown) => {
    if (error instanceof AppError) return null;
    throw error;
  });
  return ctx && actionLogExport(ctx, search, format, now);
}

import { defineRoute } from '../access/route';
import { notFound } from '../errors';
import { actionLogExport, type ExportFormat } from './export';

/** The action log as CSV or XLSX: exactly the rows the list's filters (carried in the query string) select. */
export function actionLogExportRoute(format: ExportFormat) {
  return defineRoute<{ council: string; board: string }>(`actions.export.${format}`, {
    scope: 'board',
    resource: 'action',
    operation: 'read',
    answer: 'text',
    async run(ctx, request) {
      const search: Record<string, string> = {};
      for (const [k, v] of new URL(request.url).searchParams) if (!(k in search)) search[k] = v;
      const file = await actionLogExport(ctx, search, format, ctx.now);
      if (!file) throw notFound();
      return new Response(file.body, { headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.fileName}"` } });
    },
  });
}

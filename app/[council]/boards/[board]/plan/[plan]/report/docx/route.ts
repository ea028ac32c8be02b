import { defineRoute } from '@/lib/access/route';
import { exportFileBase } from '@/lib/plans/export/data';
import { DOCX_TYPE, downloadResponse } from '@/lib/plans/export/respond';
import { renderReportDocx } from '@/lib/plans/reports/docx';
import { loadReport } from '@/lib/plans/reports/load';
import { readPlan } from '@/lib/plans/resolve';

export const dynamic = 'force-dynamic';

/** The progress report as an editable Word document, for the period and audience in the query string. */
export const GET = defineRoute<{ council: string; board: string; plan: string }>('plans.report.docx', {
  scope: 'board',
  resource: 'plan',
  operation: 'read',
  answer: 'text',
  async run(ctx, request) {
    const plan = await readPlan.read(ctx, ctx.params.plan);
    const { query, document } = await loadReport.read(ctx, plan.id, Object.fromEntries(new URL(request.url).searchParams));
    const docx = await renderReportDocx(document, { author: ctx.council.name });
    return downloadResponse(docx, DOCX_TYPE, `${exportFileBase(ctx.board.slug, plan.title)}-report-${query.audience}-${query.to}.docx`);
  },
});

import { defineRoute } from '@/lib/access/route';
import { exportFileBase } from '@/lib/plans/export/data';
import { downloadResponse } from '@/lib/plans/export/respond';
import { loadReport } from '@/lib/plans/reports/load';
import { renderReportPdf } from '@/lib/plans/reports/pdf';
import { readPlan } from '@/lib/plans/resolve';

export const dynamic = 'force-dynamic';

/** The progress report as a tagged PDF, for the period and audience in the query string. */
export const GET = defineRoute<{ council: string; board: string; plan: string }>('plans.report.pdf', {
  scope: 'board',
  resource: 'plan',
  operation: 'read',
  answer: 'text',
  async run(ctx, request) {
    const plan = await readPlan.read(ctx, ctx.params.plan);
    const { query, document } = await loadReport.read(ctx, plan.id, Object.fromEntries(new URL(request.url).searchParams));
    const pdf = await renderReportPdf(document, { author: ctx.council.name });
    return downloadResponse(pdf, 'application/pdf', `${exportFileBase(ctx.board.slug, plan.title)}-report-${query.audience}-${query.to}.pdf`, 'inline');
  },
});

import { resolveBoard } from '@/lib/boards/context';
import { exportFileBase } from '@/lib/plan-export/data';
import { downloadResponse } from '@/lib/plan-export/respond';
import { loadReport } from '@/lib/plan-reports/load';
import { renderReportPdf } from '@/lib/plan-reports/pdf';
import { resolvePlan } from '@/lib/plans/resolve';

type Context = { params: Promise<{ council: string; board: string; plan: string }> };

export const dynamic = 'force-dynamic';

/** The progress report as a tagged PDF, for the period and audience in the query string. */
export async function GET(request: Request, { params }: Context) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  const { query, document } = await loadReport(ctx, plan.id, Object.fromEntries(new URL(request.url).searchParams));
  const pdf = await renderReportPdf(document, { author: ctx.council.name });
  return downloadResponse(pdf, 'application/pdf', `${exportFileBase(ctx.board.slug, plan.title)}-report-${query.audience}-${query.to}.pdf`, 'inline');
}

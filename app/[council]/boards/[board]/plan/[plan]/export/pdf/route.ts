import { defineRoute } from '@/lib/access/route';
import { notFound } from '@/lib/errors';
import { exportFileBase, planForExport } from '@/lib/plans/export/data';
import { renderPlanPdf } from '@/lib/plans/export/pdf';
import { downloadResponse } from '@/lib/plans/export/respond';
import { readPlan } from '@/lib/plans/resolve';

export const dynamic = 'force-dynamic';

/** The plan as a tagged PDF, each theme with its actions. Authorised as the plan's pages are. */
export const GET = defineRoute<{ council: string; board: string; plan: string }>('plans.export.pdf', {
  scope: 'board',
  resource: 'plan',
  operation: 'read',
  answer: 'text',
  async run(ctx) {
    const plan = await readPlan.read(ctx, ctx.params.plan);
    const data = await planForExport(ctx.council.id, ctx.board.id, plan.id);
    if (!data) throw notFound('Plan');
    return downloadResponse(await renderPlanPdf(data), 'application/pdf', `${exportFileBase(ctx.board.slug, data.title)}.pdf`, 'inline');
  },
});

import { defineRoute } from '@/lib/access/route';
import { notFound } from '@/lib/errors';
import { exportFileBase, planForExport } from '@/lib/plans/export/data';
import { downloadResponse, XLSX_TYPE } from '@/lib/plans/export/respond';
import { renderPlanXlsx } from '@/lib/plans/export/xlsx';
import { readPlan } from '@/lib/plans/resolve';

export const dynamic = 'force-dynamic';

/** The plan as an Excel workbook in the columns the import reads. Authorised as the plan's pages are. */
export const GET = defineRoute<{ council: string; board: string; plan: string }>('plans.export.xlsx', {
  scope: 'board',
  resource: 'plan',
  operation: 'read',
  answer: 'text',
  async run(ctx) {
    const plan = await readPlan.read(ctx, ctx.params.plan);
    const data = await planForExport(ctx.council.id, ctx.board.id, plan.id);
    if (!data) throw notFound('Plan');
    return downloadResponse(await renderPlanXlsx(data), XLSX_TYPE, `${exportFileBase(ctx.board.slug, data.title)}.xlsx`);
  },
});

import { notFound } from 'next/navigation';
import { resolveBoard } from '@/lib/boards/context';
import { exportFileBase, planForExport } from '@/lib/plan-export/data';
import { downloadResponse, XLSX_TYPE } from '@/lib/plan-export/respond';
import { renderPlanXlsx } from '@/lib/plan-export/xlsx';
import { resolvePlan } from '@/lib/plans/resolve';

type Context = { params: Promise<{ council: string; board: string; plan: string }> };

export const dynamic = 'force-dynamic';

/** The plan as an Excel workbook in the columns the import reads. Authorised as the plan's pages are. */
export async function GET(_request: Request, { params }: Context) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  const data = await planForExport(ctx.council.id, ctx.board.id, plan.id);
  if (!data) notFound();
  return downloadResponse(await renderPlanXlsx(data), XLSX_TYPE, `${exportFileBase(ctx.board.slug, data.title)}.xlsx`);
}

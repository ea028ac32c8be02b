import { notFound } from 'next/navigation';
import { resolveBoard } from '@/lib/boards/context';
import { exportFileBase, planForExport } from '@/lib/plan-export/data';
import { renderPlanPdf } from '@/lib/plan-export/pdf';
import { downloadResponse } from '@/lib/plan-export/respond';
import { resolvePlan } from '@/lib/plans/resolve';

type Context = { params: Promise<{ council: string; board: string; plan: string }> };

export const dynamic = 'force-dynamic';

/** The plan as a tagged PDF, each theme with its actions. Authorised as the plan's pages are. */
export async function GET(_request: Request, { params }: Context) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  const data = await planForExport(ctx.council.id, ctx.board.id, plan.id);
  if (!data) notFound();
  return downloadResponse(await renderPlanPdf(data), 'application/pdf', `${exportFileBase(ctx.board.slug, data.title)}.pdf`, 'inline');
}

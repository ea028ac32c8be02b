import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { heatMapCounts, riskRating, riskScore, riskTrend } from '../rules/risk-score';
import { londonDay } from '../rules/london-calendar';
import { z } from 'zod';

export const riskFilterSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export const RISK_PAGE_SIZE = 50;

/** The risk log page: one page of risks by current score, and the heat map of all open risks. */
export async function listRisks(ctx: BoardContext, filter: z.infer<typeof riskFilterSchema>, now = new Date()) {
  const page = filter.page ?? 1;
  const today = new Date(`${londonDay(now)}T00:00:00Z`);
  const { rows, cells, total } = await withCouncil(ctx.council.id, async (tx) => {
    // One connection per transaction: its queries run one after another.
    const rows = await tx.risk.findMany({
      where: { boardId: ctx.board.id },
      orderBy: [{ status: 'asc' }, { reference: 'asc' }],
      skip: (page - 1) * RISK_PAGE_SIZE,
      take: RISK_PAGE_SIZE,
      select: {
        id: true, reference: true, title: true, category: true, status: true, ownerName: true, reviewDueOn: true,
        inherentLikelihood: true, inherentImpact: true, currentLikelihood: true, currentImpact: true, targetLikelihood: true, targetImpact: true,
        ownerSeat: { select: { position: true, person: { select: { name: true } } } },
        escalatedTo: { select: { reference: true, board: { select: { name: true } } } },
        reviews: { orderBy: { reviewedOn: 'desc' }, take: 2, select: { likelihood: true, impact: true, reviewedOn: true } },
      },
    });
    const cells = await tx.risk.groupBy({
      by: ['currentLikelihood', 'currentImpact'],
      where: { boardId: ctx.board.id, status: { not: 'CLOSED' } },
      _count: { _all: true },
    });
    const total = await tx.risk.count({ where: { boardId: ctx.board.id } });
    return { rows, cells, total };
  });
  const heatMap = heatMapCounts([]);
  for (const c of cells) {
    const row = heatMap[c.currentLikelihood - 1];
    if (row) row[c.currentImpact - 1] = c._count._all;
  }
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / RISK_PAGE_SIZE)),
    heatMap,
    appetite: ctx.board.riskAppetiteScore,
    rows: rows.map((r) => {
      const current = riskScore(r.currentLikelihood, r.currentImpact);
      const [latest, previous] = r.reviews;
      return {
        ...r,
        inherent: riskScore(r.inherentLikelihood, r.inherentImpact),
        current,
        target: riskScore(r.targetLikelihood, r.targetImpact),
        rating: riskRating(current),
        trend: latest && previous ? riskTrend(riskScore(previous.likelihood, previous.impact), riskScore(latest.likelihood, latest.impact)) : null,
        reviewOverdue: r.status !== 'CLOSED' && r.reviewDueOn < today,
      };
    }),
  };
}

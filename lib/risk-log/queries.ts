import 'server-only';
import { z } from 'zod';
import { notFound } from 'next/navigation';
import type { Prisma } from '../db/generated/prisma/client';
import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { dayString } from '../format';
import { heatMapCounts, riskRating, riskScore, riskTrend } from '../rules/risk-score';
import { addCalendarDays, londonDay } from '../rules/london-calendar';
import { isAboveAppetite, latestTrend, REVIEW_DUE_SOON_DAYS, reviewState, scoreHistory } from '../rules/risk-review';
import { boardsWithRiskRoles } from './escalation-boards';
import { riskStatuses } from './schema';

const optionalLevel = z.coerce.number().int().min(1).max(5).optional().catch(undefined);

/** The risk log's query string; anything unreadable is ignored rather than refused. */
export const riskFilterSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  // absent: the risks still open (not closed); "all" includes closed ones
  status: z
    .enum(['all', 'active', ...riskStatuses])
    .optional()
    .catch(undefined),
  category: z
    .string()
    .trim()
    .max(100)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined),
  owner: z.string().uuid().optional().catch(undefined),
  appetite: z.enum(['above']).optional().catch(undefined),
  review: z.enum(['overdue', 'due']).optional().catch(undefined),
  likelihood: optionalLevel,
  impact: optionalLevel,
  sort: z.enum(['score', 'review', 'reference']).optional().catch(undefined),
});
export type RiskFilter = z.infer<typeof riskFilterSchema>;
export const RISK_PAGE_SIZE = 50;

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** The filter as a Prisma where, every condition on an indexed column of the board's risks. */
export function riskWhere(boardId: string, filter: RiskFilter, appetite: number, today: string): Prisma.RiskWhereInput {
  const status = filter.status ?? 'active';
  const and: Prisma.RiskWhereInput[] = [{ boardId }];
  if (status === 'active') and.push({ status: { not: 'CLOSED' } });
  else if (status !== 'all') and.push({ status });
  if (filter.category) and.push({ category: filter.category });
  if (filter.owner) and.push({ ownerSeatId: filter.owner });
  if (filter.appetite === 'above') and.push({ currentScore: { gt: appetite } });
  if (filter.likelihood) and.push({ currentLikelihood: filter.likelihood });
  if (filter.impact) and.push({ currentImpact: filter.impact });
  if (filter.review === 'overdue') and.push({ status: { not: 'CLOSED' }, reviewDueOn: { lt: utcDay(today) } });
  if (filter.review === 'due') and.push({ status: { not: 'CLOSED' }, reviewDueOn: { lte: utcDay(addCalendarDays(today, REVIEW_DUE_SOON_DAYS)) } });
  return { AND: and };
}

const orderBy: Record<NonNullable<RiskFilter['sort']>, Prisma.RiskOrderByWithRelationInput[]> = {
  score: [{ currentScore: 'desc' }, { reference: 'asc' }],
  review: [{ reviewDueOn: 'asc' }, { reference: 'asc' }],
  reference: [{ reference: 'asc' }],
};

export const ownerLabel = (r: { ownerName: string | null; ownerSeat: { position: string; person: { name: string } | null } | null }) =>
  r.ownerSeat ? (r.ownerSeat.person ? `${r.ownerSeat.person.name}, ${r.ownerSeat.position}` : r.ownerSeat.position) : (r.ownerName ?? 'No owner');

/** The risk log page: one page of risks as filtered, the heat map of open risks, and the filters' choices. */
export async function listRisks(ctx: BoardContext, filter: RiskFilter, now = new Date()) {
  const page = filter.page ?? 1;
  const today = londonDay(now);
  const appetite = ctx.board.riskAppetiteScore;
  const where = riskWhere(ctx.board.id, filter, appetite, today);
  const data = await withCouncil(ctx.council.id, async (tx) => {
    // One connection per transaction: its queries run one after another.
    const total = await tx.risk.count({ where });
    const rows = await tx.risk.findMany({
      where,
      orderBy: orderBy[filter.sort ?? 'score'],
      skip: (page - 1) * RISK_PAGE_SIZE,
      take: RISK_PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        title: true,
        category: true,
        status: true,
        ownerName: true,
        reviewDueOn: true,
        inherentLikelihood: true,
        inherentImpact: true,
        currentLikelihood: true,
        currentImpact: true,
        targetLikelihood: true,
        targetImpact: true,
        ownerSeat: { select: { position: true, person: { select: { name: true } } } },
        escalatedTo: { select: { reference: true, board: { select: { slug: true, name: true } } } },
        escalatedFrom: { select: { reference: true, board: { select: { slug: true, name: true } } } },
        reviews: { orderBy: [{ reviewedOn: 'desc' }, { createdAt: 'desc' }], take: 2, select: { likelihood: true, impact: true } },
      },
    });
    const cells = await tx.risk.groupBy({
      by: ['currentLikelihood', 'currentImpact'],
      where: { boardId: ctx.board.id, status: { not: 'CLOSED' } },
      _count: { _all: true },
    });
    const overdue = await tx.risk.count({ where: { boardId: ctx.board.id, status: { not: 'CLOSED' }, reviewDueOn: { lt: utcDay(today) } } });
    const categories = await tx.risk.groupBy({ by: ['category'], where: { boardId: ctx.board.id }, orderBy: { category: 'asc' } });
    const owners = await tx.seat.findMany({
      where: { boardId: ctx.board.id },
      orderBy: [{ position: 'asc' }],
      select: { id: true, position: true, person: { select: { name: true } } },
    });
    return { total, rows, cells, overdue, categories, owners };
  });
  const heatMap = heatMapCounts([]);
  for (const c of data.cells) {
    const row = heatMap[c.currentLikelihood - 1];
    if (row) row[c.currentImpact - 1] = c._count._all;
  }
  return {
    total: data.total,
    page,
    pages: Math.max(1, Math.ceil(data.total / RISK_PAGE_SIZE)),
    heatMap,
    openTotal: data.cells.reduce((n, c) => n + c._count._all, 0),
    overdueReviews: data.overdue,
    appetite,
    categories: data.categories.map((c) => c.category),
    owners: data.owners.map((s) => ({ id: s.id, label: s.person ? `${s.person.name}, ${s.position}` : s.position })),
    rows: data.rows.map((r) => {
      const current = riskScore(r.currentLikelihood, r.currentImpact);
      const [latest, previous] = r.reviews;
      return {
        ...r,
        owner: ownerLabel(r),
        inherent: riskScore(r.inherentLikelihood, r.inherentImpact),
        current,
        target: riskScore(r.targetLikelihood, r.targetImpact),
        rating: riskRating(current),
        aboveAppetite: isAboveAppetite(current, appetite),
        trend: latest && previous ? riskTrend(riskScore(previous.likelihood, previous.impact), riskScore(latest.likelihood, latest.impact)) : null,
        review: reviewState(dayString(r.reviewDueOn), today, r.status === 'CLOSED'),
        reviewOverdue: reviewState(dayString(r.reviewDueOn), today, r.status === 'CLOSED') === 'overdue',
      };
    }),
  };
}

/** One risk by its reference on this board, with its history, mitigations and escalation links; 404 otherwise. */
export async function getRisk(ctx: BoardContext, reference: string, now = new Date()) {
  const today = londonDay(now);
  const data = await withCouncil(ctx.council.id, async (tx) => {
    const risk = await tx.risk.findUnique({
      where: { boardId_reference: { boardId: ctx.board.id, reference } },
      select: {
        id: true,
        reference: true,
        title: true,
        description: true,
        cause: true,
        consequence: true,
        category: true,
        ownerSeatId: true,
        ownerName: true,
        inherentLikelihood: true,
        inherentImpact: true,
        currentLikelihood: true,
        currentImpact: true,
        targetLikelihood: true,
        targetImpact: true,
        controls: true,
        reviewDueOn: true,
        status: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        ownerSeat: { select: { position: true, person: { select: { name: true } } } },
        escalatedTo: { select: { reference: true, status: true, board: { select: { slug: true, name: true } } } },
        escalatedFrom: { select: { reference: true, status: true, board: { select: { slug: true, name: true } } } },
        mitigations: {
          orderBy: [{ done: 'asc' }, { dueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
          select: { id: true, description: true, ownerName: true, dueOn: true, done: true },
        },
        reviews: {
          orderBy: [{ reviewedOn: 'asc' }, { createdAt: 'asc' }],
          select: { id: true, reviewedOn: true, likelihood: true, impact: true, note: true, reviewedById: true },
        },
      },
    });
    if (!risk) return null;
    const reviewerIds = [...new Set(risk.reviews.flatMap((r) => (r.reviewedById ? [r.reviewedById] : [])))];
    const reviewers = reviewerIds.length ? await tx.person.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, name: true } }) : [];
    return { risk, reviewers };
  });
  if (!data) notFound();
  const { risk, reviewers } = data;
  const names = new Map(reviewers.map((p) => [p.id, p.name]));
  const history = scoreHistory(risk.reviews.map((r) => ({ reviewedOn: dayString(r.reviewedOn), likelihood: r.likelihood, impact: r.impact })));
  const current = riskScore(risk.currentLikelihood, risk.currentImpact);
  return {
    ...risk,
    owner: ownerLabel(risk),
    inherent: riskScore(risk.inherentLikelihood, risk.inherentImpact),
    current,
    target: riskScore(risk.targetLikelihood, risk.targetImpact),
    rating: riskRating(current),
    aboveAppetite: isAboveAppetite(current, ctx.board.riskAppetiteScore),
    review: reviewState(dayString(risk.reviewDueOn), today, risk.status === 'CLOSED'),
    history,
    trend: latestTrend(history),
    reviews: risk.reviews.map((r, i) => ({ ...r, reviewer: r.reviewedById ? (names.get(r.reviewedById) ?? null) : null, point: history[i] })),
  };
}

/** The choices the risk forms offer: this board's seats as owners, the council's other boards this person may escalate to. */
export async function riskFormOptions(ctx: BoardContext) {
  return withCouncil(ctx.council.id, async (tx) => {
    const seats = await tx.seat.findMany({
      where: { boardId: ctx.board.id },
      orderBy: [{ position: 'asc' }],
      select: { id: true, position: true, person: { select: { name: true } } },
    });
    // only boards whose risk log this person may write to: others (private ones included) are not named
    const others = await boardsWithRiskRoles(
      tx,
      { personId: ctx.actor.id, councilRole: ctx.councilRole },
      { id: { not: ctx.board.id }, status: { not: 'DISSOLVED' } },
    );
    const boards = others.filter((b) => b.mayEscalateTo).map((b) => ({ id: b.id, name: b.name }));
    const categories = await tx.risk.groupBy({ by: ['category'], where: { boardId: ctx.board.id }, orderBy: { category: 'asc' } });
    return {
      seats: seats.map((s) => ({ id: s.id, label: s.person ? `${s.person.name}, ${s.position}` : `${s.position} (to be appointed)` })),
      boards,
      categories: categories.map((c) => c.category),
    };
  });
}

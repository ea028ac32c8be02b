import 'server-only';
import { withCouncil } from '../db/tenant';
import type { CouncilContext } from '../councils/queries';
import type { BoardContext } from './context';
import { paperDeadline } from '../rules/deadlines';
import { londonDay } from '../rules/london-calendar';
import { riskScore } from '../rules/risk-score';
import { isAboveAppetite, reviewState } from '../rules/risk-review';
import { dayString } from '../format';
import { countAwaitingAgreement, overdueWhere } from '../action-log/queries';
import { councilPageAccess } from '../access/page';
import { minutesAlerts } from '../minutes/queries';
import { inFamilies } from '../rules/board-families';

/** Boards of the council this person may see: all of them for council admins. */
/** The council's boards this person has a role on, each followed by the boards that support it. */
export async function listBoards(ctx: CouncilContext) {
  const { boards } = await councilPageAccess(ctx.council.slug);
  return inFamilies(boards.filter((b) => b.roles.length > 0));
}

/**
 * Everything the board overview shows, in one transaction: the next meeting and its
 * paper deadline, overdue actions, the highest current risks and plan progress by theme.
 */
export async function getBoardOverview(ctx: BoardContext, now = new Date()) {
  const today = new Date(`${londonDay(now)}T00:00:00Z`);
  const boardId = ctx.board.id;
  const data = await withCouncil(ctx.council.id, async (tx) => {
    // One connection per transaction: its queries run one after another.
    const nextMeeting = await tx.meeting.findFirst({
      where: { boardId, status: 'SCHEDULED', startsAt: { gte: now } },
      orderBy: { startsAt: 'asc' },
      select: {
        id: true,
        title: true,
        startsAt: true,
        venue: true,
        kind: true,
        theme: true,
        papers: { select: { status: true, isLate: true } },
      },
    });
    const overdueCount = await tx.action.count({ where: { boardId, ...overdueWhere(today) } });
    const overdue = await tx.action.findMany({
      where: { boardId, ...overdueWhere(today) },
      orderBy: [{ agreedDueOn: { sort: 'asc', nulls: 'last' } }, { dueOn: 'asc' }],
      take: 5,
      select: {
        id: true,
        reference: true,
        description: true,
        dueOn: true,
        agreedDueOn: true,
        ownerSeat: { select: { position: true, person: { select: { name: true } } } },
      },
    });
    const risks = await tx.risk.findMany({
      where: { boardId, status: { not: 'CLOSED' } },
      select: { id: true, reference: true, title: true, currentLikelihood: true, currentImpact: true, reviewDueOn: true, status: true },
    });
    const plan = await tx.improvementPlan.findFirst({
      where: { boardId, status: { in: ['IN_DELIVERY', 'APPROVED', 'TRANSITION'] } },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        title: true,
        themes: { orderBy: { position: 'asc' }, select: { id: true, name: true } },
      },
    });
    // the same condition as the action log's `awaiting` filter
    const unagreedRevisions = await countAwaitingAgreement(tx, boardId);
    const progress = plan ? await tx.planAction.groupBy({ by: ['themeId', 'status'], where: { planId: plan.id }, _count: { _all: true } }) : [];
    // the next three meetings and what the forward plan holds for each, in one query
    const forwardMeetings = await tx.meeting.findMany({
      where: { boardId, status: 'SCHEDULED', startsAt: { gte: now } },
      orderBy: { startsAt: 'asc' },
      take: 3,
      select: {
        id: true,
        title: true,
        startsAt: true,
        forwardPlan: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, title: true, presenter: true, agendaItemId: true } },
      },
    });
    const minutes = await minutesAlerts(tx, [boardId], now);
    // the boards that support this one report to it: their next meeting and the risks they have escalated here, still open
    const supporting = await tx.board.findMany({
      where: { parentBoardId: boardId, status: { not: 'DISSOLVED' } },
      orderBy: { name: 'asc' },
      select: {
        id: true,
        slug: true,
        name: true,
        meetings: { where: { status: 'SCHEDULED', startsAt: { gte: now } }, orderBy: { startsAt: 'asc' }, take: 1, select: { startsAt: true, title: true } },
        _count: { select: { risks: { where: { escalatedTo: { boardId }, status: { not: 'CLOSED' } } } } },
      },
    });
    return { nextMeeting, overdueCount, overdue, risks, plan, progress, unagreedRevisions, forwardMeetings, minutes, supporting };
  });

  const topRisks = data.risks
    .map((r) => ({ ...r, score: riskScore(r.currentLikelihood, r.currentImpact) }))
    .sort((a, b) => b.score - a.score || a.reference.localeCompare(b.reference))
    .slice(0, 5);
  const themes = data.plan?.themes.map((theme) => {
    const rows = data.progress.filter((p) => p.themeId === theme.id);
    const total = rows.reduce((n, r) => n + r._count._all, 0);
    const done = rows.filter((r) => r.status === 'SIGNED_OFF' || r.status === 'CLOSED' || r.status === 'CARRIED_OVER').reduce((n, r) => n + r._count._all, 0);
    return { ...theme, total, done };
  });
  const next = data.nextMeeting;
  return {
    nextMeeting: next && {
      ...next,
      paperDeadline: paperDeadline(next.startsAt, ctx.board.paperNoticeWorkingDays, ctx.region),
      papersCirculated: next.papers.filter((p) => p.status === 'CIRCULATED').length,
      papersOutstanding: next.papers.filter((p) => p.status === 'DRAFT').length,
      papersLate: next.papers.filter((p) => p.isLate).length,
    },
    overdueCount: data.overdueCount,
    overdue: data.overdue,
    topRisks,
    risksAboveAppetite: data.risks.filter((r) => riskScore(r.currentLikelihood, r.currentImpact) > ctx.board.riskAppetiteScore).length,
    plan: data.plan && { id: data.plan.id, title: data.plan.title, themes: themes ?? [] },
    unagreedRevisions: data.unagreedRevisions,
    /** minutes awaiting the Chair, and minutes whose distribution is overdue */
    minutes: data.minutes,
    ...riskDashboard(data.risks, ctx.board.riskAppetiteScore, londonDay(now)),
    forwardPlan: data.forwardMeetings,
    supporting: data.supporting.map((b) => ({ slug: b.slug, name: b.name, nextMeeting: b.meetings[0] ?? null, openEscalations: b._count.risks })),
  };
}

/**
 * The dashboard's risk lists, from the open risks already loaded: those above the board's
 * appetite (highest first) and the reviews overdue or due within 14 days (soonest first).
 */
function riskDashboard(
  risks: { id: string; reference: string; title: string; currentLikelihood: number; currentImpact: number; reviewDueOn: Date; status: string }[],
  appetite: number,
  today: string,
) {
  const scored = risks.map((r) => ({
    ...r,
    score: riskScore(r.currentLikelihood, r.currentImpact),
    review: reviewState(dayString(r.reviewDueOn), today, r.status === 'CLOSED'),
  }));
  return {
    aboveAppetite: scored.filter((r) => isAboveAppetite(r.score, appetite)).sort((a, b) => b.score - a.score || a.reference.localeCompare(b.reference)),
    reviewsDue: scored
      .filter((r) => r.review === 'overdue' || r.review === 'due-soon')
      .sort((a, b) => a.reviewDueOn.getTime() - b.reviewDueOn.getTime() || a.reference.localeCompare(b.reference)),
  };
}

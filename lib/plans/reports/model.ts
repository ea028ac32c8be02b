import { withCouncil } from '../../db/tenant';
import { endOfLondonDay, londonDay, startOfLondonDay, type LondonDay } from '../../rules/london-calendar';
import { measureRag, measureTrend, type MeasureRag, type MeasureTrend } from '../../rules/measure-rag';
import type { ReportQuery } from './period';
import { audienceChoices, resolveAudience } from './audiences';
import { recommendationsOf } from '../../recommendations/queries';
import { isFinished, type PlanActionStatus } from '../../rules/plans';

/** A meeting as a report names it: one held before the board came to Tabled says so, in every format. */
const titleOf = (m: { title: string; historical: boolean }) => (m.historical ? `${m.title} (historical record)` : m.title);

export const statusOrder = ['NOT_STARTED', 'IN_PROGRESS', 'AWAITING_SIGN_OFF', 'SIGNED_OFF', 'CARRIED_OVER', 'CLOSED'] as const;
export type StatusKey = (typeof statusOrder)[number];

export type ReportModel = NonNullable<Awaited<ReturnType<typeof buildReport>>>;

/**
 * One progress report, built once and rendered three ways (the page, the PDF, the
 * DOCX): progress by theme, actions signed off at meetings held in the period, actions
 * slipping with their original and revised dates, and each measure against its target.
 * Status counts are as the plan stands today: the plan keeps no history of status.
 */
export async function buildReport(scope: { councilId: string; boardId: string; planId: string }, query: ReportQuery, today: LondonDay) {
  return withCouncil(scope.councilId, async (tx) => {
    const plan = await tx.improvementPlan.findFirst({
      where: { id: scope.planId, boardId: scope.boardId },
      select: {
        id: true,
        title: true,
        status: true,
        board: {
          select: {
            name: true,
            council: { select: { name: true } },
            reportingLines: { orderBy: { name: 'asc' }, select: { id: true, body: true, name: true, frequency: true } },
          },
        },
        inspection: { select: { title: true, visitedOn: true } },
        themes: { orderBy: { position: 'asc' }, select: { id: true, name: true } },
      },
    });
    if (!plan) return null;
    const actions = await tx.planAction.findMany({
      where: { planId: plan.id },
      orderBy: [{ reference: 'asc' }],
      select: {
        id: true,
        reference: true,
        description: true,
        leadOfficer: true,
        dueOn: true,
        agreedDueOn: true,
        status: true,
        themeId: true,
        revisions: {
          orderBy: { proposedAt: 'desc' },
          select: { previousDueOn: true, proposedDueOn: true, reason: true, proposedAt: true, agreedAt: true, agreedAtMeetingId: true },
        },
      },
    });
    const signOffs = await tx.planActionSignOff.findMany({
      where: {
        planAction: { planId: plan.id },
        reopenedAt: null,
        meeting: { startsAt: { gte: startOfLondonDay(query.from), lte: endOfLondonDay(query.to) } },
      },
      orderBy: [{ meeting: { startsAt: 'asc' } }, { signedOffAt: 'asc' }],
      select: { planActionId: true, signedOffAt: true, meeting: { select: { id: true, title: true, startsAt: true, historical: true } } },
    });
    const revisionMeetingIds = [...new Set(actions.flatMap((a) => a.revisions.map((r) => r.agreedAtMeetingId)).filter((id): id is string => Boolean(id)))];
    const revisionMeetings = revisionMeetingIds.length
      ? await tx.meeting.findMany({
          where: { id: { in: revisionMeetingIds }, boardId: scope.boardId },
          select: { id: true, title: true, startsAt: true, historical: true },
        })
      : [];
    const measures = await tx.impactMeasure.findMany({
      where: { planId: plan.id },
      orderBy: { title: 'asc' },
      select: {
        id: true,
        title: true,
        unit: true,
        target: true,
        direction: true,
        tolerance: true,
        themes: { select: { theme: { select: { name: true } } } },
        values: {
          where: { periodEnd: { lte: new Date(`${query.to}T00:00:00Z`) } },
          orderBy: { periodEnd: 'desc' },
          take: 2,
          select: { periodLabel: true, periodEnd: true, value: true, note: true },
        },
      },
    });

    const themeName = new Map(plan.themes.map((t) => [t.id, t.name]));
    const actionById = new Map(actions.map((a) => [a.id, a]));
    const meetingById = new Map(revisionMeetings.map((m) => [m.id, m]));
    const signedInPeriod = new Set(signOffs.map((s) => s.planActionId));

    const themes = plan.themes.map((t) => {
      const mine = actions.filter((a) => a.themeId === t.id);
      const counts = Object.fromEntries(statusOrder.map((s) => [s, mine.filter((a) => a.status === s).length])) as Record<StatusKey, number>;
      return { name: t.name, total: mine.length, counts, signedOffInPeriod: mine.filter((a) => signedInPeriod.has(a.id)).length };
    });
    const totals = {
      total: actions.length,
      counts: Object.fromEntries(statusOrder.map((s) => [s, actions.filter((a) => a.status === s).length])) as Record<StatusKey, number>,
      signedOffInPeriod: signedInPeriod.size,
    };

    const signedOff = signOffs.map((s) => {
      const a = actionById.get(s.planActionId)!;
      return {
        reference: a.reference,
        description: a.description,
        theme: themeName.get(a.themeId) ?? '',
        meeting: titleOf(s.meeting),
        meetingOn: londonDay(s.meeting.startsAt),
        meetingAt: s.meeting.startsAt,
      };
    });

    const toDate = new Date(`${query.to}T00:00:00Z`);
    const periodEnd = endOfLondonDay(query.to);
    // overdue as the period closed, or as today for a period still running
    const asOf = new Date(`${query.to < today ? query.to : today}T00:00:00Z`);
    const slipping = actions
      .filter((a) => !isFinished(a.status as PlanActionStatus))
      // Awaiting sign-off: the work is reported done and waits only for the board's next
      // meeting (as in the action RAG rule), so it slips only if its date was revised.
      .filter((a) => (a.status !== 'AWAITING_SIGN_OFF' && a.dueOn <= toDate) || a.revisions.some((r) => r.proposedAt <= periodEnd))
      .map((a) => {
        // each from its own revision row, as things stood at the end of the period (newest first):
        // the date that counted is the latest agreed by then; a proposal not yet agreed by then is pending
        const agreedRow = a.revisions.find((r) => r.agreedAt !== null && r.agreedAt <= periodEnd) ?? null;
        const pendingRow = a.revisions.find((r) => r.proposedAt <= periodEnd && (r.agreedAt === null || r.agreedAt > periodEnd)) ?? null;
        const meetingOf = (id: string | null) => {
          const m = id ? meetingById.get(id) : undefined;
          return m ? { title: titleOf(m), startsAt: m.startsAt } : null;
        };
        const agreed = agreedRow ? { due: agreedRow.proposedDueOn, meeting: meetingOf(agreedRow.agreedAtMeetingId), reason: agreedRow.reason } : null;
        const pending = pendingRow ? { due: pendingRow.proposedDueOn, proposedAt: pendingRow.proposedAt, reason: pendingRow.reason } : null;
        const effective = agreed?.due ?? a.dueOn;
        return {
          reference: a.reference,
          description: a.description,
          theme: themeName.get(a.themeId) ?? '',
          leadOfficer: a.leadOfficer,
          status: a.status,
          originalDue: a.dueOn,
          revisedDue: agreed?.due ?? null,
          agreed,
          pending,
          overdue: a.status !== 'AWAITING_SIGN_OFF' && effective < asOf,
        };
      })
      .sort((x, y) => x.originalDue.getTime() - y.originalDue.getTime() || x.reference.localeCompare(y.reference));

    const from = new Date(`${query.from}T00:00:00Z`);
    const measureRows = measures.map((m) => {
      const [latest, previous] = m.values;
      const direction = m.direction;
      const target = Number(m.target);
      const tolerance = m.tolerance === null ? null : Number(m.tolerance);
      const rag: MeasureRag | null = latest ? measureRag({ value: Number(latest.value), target, direction, tolerance }) : null;
      const trend: MeasureTrend | null = latest && previous ? measureTrend(Number(previous.value), Number(latest.value), direction) : null;
      return {
        title: m.title,
        unit: m.unit,
        target,
        direction,
        tolerance,
        themes: m.themes.map((t) => t.theme.name),
        latest: latest ? { period: latest.periodLabel, periodEnd: latest.periodEnd, value: Number(latest.value), inPeriod: latest.periodEnd >= from } : null,
        previous: previous ? { period: previous.periodLabel, value: Number(previous.value) } : null,
        rag,
        trend,
      };
    });

    const councilAudiences = await tx.reportingAudience.findMany({
      where: { councilId: scope.councilId },
      orderBy: [{ createdAt: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, archived: true },
    });
    const chosen = resolveAudience(query.audience, councilAudiences, plan.board.reportingLines);
    const line = chosen.line;
    // the board's recommendations made at meetings in the period, each with its outcome as it stands
    const recommendations = (
      await recommendationsOf(tx, scope.boardId, { seesUndistributed: true, meetingFrom: startOfLondonDay(query.from), meetingTo: endOfLondonDay(query.to) })
    )
      .reverse()
      .map((r) => ({
        text: r.text,
        decisionMaker: r.decisionMaker,
        meeting: r.meeting.title,
        meetingAt: r.meeting.startsAt,
        outcome: r.current,
        decidedOn: r.outcomes[0]?.decidedOn ?? null,
        reference: r.outcomes[0]?.reference ?? null,
      }));
    return {
      councilName: plan.board.council.name,
      boardName: plan.board.name,
      plan: { id: plan.id, title: plan.title, status: plan.status, inspection: plan.inspection },
      // the value the page's list shows as chosen
      audience: chosen.selected,
      audiences: audienceChoices(councilAudiences, plan.board.reportingLines),
      // an audience not on the council's list, or a reporting line not this board's (an old link, another's id)
      unknownAudience: chosen.unknown,
      addressee: chosen.addressee,
      reportingLine: line ? { name: line.name, frequency: line.frequency } : null,
      from: query.from,
      to: query.to,
      asAt: today,
      themes,
      totals,
      signedOff,
      slipping,
      measures: measureRows,
      recommendations,
    };
  });
}

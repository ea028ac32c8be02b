import 'server-only';
// Over 300 lines on purpose: the plan's pages (overview, action, settings, carry-over) read
// through shared shapes of a plan and its actions.
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { withCouncil, type Tx } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { dayString } from '../format';
import { londonDay } from '../rules/london-calendar';
import { carryOverCheck, findingCoverage, isFinished, planActionRag, readEvidence } from '../rules/plans';
import { carryOverState } from './guards';

type Scope = Pick<BoardContext, 'council' | 'board'>;

/** Rows of one theme shown per page: a large plan is read a theme and a page at a time. */
export const ACTIONS_PER_PAGE = 25;

const names = async (tx: Tx, ids: (string | null | undefined)[]) => {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map<string, string>();
  const people = await tx.person.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(people.map((p) => [p.id, p.name]));
};

/** The board's plans, newest first, with their inspection and how far each has got. */
export async function listPlans(ctx: Scope) {
  return withCouncil(ctx.council.id, async (tx) => {
    const plans = await tx.improvementPlan.findMany({
      where: { boardId: ctx.board.id },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        title: true,
        status: true,
        submissionDeadline: true,
        submittedAt: true,
        approvedAt: true,
        inspection: { select: { kind: true, title: true, visitedOn: true, judgement: true } },
        previousPlan: { select: { id: true, title: true } },
      },
    });
    const counts = plans.length
      ? await tx.planAction.groupBy({ by: ['planId', 'status'], where: { planId: { in: plans.map((p) => p.id) } }, _count: { _all: true } })
      : [];
    return plans.map((p) => {
      const mine = counts.filter((c) => c.planId === p.id);
      const total = mine.reduce((n, c) => n + c._count._all, 0);
      const finished = mine.filter((c) => isFinished(c.status)).reduce((n, c) => n + c._count._all, 0);
      const signedOff = mine.filter((c) => c.status === 'SIGNED_OFF').reduce((n, c) => n + c._count._all, 0);
      return { ...p, total, finished, signedOff };
    });
  });
}

/** Inspections this board's plans answer: a second plan (a SEND plan beside social care) may answer the same one. */
export async function listBoardInspections(ctx: Scope) {
  return withCouncil(ctx.council.id, (tx) =>
    tx.inspection.findMany({
      where: { plans: { some: { boardId: ctx.board.id } } },
      orderBy: { visitedOn: 'desc' },
      select: { id: true, title: true, visitedOn: true, kind: true },
    }),
  );
}

/**
 * Meetings of this board that have taken place (held or started, not cancelled): where the
 * board agrees and signs off. Each form offers only those ending after what it agrees
 * (`endedSince`), as `resolveAgreedMeeting` refuses the rest.
 */
export async function listHeldMeetings(ctx: Scope, now = new Date()) {
  return withCouncil(ctx.council.id, (tx) =>
    tx.meeting.findMany({
      where: { boardId: ctx.board.id, status: { not: 'CANCELLED' }, OR: [{ status: 'HELD' }, { startsAt: { lte: now } }] },
      orderBy: { startsAt: 'desc' },
      take: 24,
      select: { id: true, title: true, startsAt: true, endsAt: true, historical: true },
    }),
  );
}

/**
 * The meetings of a list that ended at or after `at`: those that can have agreed something
 * that existed from then. A historical meeting's decisions are entered afterwards, so it stays.
 */
export const endedSince = <M extends { endsAt: Date; historical?: boolean }>(meetings: M[], at: Date | null | undefined) =>
  at ? meetings.filter((m) => m.historical || m.endsAt >= at) : meetings;

/**
 * The plan's overview: its details, its themes with counts, and ONE theme's actions a
 * page at a time (the whole plan at scale is too much for one page).
 */
export async function getPlanOverview(ctx: Scope, planId: string, opts: { themeId?: string; page?: number; now?: Date } = {}) {
  const today = londonDay(opts.now ?? new Date());
  const found = await withCouncil(ctx.council.id, async (tx) => {
    const plan = await tx.improvementPlan.findFirst({
      where: { id: planId, boardId: ctx.board.id },
      select: {
        id: true,
        title: true,
        status: true,
        version: true,
        approvedById: true,
        approvedAt: true,
        approvedAtMeeting: { select: { title: true, startsAt: true } },
        outcomeOn: true,
        outcomeJudgement: true,
        outcomeNote: true,
        outcomeLetter: { select: { title: true } },
        submissionDeadline: true,
        submittedAt: true,
        previousPlanId: true,
        inspection: { select: { id: true, kind: true, title: true, visitedOn: true, judgement: true } },
        previousPlan: { select: { id: true, title: true } },
        nextPlans: { select: { id: true, title: true } },
        themes: { orderBy: { position: 'asc' }, select: { id: true, name: true, position: true } },
      },
    });
    if (!plan) return null;
    const byTheme = await tx.planAction.groupBy({ by: ['themeId', 'status'], where: { planId }, _count: { _all: true } });
    const uncovered = plan.inspection ? await tx.inspectionFinding.count({ where: { inspectionId: plan.inspection.id, answeredBy: { none: {} } } }) : 0;
    const findings = plan.inspection ? await tx.inspectionFinding.count({ where: { inspectionId: plan.inspection.id } }) : 0;
    const theme = plan.themes.find((t) => t.id === opts.themeId) ?? plan.themes[0] ?? null;
    const inTheme = theme ? byTheme.filter((c) => c.themeId === theme.id).reduce((n, c) => n + c._count._all, 0) : 0;
    const pages = Math.max(1, Math.ceil(inTheme / ACTIONS_PER_PAGE));
    const page = Math.min(Math.max(1, opts.page ?? 1), pages);
    const actions = theme
      ? await tx.planAction.findMany({
          where: { planId, themeId: theme.id },
          orderBy: { reference: 'asc' },
          skip: (page - 1) * ACTIONS_PER_PAGE,
          take: ACTIONS_PER_PAGE,
          select: {
            id: true,
            reference: true,
            description: true,
            leadOfficer: true,
            dueOn: true,
            agreedDueOn: true,
            status: true,
            deliveryBody: { select: { name: true } },
            scrutinyBody: { select: { name: true } },
            secondScrutinyBody: { select: { name: true } },
            agencies: { select: { agency: { select: { name: true } } } },
            findings: { select: { finding: { select: { reference: true } } } },
            revisions: { where: { agreedAt: null }, select: { id: true } },
          },
        })
      : [];
    const lost = (await carryOverState(tx, plan.previousPlanId)).check.lost;
    const people = await names(tx, [plan.approvedById]);
    return {
      plan,
      byTheme,
      uncovered,
      findings,
      theme,
      actions,
      page,
      pages,
      lost,
      approvedBy: plan.approvedById ? (people.get(plan.approvedById) ?? null) : null,
    };
  });
  if (!found) notFound();
  const { plan, byTheme } = found;
  const count = (themeId: string | null, pred: (s: (typeof byTheme)[number]['status']) => boolean = () => true) =>
    byTheme.filter((c) => (themeId === null || c.themeId === themeId) && pred(c.status)).reduce((n, c) => n + c._count._all, 0);
  return {
    ...found,
    themes: plan.themes.map((t) => ({ ...t, total: count(t.id), finished: count(t.id, isFinished) })),
    total: count(null),
    finished: count(null, isFinished),
    signedOff: count(null, (s) => s === 'SIGNED_OFF'),
    actions: found.actions.map((a) => ({
      ...a,
      rag: planActionRag({ status: a.status, dueOn: dayString(a.dueOn), agreedDueOn: a.agreedDueOn && dayString(a.agreedDueOn), today }),
    })),
  };
}

/** Every finding of the plan's inspection with the actions of this plan answering it. */
export async function getFindingsCoverage(ctx: Scope, planId: string) {
  return withCouncil(ctx.council.id, async (tx) => {
    const plan = await tx.improvementPlan.findFirst({
      where: { id: planId, boardId: ctx.board.id },
      select: { id: true, inspectionId: true, inspection: { select: { title: true, visitedOn: true, kind: true, judgement: true } } },
    });
    if (!plan) notFound();
    if (!plan.inspectionId) return { inspection: null, findings: [], uncovered: [] };
    const findings = await tx.inspectionFinding.findMany({
      where: { inspectionId: plan.inspectionId },
      orderBy: { position: 'asc' },
      select: { id: true, kind: true, reference: true, text: true },
    });
    const links = await tx.planActionFinding.findMany({
      where: { planAction: { planId: plan.id }, finding: { inspectionId: plan.inspectionId } },
      select: { findingId: true, planAction: { select: { id: true, reference: true } } },
    });
    const coverage = findingCoverage(
      findings,
      links.map((l) => ({ findingId: l.findingId, actionId: l.planAction.id, actionReference: l.planAction.reference })),
    );
    return { inspection: plan.inspection, ...coverage };
  });
}

/** What the action form offers: the plan's themes and findings, and the council's agencies and bodies. */
export async function getActionFormOptions(ctx: Scope, planId: string) {
  return withCouncil(ctx.council.id, async (tx) => {
    const plan = await tx.improvementPlan.findFirst({ where: { id: planId, boardId: ctx.board.id }, select: { inspectionId: true } });
    if (!plan) notFound();
    const themes = await tx.planTheme.findMany({ where: { planId }, orderBy: { position: 'asc' }, select: { id: true, name: true } });
    const findings = plan.inspectionId
      ? await tx.inspectionFinding.findMany({
          where: { inspectionId: plan.inspectionId },
          orderBy: { position: 'asc' },
          select: { id: true, kind: true, reference: true, text: true },
        })
      : [];
    const agencies = await tx.partnerAgency.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, kind: true } });
    const bodies = await tx.scrutinyBody.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
    return { themes, findings, agencies, bodies };
  });
}

/** One action with everything on its record: findings, partners, bodies, milestones, revised dates, sign-offs and carry-over both ways. Cached per request: the title and the page share one read. */
export const getPlanAction = cache(async (ctx: Scope, planId: string, actionId: string, now = new Date()) => {
  // the id comes from the URL: a malformed one is a page not found, not a database error
  if (!z.uuid().safeParse(actionId).success || !z.uuid().safeParse(planId).success) notFound();
  const found = await withCouncil(ctx.council.id, async (tx) => {
    const action = await tx.planAction.findFirst({
      where: { id: actionId, planId, plan: { boardId: ctx.board.id } },
      select: {
        id: true,
        reference: true,
        description: true,
        leadOfficer: true,
        dueOn: true,
        agreedDueOn: true,
        status: true,
        version: true,
        themeId: true,
        createdAt: true,
        deliveryBodyId: true,
        scrutinyBodyId: true,
        secondScrutinyBodyId: true,
        plan: { select: { id: true, title: true, status: true } },
        theme: { select: { id: true, name: true } },
        deliveryBody: { select: { name: true } },
        scrutinyBody: { select: { name: true } },
        secondScrutinyBody: { select: { name: true } },
        findings: { orderBy: { finding: { position: 'asc' } }, select: { finding: { select: { id: true, reference: true, kind: true, text: true } } } },
        agencies: { orderBy: { agency: { name: 'asc' } }, select: { agency: { select: { id: true, name: true, kind: true } } } },
        milestones: { orderBy: { dueOn: 'asc' }, select: { id: true, title: true, dueOn: true, completedOn: true } },
        revisions: {
          orderBy: { proposedAt: 'asc' },
          select: {
            id: true,
            previousDueOn: true,
            proposedDueOn: true,
            reason: true,
            proposedById: true,
            proposedAt: true,
            agreedAtMeetingId: true,
            agreedAt: true,
          },
        },
        signOffs: {
          orderBy: { signedOffAt: 'asc' },
          select: {
            id: true,
            proposedBy: true,
            evidence: true,
            recordedById: true,
            signedOffAt: true,
            reopenedAt: true,
            reopenReason: true,
            reopenedAtMeetingId: true,
            reopenedById: true,
            meeting: { select: { id: true, title: true, startsAt: true } },
          },
        },
        carriedFrom: { select: { from: { select: { id: true, reference: true, description: true, plan: { select: { id: true, title: true } } } } } },
        carriedTo: { select: { closedReason: true, to: { select: { id: true, reference: true, plan: { select: { id: true, title: true } } } } } },
      },
    });
    if (!action) return null;
    const meetingIds = [...action.revisions.map((r) => r.agreedAtMeetingId), ...action.signOffs.map((s) => s.reopenedAtMeetingId)].filter(
      (x): x is string => !!x,
    );
    const meetings = meetingIds.length
      ? await tx.meeting.findMany({ where: { id: { in: meetingIds }, boardId: ctx.board.id }, select: { id: true, title: true, startsAt: true } })
      : [];
    const people = await names(tx, [...action.revisions.map((r) => r.proposedById), ...action.signOffs.flatMap((s) => [s.recordedById, s.reopenedById])]);
    return { action, meetings: new Map(meetings.map((m) => [m.id, m])), people };
  });
  if (!found) notFound();
  const { action, meetings, people } = found;
  const today = londonDay(now);
  return {
    ...action,
    rag: planActionRag({ status: action.status, dueOn: dayString(action.dueOn), agreedDueOn: action.agreedDueOn && dayString(action.agreedDueOn), today }),
    revisions: action.revisions.map((r) => ({
      ...r,
      proposedBy: r.proposedById ? (people.get(r.proposedById) ?? null) : null,
      meeting: r.agreedAtMeetingId ? (meetings.get(r.agreedAtMeetingId) ?? null) : null,
    })),
    signOffs: action.signOffs.map((s) => ({
      ...s,
      evidence: readEvidence(s.evidence),
      recordedBy: s.recordedById ? (people.get(s.recordedById) ?? null) : null,
      reopenedBy: s.reopenedById ? (people.get(s.reopenedById) ?? null) : null,
      reopenedAtMeeting: s.reopenedAtMeetingId ? (meetings.get(s.reopenedAtMeetingId) ?? null) : null,
    })),
    pendingRevision: action.revisions.find((r) => !r.agreedAt) ?? null,
  };
});

/**
 * The carry-over both ways: the previous plan's actions and where each went (with the
 * "nothing lost" check), and the plans that follow this one and where this plan's
 * actions went.
 */
export async function getCarryOver(ctx: Scope, planId: string) {
  return withCouncil(ctx.council.id, async (tx) => {
    const plan = await tx.improvementPlan.findFirst({
      where: { id: planId, boardId: ctx.board.id },
      select: {
        id: true,
        title: true,
        status: true,
        previousPlan: { select: { id: true, title: true, status: true } },
        nextPlans: { select: { id: true, title: true } },
      },
    });
    if (!plan) notFound();
    const incoming = await carryOverState(tx, plan.previousPlan?.id ?? null);
    const targets = await tx.planAction.findMany({
      where: { planId: plan.id },
      orderBy: { reference: 'asc' },
      select: { id: true, reference: true, description: true },
    });
    const toRef = new Map(targets.map((t) => [t.id, t]));
    const oldRows = incoming.oldActions.map((a) => {
      const row = incoming.rows.find((r) => r.fromPlanActionId === a.id);
      return {
        ...a,
        to: row?.toPlanActionId ? (toRef.get(row.toPlanActionId) ?? null) : null,
        closedReason: row?.closedReason ?? null,
        lost: incoming.check.lost.some((l) => l.id === a.id),
      };
    });
    const carriedInto = targets.map((t) => ({ ...t, from: oldRows.filter((o) => o.to?.id === t.id).map((o) => ({ id: o.id, reference: o.reference })) }));
    // this plan's own outstanding actions, and where the plans after it took them
    const mine = await tx.planAction.findMany({
      where: { planId: plan.id },
      orderBy: { reference: 'asc' },
      select: { id: true, reference: true, status: true },
    });
    const outgoingRows = mine.length
      ? await tx.planCarryOver.findMany({
          where: { fromPlanActionId: { in: mine.map((m) => m.id) } },
          select: {
            fromPlanActionId: true,
            toPlanActionId: true,
            closedReason: true,
            to: { select: { id: true, reference: true, plan: { select: { id: true, title: true } } } },
          },
        })
      : [];
    const outgoing = mine.map((m) => ({ ...m, row: outgoingRows.find((r) => r.fromPlanActionId === m.id) ?? null }));
    const outgoingCheck = carryOverCheck(mine, outgoingRows);
    return { plan, check: incoming.check, oldRows, carriedInto, targets, outgoing, outgoingCheck };
  });
}

/** Themes of the plan with how many actions each holds, and the council's agencies and bodies. */
export async function getPlanSettings(ctx: Scope, planId: string) {
  return withCouncil(ctx.council.id, async (tx) => {
    const plan = await tx.improvementPlan.findFirst({
      where: { id: planId, boardId: ctx.board.id },
      select: {
        id: true,
        title: true,
        status: true,
        version: true,
        submissionDeadline: true,
        submittedAt: true,
        outcomeOn: true,
        outcomeJudgement: true,
        outcomeLetterPaperId: true,
        outcomeNote: true,
      },
    });
    if (!plan) notFound();
    // the letter is one of this board's papers: the latest, newest first
    const papers = await tx.paper.findMany({
      where: { meeting: { boardId: ctx.board.id } },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: { id: true, title: true, meeting: { select: { title: true, startsAt: true } } },
    });
    const themes = await tx.planTheme.findMany({
      where: { planId },
      orderBy: { position: 'asc' },
      select: { id: true, name: true, _count: { select: { actions: true } } },
    });
    const agencies = await tx.partnerAgency.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, kind: true } });
    const bodies = await tx.scrutinyBody.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
    return { plan, themes, agencies, bodies, papers };
  });
}

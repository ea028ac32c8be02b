import { actionRag, type ActionStatus } from './action-rag';
import type { LondonDay } from './london-calendar';

// The improvement plan's rules (Blackpool 004 5.4 to 5.10). Pure: the server passes in
// what it read, and these say what is allowed and what is missing.

/** Blackpool's six themes (004 5.6): every new plan starts with them; each can be renamed. */
export const DEFAULT_PLAN_THEMES = [
  'Performance Management',
  'Quality Assurance',
  'Improving Front Line',
  'Partnership Working',
  'Scrutiny',
  'Communications',
] as const;

export type PlanStatus = 'DRAFT' | 'APPROVED' | 'IN_DELIVERY' | 'TRANSITION' | 'CLOSED';
export type PlanActionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'AWAITING_SIGN_OFF' | 'SIGNED_OFF' | 'CARRIED_OVER' | 'CLOSED';
export type PlanRag = 'RED' | 'AMBER' | 'GREEN' | 'BLUE';

/** Statuses an officer sets on the action form; the others are reached only by sign-off or carry-over. */
export const EDITABLE_ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'AWAITING_SIGN_OFF'] as const;

/** An action needs no more work in this plan: signed off by the board, closed with a reason, or carried into a new plan. */
export const FINISHED_ACTION_STATUSES = ['SIGNED_OFF', 'CLOSED', 'CARRIED_OVER'] as const satisfies readonly PlanActionStatus[];
export const isFinished = (status: PlanActionStatus) => (FINISHED_ACTION_STATUSES as readonly PlanActionStatus[]).includes(status);

/**
 * The stem of a theme's action references: "Performance Management", theme 1, gives PM1,
 * so its actions are PM1.1, PM1.2 ... as in the Northbridge and Blackpool plans. A
 * one-word theme takes its first two letters ("Scrutiny", 5: SC5).
 */
export function themeStem(name: string, position: number) {
  const words = name.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && !/^(and|of|the|for|to|in|on)$/i.test(w));
  const letters =
    words.length >= 2
      ? words
          .slice(0, 2)
          .map((w) => w[0])
          .join('')
      : (words[0] ?? 'T').slice(0, 2);
  return `${letters.toUpperCase()}${position}`;
}

// ---------- finding coverage ----------

export type CoverageFinding = { id: string; reference: string };
export type CoverageLink = { findingId: string; actionId: string; actionReference: string };

export type FindingCoverage<F extends CoverageFinding> = {
  findings: (F & { actions: { id: string; reference: string }[] })[];
  uncovered: F[];
};

/** Every finding with the actions that answer it; those with none are listed as uncovered. */
export function findingCoverage<F extends CoverageFinding>(findings: F[], links: CoverageLink[]): FindingCoverage<F> {
  const byFinding = new Map<string, { id: string; reference: string }[]>();
  for (const l of links) {
    const list = byFinding.get(l.findingId) ?? [];
    if (!list.some((a) => a.id === l.actionId)) list.push({ id: l.actionId, reference: l.actionReference });
    byFinding.set(l.findingId, list);
  }
  const withActions = findings.map((f) => ({
    ...f,
    actions: (byFinding.get(f.id) ?? []).sort((a, b) => a.reference.localeCompare(b.reference, 'en', { numeric: true })),
  }));
  return { findings: withActions, uncovered: findings.filter((f) => !byFinding.has(f.id)) };
}

// ---------- two-layer scrutiny (004 5.10) ----------

/**
 * The second scrutiny body scrutinises the first, so it needs a first and must not be
 * the same body. Field errors, keyed by the form's field names.
 */
export function scrutinyIssues(scrutinyBodyId: string | null, secondScrutinyBodyId: string | null): Record<string, string> {
  if (!secondScrutinyBodyId) return {};
  if (!scrutinyBodyId) return { scrutinyBodyId: 'Choose the scrutiny body: the second scrutiny body scrutinises it, so it cannot be set on its own' };
  if (scrutinyBodyId === secondScrutinyBodyId)
    return { secondScrutinyBodyId: 'Choose a different body for the second layer of scrutiny: it scrutinises the first scrutiny body' };
  return {};
}

// ---------- RAG ----------

const ragStatus: Record<PlanActionStatus, ActionStatus> = {
  NOT_STARTED: 'open',
  IN_PROGRESS: 'in-progress',
  AWAITING_SIGN_OFF: 'awaiting-sign-off',
  SIGNED_OFF: 'closed',
  CARRIED_OVER: 'closed',
  CLOSED: 'closed',
};

/**
 * A plan action's RAG by the action log's rule: red when past its due date (an agreed
 * revision replacing the original), amber within two weeks, green otherwise, and blue
 * (complete) once signed off, closed or carried into a new plan.
 */
export function planActionRag(input: { status: PlanActionStatus; dueOn: LondonDay; agreedDueOn: LondonDay | null; today: LondonDay }): PlanRag {
  const rag = actionRag({ status: ragStatus[input.status], dueDate: input.dueOn, revisedDueDate: input.agreedDueOn, today: input.today });
  return rag === 'complete' ? 'BLUE' : (rag.toUpperCase() as PlanRag);
}

// ---------- plan status ----------

export type StatusChange = { ok: true } | { ok: false; reason: string };

/** Where each status may go next, other than approval (which only the Chair gives). */
const nextStatuses: Record<PlanStatus, PlanStatus[]> = {
  DRAFT: ['APPROVED'],
  APPROVED: ['IN_DELIVERY', 'DRAFT'],
  IN_DELIVERY: ['TRANSITION'],
  TRANSITION: ['CLOSED', 'IN_DELIVERY'],
  CLOSED: [],
};

export const allowedNextStatuses = (from: PlanStatus) => nextStatuses[from];

/** The plan's own actions that stop it moving to transition: anything not signed off, closed or carried. */
export function transitionBlockers<A extends { reference: string; status: PlanActionStatus }>(actions: A[]): A[] {
  return actions.filter((a) => !isFinished(a.status));
}

/**
 * A plan moves one step at a time. Approval needs a carry-over with nothing lost (004
 * 5.4). Transition, and closing, need every action signed off, closed or carried over
 * (004 5.2: "when all of the actions were signed off ... a Transition Plan was developed").
 */
export function checkStatusChange(input: {
  from: PlanStatus;
  to: PlanStatus;
  actions: { reference: string; status: PlanActionStatus }[];
  /** old-plan actions left neither carried nor closed; empty when the plan has no predecessor */
  lostFromPrevious: { reference: string }[];
}): StatusChange {
  const { from, to } = input;
  if (from === to) return { ok: false, reason: `The plan is already ${label(to)}` };
  if (!nextStatuses[from].includes(to)) return { ok: false, reason: `A plan that is ${label(from)} cannot become ${label(to)}` };
  if (to === 'APPROVED' && input.lostFromPrevious.length > 0) {
    return {
      ok: false,
      reason: `Map every outstanding action of the previous plan before approval: ${refs(input.lostFromPrevious)} ${input.lostFromPrevious.length === 1 ? 'is' : 'are'} neither carried into this plan nor closed with a reason`,
    };
  }
  if (to === 'TRANSITION' || to === 'CLOSED') {
    if (input.actions.length === 0) return { ok: false, reason: 'A plan with no actions cannot move to transition' };
    const open = transitionBlockers(input.actions);
    if (open.length > 0) {
      return {
        ok: false,
        reason: `Every action must be signed off, closed or carried over first: ${refs(open)} ${open.length === 1 ? 'is' : 'are'} still open`,
      };
    }
  }
  return { ok: true };
}

const label = (s: PlanStatus) => s.toLowerCase().replace('_', ' ');
const refs = (list: { reference: string }[]) => {
  const shown = list.slice(0, 8).map((a) => a.reference);
  return list.length > 8 ? `${shown.join(', ')} and ${list.length - 8} more` : shown.join(', ');
};

// ---------- carry-over (004 5.4) ----------

export type OldAction = { id: string; reference: string; status: PlanActionStatus };
export type CarryRow = { fromPlanActionId: string; toPlanActionId: string | null; closedReason: string | null };

/** An old-plan action still needing a home: anything the board has not signed off. */
export const isOutstanding = (a: OldAction) => a.status !== 'SIGNED_OFF';

export type CarryOverCheck<A extends OldAction> = {
  outstanding: A[];
  carried: A[];
  closed: A[];
  /** outstanding actions neither carried into the new plan nor closed with a reason */
  lost: A[];
  nothingLost: boolean;
};

/** The "nothing lost" check: every outstanding action of the old plan is carried or closed with a reason. */
export function carryOverCheck<A extends OldAction>(oldActions: A[], rows: CarryRow[]): CarryOverCheck<A> {
  const byFrom = new Map(rows.map((r) => [r.fromPlanActionId, r]));
  const outstanding = oldActions.filter(isOutstanding);
  const carried: A[] = [];
  const closed: A[] = [];
  const lost: A[] = [];
  for (const a of outstanding) {
    const row = byFrom.get(a.id);
    if (row?.toPlanActionId) carried.push(a);
    else if (row?.closedReason?.trim()) closed.push(a);
    else lost.push(a);
  }
  return { outstanding, carried, closed, lost, nothingLost: lost.length === 0 };
}

// ---------- sign-off evidence ----------

export type SignOffEvidence = { documents: string[]; links: string[]; measures: string[]; summary?: string };

/** Evidence as stored (older rows may lack a list); always the full shape. */
export function readEvidence(value: unknown): SignOffEvidence {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const list = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  return { documents: list(v.documents), links: list(v.links), measures: list(v.measures), summary: typeof v.summary === 'string' ? v.summary : undefined };
}

export const evidenceCount = (e: SignOffEvidence) => e.documents.length + e.links.length + e.measures.length;

/**
 * Ofsted responds to a plan after it is submitted: the response's day is on or after the
 * day of submission and not in the future (London days). Null when it can be recorded.
 */
export function outcomeDayProblem(outcomeOn: string, submittedOn: string, today: string): string | null {
  if (outcomeOn < submittedOn) return 'Ofsted’s response comes after the plan was submitted: check the date';
  if (outcomeOn > today) return 'The response cannot be recorded before it has come: the date is in the future';
  return null;
}

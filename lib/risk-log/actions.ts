// Over 300 lines on purpose: the risk log's changes (add, review, mitigate, escalate, close)
// share the scoring and the escalation rules, kept beside each other.
import { boardOf, defineAction, type ActionContext } from '../action/define';
import type { Tx } from '../db/tenant';
import { AppError, conflict, forbidden, notFound, invalid } from '../errors';
import { dayString, formatDay } from '../format';
import { labelInSentence } from '../labels';
import { dbDay } from '../forms/fields';
import { addCalendarDays, calendarDaysBetween, londonDay } from '../rules/london-calendar';
import { riskScore } from '../rules/risk-score';
import { targetProblem } from '../rules/risk-review';
import { boardsWithRiskRoles } from './escalation-boards';
import { nextRiskReference } from './reference';
import { lockFor } from '../db/locks';
import {
  addMitigationSchema,
  changeStatusSchema,
  completeMitigationSchema,
  createRiskSchema,
  escalateRiskSchema,
  reviewRiskSchema,
  updateRiskSchema,
  type RiskInput,
} from './schema';

const riskSelect = {
  id: true,
  boardId: true,
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
  escalatedToRiskId: true,
  version: true,
  ownerSeat: { select: { position: true, person: { select: { name: true } } } },
} as const;

/** A risk of the route's board; another board's or council's answers 404. */
async function findRisk(ctx: ActionContext, riskId: string) {
  const risk = await ctx.tx.risk.findFirst({ where: { id: riskId, boardId: boardOf(ctx).id }, select: riskSelect });
  if (!risk) throw notFound('Risk');
  return risk;
}
type RiskRow = Awaited<ReturnType<typeof findRisk>>;

/** The owner must hold a seat on this board; a seat of another board or council is not found. */
async function ownerSeat(ctx: ActionContext, seatId: string | null) {
  if (!seatId) return null;
  const seat = await ctx.tx.seat.findFirst({
    where: { id: seatId, boardId: boardOf(ctx).id },
    select: { id: true, position: true, person: { select: { name: true } } },
  });
  if (!seat) throw notFound('Owner');
  return seat;
}

/** The form as it was saved, in the form's own field names, for the clash panel. */
function asForm(r: RiskRow): Record<string, string> {
  return {
    title: r.title,
    description: r.description,
    cause: r.cause ?? '',
    consequence: r.consequence ?? '',
    category: r.category,
    // the clash panel shows the owner by name; only hidden fields are taken from it
    ownerSeatId: r.ownerSeat ? (r.ownerSeat.person ? `${r.ownerSeat.person.name}, ${r.ownerSeat.position}` : r.ownerSeat.position) : '',
    ownerName: r.ownerName ?? '',
    inherentLikelihood: String(r.inherentLikelihood),
    inherentImpact: String(r.inherentImpact),
    currentLikelihood: String(r.currentLikelihood),
    currentImpact: String(r.currentImpact),
    targetLikelihood: String(r.targetLikelihood),
    targetImpact: String(r.targetImpact),
    controls: r.controls ?? '',
    reviewDueOn: formatDay(r.reviewDueOn),
    version: String(r.version),
  };
}

/** Rules across fields: the target no worse than the inherent risk, and a next review not already past. */
function checkRisk(input: RiskInput, today: string, reviewDueOnChanged: boolean) {
  const errors: Record<string, string[]> = {};
  const target = targetProblem(
    { likelihood: input.inherentLikelihood, impact: input.inherentImpact },
    { likelihood: input.targetLikelihood, impact: input.targetImpact },
  );
  if (target) errors.targetLikelihood = [target];
  if (reviewDueOnChanged && calendarDaysBetween(today, input.reviewDueOn) < 0) errors.reviewDueOn = ['The next review date must be today or later'];
  if (Object.keys(errors).length) throw invalid(errors);
}

function fields(input: RiskInput) {
  return {
    title: input.title,
    description: input.description,
    cause: input.cause,
    consequence: input.consequence,
    category: input.category,
    ownerSeatId: input.ownerSeatId,
    ownerName: input.ownerName,
    inherentLikelihood: input.inherentLikelihood,
    inherentImpact: input.inherentImpact,
    currentLikelihood: input.currentLikelihood,
    currentImpact: input.currentImpact,
    targetLikelihood: input.targetLikelihood,
    targetImpact: input.targetImpact,
    controls: input.controls,
    reviewDueOn: dbDay(input.reviewDueOn),
  };
}

/** Takes the board's next reference under a lock, so two risks added at once cannot share one. */
async function allocateReference(tx: Tx, boardId: string) {
  await lockFor(tx, 'riskReferences', boardId);
  const rows = await tx.risk.findMany({ where: { boardId }, select: { reference: true } });
  return nextRiskReference(rows.map((r) => r.reference));
}

export const createRisk = defineAction({
  name: 'risks.create',
  scope: 'board',
  resource: 'risk',
  operation: 'create',
  schema: createRiskSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const today = londonDay(ctx.now);
    await ownerSeat(ctx, input.ownerSeatId);
    checkRisk(input, today, true);
    const reference = await allocateReference(ctx.tx, board.id);
    const risk = await ctx.tx.risk.create({
      data: { councilId: ctx.council.id, boardId: board.id, reference, ...fields(input) },
      select: { id: true, reference: true },
    });
    // the assessment on the day it was logged starts the score's history
    await ctx.tx.riskReview.create({
      data: {
        councilId: ctx.council.id,
        riskId: risk.id,
        reviewedOn: dbDay(today),
        likelihood: input.currentLikelihood,
        impact: input.currentImpact,
        note: 'Risk added to the log.',
        reviewedById: ctx.actor.id,
      },
    });
    return {
      data: { riskId: risk.id, reference },
      message: `Risk ${reference} added to the log with a current score of ${riskScore(input.currentLikelihood, input.currentImpact)}.`,
      audit: [
        {
          kind: 'risk.create',
          entityType: 'Risk',
          entityId: risk.id,
          summary: `Risk ${reference} added: ${input.title}`,
          after: { reference, ...fields(input) },
        },
      ],
    };
  },
});

export const updateRisk = defineAction({
  name: 'risks.update',
  scope: 'board',
  resource: 'risk',
  operation: 'update',
  schema: updateRiskSchema,
  async run(ctx, input) {
    const before = await findRisk(ctx, input.riskId);
    if (before.version !== input.version) throw conflict(asForm(before));
    await ownerSeat(ctx, input.ownerSeatId);
    const today = londonDay(ctx.now);
    checkRisk(input, today, dayString(before.reviewDueOn) !== input.reviewDueOn);
    const { count } = await ctx.tx.risk.updateMany({ where: { id: before.id, version: input.version }, data: { ...fields(input), version: { increment: 1 } } });
    if (count === 0) throw conflict(asForm(await findRisk(ctx, input.riskId)));
    const rescored = before.currentLikelihood !== input.currentLikelihood || before.currentImpact !== input.currentImpact;
    if (rescored) {
      await ctx.tx.riskReview.create({
        data: {
          councilId: ctx.council.id,
          riskId: before.id,
          reviewedOn: dbDay(today),
          likelihood: input.currentLikelihood,
          impact: input.currentImpact,
          note: 'Current scores changed when the risk was edited.',
          reviewedById: ctx.actor.id,
        },
      });
    }
    return {
      data: { riskId: before.id, reference: before.reference },
      message: `Risk ${before.reference} saved.${rescored ? ` Its current score is now ${riskScore(input.currentLikelihood, input.currentImpact)}, added to its history.` : ''}`,
      audit: [
        {
          kind: 'risk.update',
          entityType: 'Risk',
          entityId: before.id,
          summary: `Risk ${before.reference} edited`,
          before: { ...asForm(before), ownerSeatId: before.ownerSeatId },
          after: fields(input),
        },
      ],
    };
  },
});

/**
 * A review: the date it took place, the likelihood and impact found, a note, and the date
 * of the next review. The current scores move to the review's, and the review joins the
 * risk's history, so the score over time and its trend are kept.
 */
export const reviewRisk = defineAction({
  name: 'risks.review',
  scope: 'board',
  resource: 'risk',
  operation: 'update',
  schema: reviewRiskSchema,
  async run(ctx, input) {
    const risk = await findRisk(ctx, input.riskId);
    if (risk.status === 'CLOSED') throw new AppError('INVALID', `Risk ${risk.reference} is closed: reopen it before reviewing it`);
    const today = londonDay(ctx.now);
    const errors: Record<string, string[]> = {};
    if (calendarDaysBetween(today, input.reviewedOn) > 0) errors.reviewedOn = ['The review date cannot be in the future'];
    if (calendarDaysBetween(input.reviewedOn, input.nextReviewOn) <= 0) errors.nextReviewOn = ['The next review must be after this review'];
    else if (calendarDaysBetween(today, input.nextReviewOn) < 0) errors.nextReviewOn = ['The next review date must be today or later'];
    if (Object.keys(errors).length) throw invalid(errors);
    const shown = () => ({
      likelihood: String(risk.currentLikelihood),
      impact: String(risk.currentImpact),
      nextReviewOn: formatDay(risk.reviewDueOn),
      version: String(risk.version),
    });
    if (risk.version !== input.version) throw conflict(shown());
    const { count } = await ctx.tx.risk.updateMany({
      where: { id: risk.id, version: input.version },
      data: { currentLikelihood: input.likelihood, currentImpact: input.impact, reviewDueOn: dbDay(input.nextReviewOn), version: { increment: 1 } },
    });
    if (count === 0) throw conflict(shown());
    const review = await ctx.tx.riskReview.create({
      data: {
        councilId: ctx.council.id,
        riskId: risk.id,
        reviewedOn: dbDay(input.reviewedOn),
        likelihood: input.likelihood,
        impact: input.impact,
        note: input.note,
        reviewedById: ctx.actor.id,
      },
      select: { id: true },
    });
    const before = riskScore(risk.currentLikelihood, risk.currentImpact);
    const after = riskScore(input.likelihood, input.impact);
    const moved = after > before ? `rose from ${before} to ${after}` : after < before ? `fell from ${before} to ${after}` : `stayed at ${after}`;
    return {
      data: { riskId: risk.id, reviewId: review.id, score: after },
      message: `Review of ${risk.reference} recorded: the score ${moved}. Next review by ${formatDay(dbDay(input.nextReviewOn))}.`,
      audit: [
        {
          kind: 'risk.review',
          entityType: 'Risk',
          entityId: risk.id,
          summary: `Risk ${risk.reference} reviewed: score ${after}`,
          before: { currentLikelihood: risk.currentLikelihood, currentImpact: risk.currentImpact, reviewDueOn: risk.reviewDueOn },
          after: {
            reviewedOn: input.reviewedOn,
            currentLikelihood: input.likelihood,
            currentImpact: input.impact,
            reviewDueOn: input.nextReviewOn,
            note: input.note,
          },
        },
      ],
    };
  },
});

export const addMitigation = defineAction({
  name: 'risks.add-mitigation',
  scope: 'board',
  resource: 'risk',
  operation: 'update',
  schema: addMitigationSchema,
  async run(ctx, input) {
    const risk = await findRisk(ctx, input.riskId);
    if (risk.status === 'CLOSED') throw new AppError('INVALID', `Risk ${risk.reference} is closed: reopen it before adding a mitigation`);
    const row = await ctx.tx.riskMitigation.create({
      data: {
        councilId: ctx.council.id,
        riskId: risk.id,
        description: input.mitigation,
        ownerName: input.mitigationOwner,
        dueOn: input.mitigationDueOn ? dbDay(input.mitigationDueOn) : null,
      },
      select: { id: true },
    });
    return {
      data: { mitigationId: row.id },
      message: `Mitigation added to ${risk.reference}.`,
      audit: [
        {
          kind: 'risk.mitigation.add',
          entityType: 'Risk',
          entityId: risk.id,
          summary: `Mitigation added to ${risk.reference}`,
          after: { mitigationId: row.id, description: input.mitigation, ownerName: input.mitigationOwner, dueOn: input.mitigationDueOn },
        },
      ],
    };
  },
});

export const completeMitigation = defineAction({
  name: 'risks.complete-mitigation',
  scope: 'board',
  resource: 'risk',
  operation: 'update',
  schema: completeMitigationSchema,
  async run(ctx, input) {
    const risk = await findRisk(ctx, input.riskId);
    const mitigation = await ctx.tx.riskMitigation.findFirst({
      where: { id: input.mitigationId, riskId: risk.id },
      select: { id: true, description: true, done: true },
    });
    if (!mitigation) throw notFound('Mitigation');
    // Conditional on still being open, so two concurrent completions record one change and one audit event.
    const { count } = mitigation.done
      ? { count: 0 }
      : await ctx.tx.riskMitigation.updateMany({ where: { id: mitigation.id, done: false }, data: { done: true } });
    if (count === 0) return { data: { mitigationId: mitigation.id }, audit: [], message: 'That mitigation was already marked complete.' };
    return {
      data: { mitigationId: mitigation.id },
      message: `Mitigation marked complete: ${mitigation.description}`,
      audit: [
        {
          kind: 'risk.mitigation.complete',
          entityType: 'Risk',
          entityId: risk.id,
          summary: `Mitigation of ${risk.reference} complete`,
          before: { mitigationId: mitigation.id, done: false },
          after: { mitigationId: mitigation.id, done: true },
        },
      ],
    };
  },
});

const statusWords = (status: string) => labelInSentence('riskStatus', status);

export const changeRiskStatus = defineAction({
  name: 'risks.change-status',
  scope: 'board',
  resource: 'risk',
  operation: 'update',
  schema: changeStatusSchema,
  async run(ctx, input) {
    const risk = await findRisk(ctx, input.riskId);
    if (risk.version !== input.version) throw conflict({ status: statusWords(risk.status), version: String(risk.version) });
    if (risk.status === input.status)
      return { data: { riskId: risk.id }, audit: [], message: `Risk ${risk.reference} is already ${statusWords(risk.status)}.` };
    const { count } = await ctx.tx.risk.updateMany({
      where: { id: risk.id, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (count === 0) throw conflict({ status: statusWords(risk.status), version: String(risk.version) });
    return {
      data: { riskId: risk.id },
      message: `Risk ${risk.reference} is now ${statusWords(input.status)}.${risk.escalatedToRiskId ? ' It stays linked to the risk it was escalated to.' : ''}`,
      audit: [
        {
          kind: 'risk.status',
          entityType: 'Risk',
          entityId: risk.id,
          summary: `Risk ${risk.reference} ${statusWords(input.status)}`,
          before: { status: risk.status },
          after: { status: input.status },
        },
      ],
    };
  },
});

/**
 * Escalation to another board of the same council (the Executive Group to the Improvement
 * Board, 001 item 15): a new risk on that board's log, linked from this one, which is
 * marked escalated. The person must be allowed to create risks on both boards. A board of
 * another council is not found: row-level security hides it.
 */
export const escalateRisk = defineAction({
  name: 'risks.escalate',
  scope: 'board',
  resource: 'risk',
  operation: 'create',
  schema: escalateRiskSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const risk = await findRisk(ctx, input.riskId);
    // The risk is written into the target board's log, so the person needs the right to
    // create a risk there too, not only here. A board they have no role on is not theirs
    // to see (as its own pages answer): not found; one they see but may not add to: forbidden.
    const [target] = await boardsWithRiskRoles(
      ctx.tx,
      { personId: ctx.actor.id, councilRole: ctx.councilRole },
      { id: input.targetBoardId, councilId: ctx.council.id },
    );
    if (!target || target.roles.length === 0) throw notFound('Board');
    if (target.id === board.id) throw invalid({ targetBoardId: ['Choose another board: a risk is escalated from this board’s log to another’s'] });
    if (!target.mayEscalateTo) throw forbidden();
    if (target.status === 'DISSOLVED') throw invalid({ targetBoardId: [`${target.name} has been dissolved, so it keeps no risk log`] });
    if (risk.escalatedToRiskId) throw new AppError('INVALID', `Risk ${risk.reference} has already been escalated`);
    if (risk.status === 'CLOSED') throw new AppError('INVALID', `Risk ${risk.reference} is closed: reopen it before escalating it`);
    if (risk.version !== input.version) throw conflict({ version: String(risk.version) });

    const owner = risk.ownerSeat;
    const reference = await allocateReference(ctx.tx, target.id);
    const today = londonDay(ctx.now);
    const note = `Escalated from the ${board.name} log (${risk.reference}).${input.escalationNote ? ` ${input.escalationNote}` : ''}`;
    const escalated = await ctx.tx.risk.create({
      data: {
        councilId: ctx.council.id,
        boardId: target.id,
        reference,
        title: risk.title,
        description: risk.description,
        cause: risk.cause,
        consequence: risk.consequence,
        category: risk.category,
        ownerName: owner ? (owner.person ? `${owner.person.name}, ${owner.position}` : owner.position) : risk.ownerName,
        inherentLikelihood: risk.inherentLikelihood,
        inherentImpact: risk.inherentImpact,
        currentLikelihood: risk.currentLikelihood,
        currentImpact: risk.currentImpact,
        targetLikelihood: risk.targetLikelihood,
        targetImpact: risk.targetImpact,
        controls: risk.controls,
        // the receiving board reviews it soon, whatever the old board's cycle was
        reviewDueOn: dbDay(calendarDaysBetween(today, dayString(risk.reviewDueOn)) < 0 ? addCalendarDays(today, 14) : dayString(risk.reviewDueOn)),
      },
      select: { id: true },
    });
    await ctx.tx.riskReview.create({
      data: {
        councilId: ctx.council.id,
        riskId: escalated.id,
        reviewedOn: dbDay(today),
        likelihood: risk.currentLikelihood,
        impact: risk.currentImpact,
        note,
        reviewedById: ctx.actor.id,
      },
    });
    const { count } = await ctx.tx.risk.updateMany({
      where: { id: risk.id, version: input.version, escalatedToRiskId: null },
      data: { status: 'ESCALATED', escalatedToRiskId: escalated.id, version: { increment: 1 } },
    });
    if (count === 0) throw conflict({ version: String((await findRisk(ctx, risk.id)).version) });
    return {
      data: { riskId: risk.id, escalatedRiskId: escalated.id, reference, boardSlug: target.slug },
      message: `Risk ${risk.reference} escalated to the ${target.name} log as ${reference}. Both logs show the link.`,
      audit: [
        {
          kind: 'risk.escalate',
          entityType: 'Risk',
          entityId: risk.id,
          summary: `Risk ${risk.reference} escalated to ${target.name} (${reference})`,
          before: { status: risk.status },
          after: { status: 'ESCALATED', escalatedToRiskId: escalated.id, note: input.escalationNote },
        },
        {
          kind: 'risk.create',
          entityType: 'Risk',
          entityId: escalated.id,
          boardId: target.id,
          summary: `Risk ${reference} escalated from ${board.name} (${risk.reference})`,
          after: { reference, escalatedFromRiskId: risk.id },
        },
      ],
    };
  },
});

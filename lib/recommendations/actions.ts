import { boardOf, defineAction } from '../action/define';
import { AppError, invalid } from '../errors';
import { dbDay } from '../forms/fields';
import { label } from '../labels';
import { londonDay } from '../rules/london-calendar';
import { outcomeErrors, recordStatuses } from '../rules/recommendations';
import { recordOutcomeSchema } from './schema';

/**
 * After the Chair has signed the minutes, an administrator records what the decision maker
 * did with one of the board's recommendations: accepted, accepted with changes, rejected
 * (with the day and the decision's reference), or back to pending. The signed minutes are
 * not touched; each recording is kept, the newest being the outcome.
 */
export const recordRecommendationOutcome = defineAction({
  name: 'recommendations.record-outcome',
  scope: 'board',
  resource: 'minutes',
  operation: 'update',
  schema: recordOutcomeSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const rec = await ctx.tx.decision.findFirst({
      where: { id: input.decisionId, kind: 'RECOMMENDATION', meeting: { boardId: board.id } },
      select: {
        id: true,
        text: true,
        decisionMaker: true,
        meeting: { select: { startsAt: true } },
        minutesItem: { select: { minutesVersion: { select: { status: true } } } },
        outcomes: { orderBy: { createdAt: 'desc' }, take: 1, select: { outcome: true, decidedOn: true, reference: true } },
      },
    });
    if (!rec) throw new AppError('NOT_FOUND', 'That recommendation was not found');
    const status = rec.minutesItem?.minutesVersion.status;
    if (!status || !(recordStatuses as readonly string[]).includes(status))
      throw new AppError('CONFLICT', 'The outcome of a recommendation is recorded once the Chair has approved the minutes that make it.');
    const errors = outcomeErrors({
      outcome: input.outcome,
      decidedOn: input.decidedOn,
      reference: input.reference,
      meetingDay: londonDay(rec.meeting.startsAt),
      today: londonDay(ctx.now),
    });
    if (Object.keys(errors).length) throw invalid(errors);
    const pending = input.outcome === 'PENDING';
    const row = await ctx.tx.recommendationOutcome.create({
      data: {
        councilId: ctx.council.id,
        decisionId: rec.id,
        outcome: input.outcome,
        decidedOn: pending || !input.decidedOn ? null : dbDay(input.decidedOn),
        reference: pending ? null : input.reference,
        note: input.note,
        recordedById: ctx.actor.id,
        createdAt: ctx.now,
      },
      select: { id: true },
    });
    const before = rec.outcomes[0];
    return {
      data: { id: row.id },
      message: `Outcome recorded: ${label('recommendationOutcomeKind', input.outcome).toLowerCase()}${rec.decisionMaker ? ` (${rec.decisionMaker})` : ''}`,
      audit: [
        {
          kind: 'recommendation.outcome',
          entityType: 'Decision',
          entityId: rec.id,
          before: before ? { outcome: before.outcome, decidedOn: before.decidedOn, reference: before.reference } : { outcome: 'PENDING' },
          after: { outcome: input.outcome, decidedOn: pending ? null : input.decidedOn, reference: pending ? null : input.reference, note: input.note },
        },
      ],
    };
  },
});

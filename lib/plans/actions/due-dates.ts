// Revised due dates of plan actions (the action log's rule, 001 item 5).

import { boardOf, defineAction } from '../../action/define';
import { dbDay } from '../../forms/fields';
import { AppError, invalid } from '../../errors';
import { dayString } from '../../format';
import { resolveAgreedMeeting } from '../../meetings/agreed-meeting';
import { revisionRefusal } from '../../rules/action-log';
import { londonDay } from '../../rules/london-calendar';
import { ragFor } from '../action-rag';
import { loadChangeablePlanAction } from '../guards';
import { agreeDueDateSchema, proposeDueDateSchema } from '../schema';

/** A revised due date is proposed with a reason; it counts only once a meeting agrees it. */
export const proposeDueDate = defineAction({
  name: 'plans.due-date.propose',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: proposeDueDateSchema,
  async run(ctx, input) {
    const action = await loadChangeablePlanAction(ctx.tx, boardOf(ctx).id, input.planId, input.actionId);
    const current = dayString(action.agreedDueOn ?? action.dueOn);
    const pending = await ctx.tx.planActionDueDateRevision.findFirst({ where: { planActionId: action.id, agreedAt: null }, select: { id: true, proposedDueOn: true } });
    // the action log's rule: a real change of date, not in the past, not one already waiting
    const refusal = revisionRefusal({ effectiveDue: current, proposed: input.proposedDueOn, pending: pending && dayString(pending.proposedDueOn), today: londonDay(ctx.now) });
    if (refusal) throw invalid({ proposedDueOn: refusal });
    if (pending) throw invalid({ proposedDueOn: 'A revised date is already waiting for a meeting to agree it: record that agreement first' });
    const revision = await ctx.tx.planActionDueDateRevision.create({
      data: { councilId: ctx.council.id, planActionId: action.id, previousDueOn: dbDay(current), proposedDueOn: dbDay(input.proposedDueOn), reason: input.reason, proposedById: ctx.actor.id, proposedAt: ctx.now },
      select: { id: true },
    });
    return {
      data: { id: revision.id },
      message: 'Revised date proposed. It counts once the board agrees it at a meeting',
      audit: [{ kind: 'plans.due-date.propose', entityType: 'PlanAction', entityId: action.id, after: { previousDueOn: current, proposedDueOn: input.proposedDueOn, reason: input.reason } }],
    };
  },
});

export const agreeDueDate = defineAction({
  name: 'plans.due-date.agree',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: agreeDueDateSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const action = await loadChangeablePlanAction(ctx.tx, board.id, input.planId, input.actionId);
    const revision = await ctx.tx.planActionDueDateRevision.findFirst({
      where: { id: input.revisionId, planActionId: action.id },
      select: { id: true, proposedDueOn: true, proposedAt: true, agreedAt: true },
    });
    if (!revision) throw new AppError('NOT_FOUND', 'That revised date was not found');
    if (revision.agreedAt) throw new AppError('CONFLICT', 'That revised date has already been agreed');
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.meetingId, ctx.now, 'meetingId', {
      at: revision.proposedAt,
      message: 'Choose a meeting held after the new date was proposed: an earlier meeting cannot have agreed it',
    });
    // only an unagreed revision is agreed: of two agreements at once, the second finds none
    const { count } = await ctx.tx.planActionDueDateRevision.updateMany({ where: { id: revision.id, agreedAt: null }, data: { agreedAtMeetingId: meeting?.id, agreedAt: ctx.now } });
    if (count === 0) throw new AppError('CONFLICT', 'That revised date has already been agreed');
    await ctx.tx.planAction.update({
      where: { id: action.id },
      data: { agreedDueOn: revision.proposedDueOn, rag: ragFor(ctx, action.status, action.dueOn, revision.proposedDueOn), version: { increment: 1 } },
    });
    return {
      data: { id: revision.id },
      message: `New due date agreed at ${meeting?.title}`,
      audit: [{ kind: 'plans.due-date.agree', entityType: 'PlanAction', entityId: action.id, before: { agreedDueOn: action.agreedDueOn }, after: { agreedDueOn: dayString(revision.proposedDueOn), meetingId: meeting?.id } }],
    };
  },
});

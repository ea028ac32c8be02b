// Revised due dates of plan actions, by the one revision flow the action log uses (001 item 5).

import { boardOf, defineAction } from '../../action/define';
import { dayString, formatDay } from '../../format';
import { recordAgreement, refuseIfAgreed, revisionToAgree } from '../../due-date-revisions/agree';
import { proposeRevision } from '../../due-date-revisions/propose';
import { planActionRevisions } from '../../due-date-revisions/store';
import { ragFor } from '../action-rag';
import { loadChangeablePlanAction } from '../guards';
import { agreeDueDateSchema, proposeDueDateSchema } from '../schema';

/**
 * A revised due date is proposed with a reason; it counts only once a meeting agrees it.
 * Proposing again replaces the waiting proposal the form showed (the audit trail keeps both).
 */
export const proposeDueDate = defineAction({
  name: 'plans.due-date.propose',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: proposeDueDateSchema,
  async run(ctx, input) {
    const action = await loadChangeablePlanAction(ctx.tx, boardOf(ctx).id, input.planId, input.actionId);
    const { revisionId, effectiveDue, replaced } = await proposeRevision(ctx, planActionRevisions(ctx.tx, ctx.council.id, action.id), action, input);
    return {
      data: { id: revisionId },
      message: `Revised date proposed${replaced ? `, replacing the proposal of ${formatDay(replaced.proposedDueOn)}` : ''}. It counts once the board agrees it at a meeting`,
      audit: [
        {
          kind: 'plans.due-date.propose',
          entityType: 'PlanAction',
          entityId: action.id,
          before: replaced ? { proposedDueOn: dayString(replaced.proposedDueOn), reason: replaced.reason } : undefined,
          after: { revisionId, previousDueOn: effectiveDue, proposedDueOn: input.proposedDueOn, reason: input.reason },
        },
      ],
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
    const revisions = planActionRevisions(ctx.tx, ctx.council.id, action.id);
    const revision = await revisionToAgree(revisions, input.revisionId);
    await refuseIfAgreed(ctx, revision);
    const meeting = await recordAgreement(ctx, revisions, board.id, revision, input.meetingId, 'meetingId');
    await ctx.tx.planAction.update({
      where: { id: action.id },
      data: { agreedDueOn: revision.proposedDueOn, rag: ragFor(ctx, action.status, action.dueOn, revision.proposedDueOn), version: { increment: 1 } },
    });
    return {
      data: { id: revision.id },
      message: `New due date agreed at ${meeting.title}`,
      audit: [
        {
          kind: 'plans.due-date.agree',
          entityType: 'PlanAction',
          entityId: action.id,
          before: { agreedDueOn: action.agreedDueOn },
          after: { agreedDueOn: dayString(revision.proposedDueOn), meetingId: meeting.id },
        },
      ],
    };
  },
});

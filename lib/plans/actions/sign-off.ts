// The board signs plan actions off at a meeting, and reopens them (004 5.9).

import { boardOf, defineAction } from '../../action/define';
import { AppError, invalid } from '../../errors';
import { resolveAgreedMeeting } from '../../meetings/agreed-meeting';
import { FINISHED_ACTION_STATUSES } from '../../rules/plans';
import { ragFor } from '../action-rag';
import { loadChangeablePlanAction, loadPlanAction, refuseIfFinished, refuseIfPlanClosed } from '../guards';
import { reopenSchema, signOffSchema } from '../schema';

/**
 * The board agrees an action complete at one of its meetings that has taken place. The
 * meeting, who proposed it and the evidence seen are recorded; the action is then fixed.
 */
export const signOffAction = defineAction({
  name: 'plans.actions.sign-off',
  scope: 'board',
  resource: 'plan',
  operation: 'sign-off',
  schema: signOffSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const action = await loadChangeablePlanAction(ctx.tx, board.id, input.planId, input.actionId);
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.meetingId, ctx.now, 'meetingId', {
      at: action.createdAt,
      message: 'Choose a meeting held after the action was added to the plan: an earlier meeting cannot have signed it off',
    });
    if (!meeting) throw invalid({ meetingId: 'Choose the meeting at which the board signed the action off' });
    const { count } = await ctx.tx.planAction.updateMany({
      where: { id: action.id, version: input.version, status: { notIn: [...FINISHED_ACTION_STATUSES] } },
      data: { status: 'SIGNED_OFF', rag: 'BLUE', version: { increment: 1 } },
    });
    if (count === 0) {
      refuseIfFinished(await loadPlanAction(ctx.tx, board.id, action.planId, action.id));
      throw new AppError('CONFLICT', 'Someone else changed this action while you were looking at it. Reload the page, check it, then sign it off.');
    }
    const evidence = { documents: input.documents, links: input.links, measures: input.measures, ...(input.summary ? { summary: input.summary } : {}) };
    const signOff = await ctx.tx.planActionSignOff.create({
      data: {
        councilId: ctx.council.id,
        planActionId: action.id,
        meetingId: meeting.id,
        proposedBy: input.proposedBy,
        evidence,
        recordedById: ctx.actor.id,
        signedOffAt: ctx.now,
      },
      select: { id: true },
    });
    return {
      data: { id: signOff.id },
      message: `Action ${action.reference} signed off at ${meeting.title}${meeting.historical ? ' (historical record)' : ''}`,
      audit: [
        {
          kind: 'plans.actions.sign-off',
          entityType: 'PlanAction',
          entityId: action.id,
          before: { status: action.status },
          after: { status: 'SIGNED_OFF', meetingId: meeting.id, proposedBy: input.proposedBy, evidence, ...(meeting.historical ? { historical: true } : {}) },
        },
      ],
    };
  },
});

/** Only the board, at a meeting, reopens a signed-off action; the sign-off stays on the record beside the reason. */
export const reopenAction = defineAction({
  name: 'plans.actions.reopen',
  scope: 'board',
  resource: 'plan',
  operation: 'sign-off',
  schema: reopenSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const action = await loadPlanAction(ctx.tx, board.id, input.planId, input.actionId);
    refuseIfPlanClosed(action.plan);
    if (action.status !== 'SIGNED_OFF') throw new AppError('CONFLICT', `Action ${action.reference} is not signed off, so there is nothing to reopen`);
    const signOff = await ctx.tx.planActionSignOff.findFirst({
      where: { planActionId: action.id, reopenedAt: null },
      orderBy: { signedOffAt: 'desc' },
      select: { id: true, meeting: { select: { startsAt: true } } },
    });
    // a reopen undoes the sign-off, so it is at the sign-off's meeting or a later one
    const meeting = await resolveAgreedMeeting(
      ctx.tx,
      board.id,
      input.meetingId,
      ctx.now,
      'meetingId',
      signOff
        ? {
            at: signOff.meeting.startsAt,
            message: 'Choose a meeting held after the board signed the action off: an earlier meeting cannot have reopened it',
          }
        : undefined,
    );
    if (!meeting) throw invalid({ meetingId: 'Choose the meeting at which the board reopened the action' });
    const status = 'IN_PROGRESS' as const;
    const { count } = await ctx.tx.planAction.updateMany({
      where: { id: action.id, version: input.version, status: 'SIGNED_OFF' },
      data: { status, rag: ragFor(ctx, status, action.dueOn, action.agreedDueOn), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', 'Someone else changed this action while you were looking at it. Reload the page and check it.');
    if (signOff) {
      await ctx.tx.planActionSignOff.update({
        where: { id: signOff.id },
        data: { reopenedAt: ctx.now, reopenReason: input.reason, reopenedAtMeetingId: meeting.id, reopenedById: ctx.actor.id },
      });
    }
    return {
      data: { id: action.id },
      message: `Action ${action.reference} reopened by the board at ${meeting.title}`,
      audit: [
        {
          kind: 'plans.actions.reopen',
          entityType: 'PlanAction',
          entityId: action.id,
          before: { status: 'SIGNED_OFF', signOffId: signOff?.id },
          after: { status, meetingId: meeting.id, reason: input.reason },
        },
      ],
    };
  },
});

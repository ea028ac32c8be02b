import { z } from 'zod';
import { boardOf, defineAction } from '../action/define';
import { AppError, forbidden, invalidField, notFound } from '../errors';
import { dayString, formatDay } from '../format';
import { optionalDay, optionalText, requiredId, requiredText } from '../forms/fields';
import { can } from '../auth/permissions';
import { boardRolesFor, currentSeatOf } from '../boards/access';
import { londonDay, calendarDaysBetween } from '../rules/london-calendar';
import { finalReason } from '../rules/action-log';
import { createLogAction } from './create';

export const referActionSchema = z.object({
  actionId: requiredId('That action was not found'),
  targetBoardId: requiredId('Choose the supporting board to refer the action to'),
  referralOwner: requiredText('who owns the action on the supporting board', 200),
  // blank: the date that counts on this board's action
  referralDueOn: optionalDay('the due date on the supporting board'),
  referralNote: optionalText('the note', 1000),
});

/**
 * A board refers one of its actions to a board that supports it (an Improvement Board to
 * its Executive Group): a new action on that board's log, linked both ways like an
 * escalated risk. The original stays open on this board's log, which still answers for it;
 * each log's progress says where the other is. The person must be allowed to add actions
 * to both logs.
 */
export const referAction = defineAction({
  name: 'actions.refer',
  scope: 'board',
  resource: 'action',
  operation: 'create',
  schema: referActionSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    await ctx.tx.$executeRaw`SELECT 1 FROM "Action" WHERE id = ${input.actionId}::uuid AND "boardId" = ${board.id}::uuid FOR UPDATE`;
    const action = await ctx.tx.action.findFirst({
      where: { id: input.actionId, boardId: board.id },
      select: {
        id: true,
        reference: true,
        description: true,
        status: true,
        effectiveDueOn: true,
        dueOn: true,
        referrals: { select: { boardId: true, reference: true } },
      },
    });
    if (!action) throw notFound('Action');
    const final = finalReason(action.status, action.reference);
    if (final) throw new AppError('CONFLICT', final);

    const target = await ctx.tx.board.findFirst({
      where: { id: input.targetBoardId, councilId: ctx.council.id },
      select: {
        id: true,
        name: true,
        status: true,
        parentBoardId: true,
        access: { where: { personId: ctx.actor.id }, select: { role: true } },
        seats: { where: currentSeatOf(ctx.actor.id), select: { personId: true, role: true } },
      },
    });
    if (!target) throw notFound('Board');
    if (target.parentBoardId !== board.id)
      throw invalidField('targetBoardId', `${target.name} does not support ${board.name}: an action is referred to a board that supports this one`);
    if (target.status === 'DISSOLVED') throw invalidField('targetBoardId', `${target.name} has been dissolved, so it keeps no action log`);
    if (!can(boardRolesFor(ctx.actor.id, ctx.councilRole, target.access, target.seats), 'action', 'create'))
      throw forbidden(`You cannot add actions to ${target.name}’s log`);
    const already = action.referrals.find((r) => r.boardId === target.id);
    if (already) throw new AppError('CONFLICT', `${action.reference} has already been referred to ${target.name}, as ${already.reference}`);

    const dueOn = input.referralDueOn ?? dayString(action.effectiveDueOn ?? action.dueOn);
    if (calendarDaysBetween(londonDay(ctx.now), dueOn) < 0) throw invalidField('referralDueOn', 'The due date on the supporting board must be today or later');
    const created = await createLogAction(
      ctx.tx,
      { councilId: ctx.council.id, boardId: target.id, description: action.description, ownerSeatId: null, ownerAgency: input.referralOwner, dueOn },
      ctx.now,
    );
    await ctx.tx.action.update({ where: { id: created.id }, data: { referredFromActionId: action.id } });
    const note = input.referralNote ? ` ${input.referralNote}` : '';
    await ctx.tx.actionUpdate.createMany({
      data: [
        {
          councilId: ctx.council.id,
          actionId: action.id,
          authorId: ctx.actor.id,
          body: `Referred to ${target.name} as ${created.reference}.${note}`,
          createdAt: ctx.now,
        },
        {
          councilId: ctx.council.id,
          actionId: created.id,
          authorId: ctx.actor.id,
          body: `Referred by ${board.name} from ${action.reference}.${note}`,
          createdAt: ctx.now,
        },
      ],
    });
    const after = {
      from: action.reference,
      fromBoard: board.name,
      to: created.reference,
      toBoard: target.name,
      owner: input.referralOwner,
      dueOn,
      note: input.referralNote,
    };
    return {
      data: { reference: created.reference },
      message: `${action.reference} referred to ${target.name} as ${created.reference}, due ${formatDay(new Date(`${dueOn}T00:00:00Z`))}. It stays open here and linked to it.`,
      audit: [
        { kind: 'action.refer', entityType: 'Action', entityId: action.id, after },
        { kind: 'action.create', entityType: 'Action', entityId: created.id, boardId: target.id, after },
      ],
    };
  },
});

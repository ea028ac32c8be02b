import { defineAction } from '../action/define';
import { AppError, conflict, invalidField } from '../errors';
import { labelInSentence } from '../labels';
import { londonDay } from '../rules/london-calendar';
import { addReportingLineSchema, changeStatusSchema, createBoardSchema, removeReportingLineSchema, updateBoardSchema } from './schema';
import { checkParent, prefixesInUse, requireRouteBoard } from './guards';
import { boardForDisplay, changedFields, editableBoardSelect } from './form-values';
import { uniquePrefix, uniqueSlug } from './slug';
import { statusChangeProblem } from './status';
import { dbDay } from '../forms/fields';
import { sendMeetingInvitations } from '../meetings/invitations';
import { cancelComingMeetings, endDelegationsTo } from './dissolve';
import type { Tx } from '../db/tenant';

const admins = ['OWNER', 'ADMIN'] as const;

/** A council admin sets up a board, recording the decision that set it up as its first status. */
export const createBoard = defineAction({
  name: 'boards.create',
  scope: 'council',
  councilRoles: admins,
  schema: createBoardSchema,
  async run(ctx, input) {
    const councilId = ctx.council.id;
    const parent = await checkParent(ctx.tx, councilId, null, input.parentBoardId);
    if (input.effectiveOn > londonDay(ctx.now)) throw invalidField('effectiveOn', 'The date the board was set up must be today or in the past');
    const prefixes = await prefixesInUse(ctx.tx, councilId, null);
    if (input.actionReferencePrefix && prefixes.has(input.actionReferencePrefix)) {
      throw invalidField(
        'actionReferencePrefix',
        `${prefixes.get(input.actionReferencePrefix)} already uses ${input.actionReferencePrefix}: choose another prefix so that action references stay unique`,
      );
    }
    const slugs = await ctx.tx.board.findMany({ where: { councilId }, select: { slug: true } });
    const { effectiveOn, decision, status, ...settings } = input;
    const board = await ctx.tx.board.create({
      data: {
        ...settings,
        councilId,
        slug: uniqueSlug(input.name, new Set(slugs.map((s) => s.slug))),
        status,
        actionReferencePrefix: input.actionReferencePrefix ?? uniquePrefix(input.name, new Set(prefixes.keys())),
      },
      select: { id: true, slug: true, name: true, actionReferencePrefix: true },
    });
    await ctx.tx.boardStatusChange.create({
      data: { councilId, boardId: board.id, status, effectiveOn: dbDay(effectiveOn), decision, recordedById: ctx.actor.id },
    });
    // a supporting board (an Executive Group) reports to the board it supports, from the start
    if (parent) await ctx.tx.boardReportingLine.create({ data: { councilId, boardId: board.id, body: 'PARENT_BOARD', name: parent.name } });
    return {
      data: { boardId: board.id, slug: board.slug },
      message: `${board.name} has been set up`,
      audit: [
        {
          kind: 'board.create',
          entityType: 'Board',
          entityId: board.id,
          boardId: board.id,
          after: {
            ...settings,
            status,
            effectiveOn,
            decision,
            parent: parent?.name ?? null,
            reportsTo: parent ? [parent.name] : [],
            slug: board.slug,
            actionReferencePrefix: board.actionReferencePrefix,
          },
        },
      ],
    };
  },
});

async function readBoard(tx: Tx, councilId: string, boardId: string) {
  const board = await tx.board.findFirst({ where: { id: boardId, councilId }, select: { ...editableBoardSelect, parentBoard: { select: { name: true } } } });
  if (!board) throw new AppError('NOT_FOUND', 'That board was not found');
  const { parentBoard, ...rest } = board;
  return { board: rest, parentName: parentBoard?.name ?? null };
}

/**
 * Details and rule settings. The form carries the version it was editing: if someone
 * saved in between, the save is refused with their version to show beside this one.
 */
export const updateBoard = defineAction({
  name: 'boards.update',
  scope: 'board',
  resource: 'board',
  operation: 'update',
  schema: updateBoardSchema,
  async run(ctx, input) {
    const route = requireRouteBoard(ctx, input.boardId);
    const councilId = ctx.council.id;
    const { board: before, parentName } = await readBoard(ctx.tx, councilId, route.id);
    if (before.version !== input.version) throw conflict(boardForDisplay(before, parentName));
    const parent = await checkParent(ctx.tx, councilId, route.id, input.parentBoardId);
    const prefixes = await prefixesInUse(ctx.tx, councilId, route.id);
    if (prefixes.has(input.actionReferencePrefix)) {
      throw invalidField(
        'actionReferencePrefix',
        `${prefixes.get(input.actionReferencePrefix)} already uses ${input.actionReferencePrefix}: choose another prefix so that action references stay unique`,
      );
    }
    const { boardId: _id, version, declarationsStandingItem, ...rest } = input;
    const settings = declarationsStandingItem === undefined ? rest : { ...rest, declarationsStandingItem };
    const { count } = await ctx.tx.board.updateMany({ where: { id: route.id, councilId, version }, data: { ...settings, version: { increment: 1 } } });
    if (count === 0) {
      const latest = await readBoard(ctx.tx, councilId, route.id);
      throw conflict(boardForDisplay(latest.board, latest.parentName));
    }
    const diff = changedFields(before, settings);
    // a board newly supporting another reports to it, unless that line is already recorded
    const newParent = parent && parent.id !== before.parentBoardId ? parent : null;
    const addLine =
      newParent && !(await ctx.tx.boardReportingLine.count({ where: { boardId: route.id, body: 'PARENT_BOARD', name: newParent.name } }))
        ? await ctx.tx.boardReportingLine.create({ data: { councilId, boardId: route.id, body: 'PARENT_BOARD', name: newParent.name }, select: { id: true } })
        : null;
    return {
      data: { version: version + 1 },
      message: addLine
        ? `The board’s details and rules have been saved. It now reports to ${newParent!.name}.`
        : 'The board’s details and rules have been saved',
      audit: [
        { kind: 'board.update', entityType: 'Board', entityId: route.id, ...diff },
        ...(addLine
          ? [
              {
                kind: 'board.reporting-line.add' as const,
                entityType: 'BoardReportingLine',
                entityId: addLine.id,
                after: { body: 'PARENT_BOARD', name: newParent!.name },
              },
            ]
          : []),
      ],
    };
  },
});

/** Provisional → established → dissolved, each with its date and decision, kept as history. */
export const changeBoardStatus = defineAction({
  name: 'boards.change-status',
  scope: 'board',
  resource: 'board',
  operation: 'update',
  schema: changeStatusSchema,
  async run(ctx, input) {
    const route = requireRouteBoard(ctx, input.boardId);
    const councilId = ctx.council.id;
    const board = await ctx.tx.board.findFirst({ where: { id: route.id, councilId }, select: { status: true } });
    if (!board) throw new AppError('NOT_FOUND', 'That board was not found');
    const last = await ctx.tx.boardStatusChange.findFirst({
      where: { boardId: route.id },
      orderBy: [{ effectiveOn: 'desc' }, { createdAt: 'desc' }],
      select: { effectiveOn: true },
    });
    const problem = statusChangeProblem({
      from: board.status,
      to: input.status,
      effectiveOn: input.effectiveOn,
      lastEffectiveOn: last ? last.effectiveOn.toISOString().slice(0, 10) : null,
      today: londonDay(ctx.now),
    });
    if (problem) throw invalidField(problem.field, problem.message);
    // compare-and-set on the status read above, so two changes at once cannot both apply
    const { count } = await ctx.tx.board.updateMany({ where: { id: route.id, councilId, status: board.status }, data: { status: input.status } });
    if (count === 0) throw new AppError('CONFLICT', 'Someone else changed the board’s status while you were deciding: check its history, then try again');
    const change = await ctx.tx.boardStatusChange.create({
      data: { councilId, boardId: route.id, status: input.status, effectiveOn: dbDay(input.effectiveOn), decision: input.decision, recordedById: ctx.actor.id },
      select: { id: true },
    });
    // a dissolved board meets no more: its coming meetings are cancelled, each on the record
    const cancelled = input.status === 'DISSOLVED' ? await cancelComingMeetings(ctx.tx, route.id, ctx.now, `The board was dissolved (${input.decision})`) : [];
    // each cancelled meeting leaves the calendars it was put in
    for (const m of cancelled) await sendMeetingInvitations(ctx.tx, ctx.council, m.id, 'cancelled', ctx.now);
    // boards whose agendas it agreed have their own Chairs agree them again
    const delegating = input.status === 'DISSOLVED' ? await endDelegationsTo(ctx.tx, councilId, route.id) : [];
    const n = cancelled.length;
    return {
      data: { statusChangeId: change.id, cancelledMeetings: n },
      message: `${route.name} is now ${labelInSentence('boardStatus', input.status)}${n ? `; ${n} coming ${n === 1 ? 'meeting was' : 'meetings were'} cancelled` : ''}`,
      audit: [
        {
          kind: 'board.status',
          entityType: 'Board',
          entityId: route.id,
          before: { status: board.status },
          after: { status: input.status, effectiveOn: input.effectiveOn, decision: input.decision },
        },
        ...cancelled.map((m) => ({
          kind: 'meeting.cancel' as const,
          entityType: 'Meeting',
          entityId: m.id,
          before: { status: 'SCHEDULED' },
          after: { status: 'CANCELLED', cancelledReason: m.reason },
        })),
        ...delegating.map((b) => ({
          kind: 'board.set-agenda-agreement' as const,
          entityType: 'Board',
          entityId: b.id,
          boardId: b.id,
          before: { agreedBy: route.name },
          after: { agreedBy: 'the board’s Chair', because: `${route.name} was dissolved` },
        })),
      ],
    };
  },
});

const bodyNames: Record<string, string> = {
  CABINET: 'Cabinet',
  SCRUTINY_COMMITTEE: 'Overview and Scrutiny Committee',
  DFE: 'Department for Education',
  SAFEGUARDING_PARTNERSHIP: 'Safeguarding Children Partnership',
};

/** Who the board reports to (Cabinet, scrutiny, the DfE, the safeguarding partnership: 000, 001). */
export const addReportingLine = defineAction({
  name: 'boards.add-reporting-line',
  scope: 'board',
  resource: 'board',
  operation: 'update',
  schema: addReportingLineSchema,
  async run(ctx, input) {
    const route = requireRouteBoard(ctx, input.boardId);
    const councilId = ctx.council.id;
    let name = input.lineName ?? bodyNames[input.body] ?? null;
    if (input.body === 'PARENT_BOARD') {
      const board = await ctx.tx.board.findFirst({ where: { id: route.id, councilId }, select: { parentBoard: { select: { name: true } } } });
      if (!board?.parentBoard) throw invalidField('body', 'This board supports no other board: choose the board it supports in its details first');
      name = input.lineName ?? board.parentBoard.name;
    }
    if (!name) throw invalidField('lineName', 'Enter the name of the body the board reports to');
    const duplicate = await ctx.tx.boardReportingLine.findFirst({
      where: { boardId: route.id, body: input.body, name: { equals: name, mode: 'insensitive' } },
      select: { id: true },
    });
    if (duplicate) throw invalidField('lineName', `The board already reports to ${name}`);
    const line = await ctx.tx.boardReportingLine.create({
      data: { councilId, boardId: route.id, body: input.body, name, frequency: input.frequency },
      select: { id: true },
    });
    return {
      data: { lineId: line.id },
      message: `${route.name} now reports to ${name}`,
      audit: [
        {
          kind: 'board.reporting-line.add',
          entityType: 'BoardReportingLine',
          entityId: line.id,
          after: { body: input.body, name, frequency: input.frequency },
        },
      ],
    };
  },
});

export const removeReportingLine = defineAction({
  name: 'boards.remove-reporting-line',
  scope: 'board',
  resource: 'board',
  operation: 'update',
  schema: removeReportingLineSchema,
  async run(ctx, input) {
    const boardId = ctx.board?.id ?? '';
    const line = await ctx.tx.boardReportingLine.findFirst({
      where: { id: input.lineId, boardId, councilId: ctx.council.id },
      select: { id: true, body: true, name: true, frequency: true },
    });
    if (!line) throw new AppError('NOT_FOUND', 'That reporting line was not found');
    await ctx.tx.boardReportingLine.delete({ where: { id: line.id } });
    return {
      data: null,
      message: `${ctx.board?.name ?? 'The board'} no longer reports to ${line.name}`,
      audit: [
        {
          kind: 'board.reporting-line.remove',
          entityType: 'BoardReportingLine',
          entityId: line.id,
          before: { body: line.body, name: line.name, frequency: line.frequency },
        },
      ],
    };
  },
});

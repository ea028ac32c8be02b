// Over 300 lines on purpose: every change to an agenda (add, edit, move, remove, standing items,
// links, the Chair's agreement) shares the rule that an agreed agenda changes only on the record.
import { defineAction, type ActionContext } from '../../action/define';
import type { AuditDraft } from '../../audit/append';
import { AppError, conflict } from '../../errors';
import { formatLongDate } from '../../format';
import { actionBoard } from '../action-context';
import { addItemSchema, addStandingItemSchema, linkItemSchema, moveItemSchema, removeItemSchema, unlinkItemSchema, updateItemSchema } from './schema';
import { standingItemDraft, standingItemIndex, standingLabels } from './standing-items';

export const meetingSelect = { id: true, title: true, startsAt: true, status: true, version: true, agendaAgreedAt: true, agendaAgreedById: true } as const;
export type AgendaMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  status: string;
  version: number;
  agendaAgreedAt: Date | null;
  agendaAgreedById: string | null;
};

export async function findMeeting(ctx: ActionContext, meetingId: string): Promise<AgendaMeeting> {
  const meeting = await ctx.tx.meeting.findFirst({ where: { id: meetingId, boardId: actionBoard(ctx).id }, select: meetingSelect });
  if (!meeting) throw new AppError('NOT_FOUND', 'That meeting was not found');
  return meeting;
}

const itemSelect = { id: true, meetingId: true, position: true, title: true, presenter: true, purpose: true, durationMinutes: true, standing: true } as const;

async function findItem(ctx: ActionContext, itemId: string) {
  const item = await ctx.tx.agendaItem.findFirst({
    where: { id: itemId, meeting: { boardId: actionBoard(ctx).id } },
    select: { ...itemSelect, meeting: { select: meetingSelect } },
  });
  if (!item) throw new AppError('NOT_FOUND', 'That agenda item was not found');
  return item;
}

/**
 * Every change to an agenda goes through here first. Updating the meeting row locks it,
 * so two people changing one agenda take turns; the version moves on; and the Chair's
 * agreement is cleared, because the Chair agreed the agenda as it was, not as it is now.
 */
export async function changeAgenda(ctx: ActionContext, meeting: AgendaMeeting): Promise<{ audit: AuditDraft[]; note: string }> {
  if (meeting.status !== 'SCHEDULED')
    throw new AppError('INVALID', `The agenda of a ${meeting.status === 'CANCELLED' ? 'cancelled' : 'held'} meeting is kept as it was and cannot change`);
  const { count } = await ctx.tx.meeting.updateMany({
    where: { id: meeting.id, version: meeting.version },
    data: { version: { increment: 1 }, agendaAgreedById: null, agendaAgreedAt: null, agendaAgreedByBoardId: null },
  });
  if (count === 0) throw new AppError('CONFLICT', 'Someone else changed this agenda at the same moment. Reload the page, check the agenda, then try again.');
  if (!meeting.agendaAgreedAt) return { audit: [], note: '' };
  return {
    note: ' The Chair had agreed the agenda: that agreement is now cleared, so the Chair needs to agree the agenda again.',
    audit: [
      {
        kind: 'agenda.agreement.clear',
        entityType: 'Meeting',
        entityId: meeting.id,
        before: { agendaAgreedById: meeting.agendaAgreedById, agendaAgreedAt: meeting.agendaAgreedAt },
      },
    ],
  };
}

export async function orderedItems(ctx: ActionContext, meetingId: string) {
  return ctx.tx.agendaItem.findMany({
    where: { meetingId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, position: true, standing: true, title: true },
  });
}

/** Positions 1, 2, 3… in the given order; only rows whose number changes are written. */
export async function writeOrder(ctx: ActionContext, items: { id: string; position: number }[]) {
  for (const [index, item] of items.entries()) {
    if (item.position !== index + 1) await ctx.tx.agendaItem.update({ where: { id: item.id }, data: { position: index + 1 } });
  }
}

type LinkTarget = 'action' | 'risk' | 'planAction';

/** An action, risk or plan action of this board, by id; another board's (or council's) answers 404. */
async function linkable(ctx: ActionContext, target: LinkTarget, id: string): Promise<{ reference: string }> {
  const boardId = actionBoard(ctx).id;
  const found =
    target === 'action'
      ? await ctx.tx.action.findFirst({ where: { id, boardId }, select: { reference: true } })
      : target === 'risk'
        ? await ctx.tx.risk.findFirst({ where: { id, boardId }, select: { reference: true } })
        : await ctx.tx.planAction.findFirst({ where: { id, plan: { boardId } }, select: { reference: true } });
  if (!found) throw new AppError('NOT_FOUND', `That ${target === 'planAction' ? 'plan action' : target} was not found`);
  return found;
}

const linkColumn = { action: 'actionId', risk: 'riskId', planAction: 'planActionId' } as const;

export const addAgendaItem = defineAction({
  name: 'agenda.addItem',
  scope: 'board',
  resource: 'agenda',
  operation: 'create',
  schema: addItemSchema,
  async run(ctx, input) {
    const meeting = await findMeeting(ctx, input.meetingId);
    const targets = (['action', 'risk', 'planAction'] as const).flatMap((t) => {
      const id = input[linkColumn[t]];
      return id ? [{ target: t, id }] : [];
    });
    const references = [];
    for (const t of targets) references.push((await linkable(ctx, t.target, t.id)).reference);
    const change = await changeAgenda(ctx, meeting);
    const items = await orderedItems(ctx, meeting.id);
    const item = await ctx.tx.agendaItem.create({
      data: {
        councilId: ctx.council.id,
        meetingId: meeting.id,
        position: items.length + 1,
        title: input.title,
        presenter: input.presenter,
        purpose: input.purpose,
        durationMinutes: input.durationMinutes,
        links: { create: targets.map((t) => ({ councilId: ctx.council.id, [linkColumn[t.target]]: t.id })) },
      },
      select: { id: true },
    });
    await writeOrder(ctx, [...items, { id: item.id, position: items.length + 1 }]);
    return {
      data: { itemId: item.id },
      message: `“${input.title}” added to the agenda.${change.note}`,
      audit: [
        ...change.audit,
        {
          kind: 'agenda.item.add',
          entityType: 'AgendaItem',
          entityId: item.id,
          after: {
            meetingId: meeting.id,
            title: input.title,
            presenter: input.presenter,
            purpose: input.purpose,
            durationMinutes: input.durationMinutes,
            links: references,
          },
        },
      ],
    };
  },
});

/** Apologies, the last minutes, the action log, the risk log and the forward plan, in one click each. */
export const addStandingItem = defineAction({
  name: 'agenda.addStandingItem',
  scope: 'board',
  resource: 'agenda',
  operation: 'create',
  schema: addStandingItemSchema,
  async run(ctx, input) {
    const meeting = await findMeeting(ctx, input.meetingId);
    const change = await changeAgenda(ctx, meeting);
    const items = await orderedItems(ctx, meeting.id);
    if (items.some((i) => i.standing === input.standing)) throw new AppError('INVALID', `${standingLabels[input.standing]} is already on the agenda`);
    const previous = await ctx.tx.meeting.findFirst({
      where: { boardId: actionBoard(ctx).id, startsAt: { lt: meeting.startsAt }, status: { not: 'CANCELLED' } },
      orderBy: { startsAt: 'desc' },
      select: { startsAt: true },
    });
    const draft = standingItemDraft(input.standing, previous ? formatLongDate(previous.startsAt) : null);
    const chair = draft.chairPresents
      ? await ctx.tx.seat.findFirst({
          where: {
            boardId: actionBoard(ctx).id,
            role: { in: ['INDEPENDENT_CHAIR', 'CHAIR'] },
            personId: { not: null },
            OR: [{ endsOn: null }, { endsOn: { gte: ctx.now } }],
          },
          orderBy: { role: 'asc' },
          select: { person: { select: { name: true } } },
        })
      : null;
    const item = await ctx.tx.agendaItem.create({
      data: {
        councilId: ctx.council.id,
        meetingId: meeting.id,
        position: items.length + 1,
        standing: input.standing,
        title: draft.title,
        purpose: draft.purpose,
        durationMinutes: draft.durationMinutes,
        presenter: chair?.person?.name ?? (draft.chairPresents ? 'Chair' : null),
      },
      select: { id: true },
    });
    const order = [...items];
    order.splice(standingItemIndex(input.standing, items), 0, { id: item.id, position: items.length + 1, standing: input.standing, title: draft.title });
    await writeOrder(ctx, order);
    return {
      data: { itemId: item.id },
      message: `“${draft.title}” added to the agenda.${change.note}`,
      audit: [
        ...change.audit,
        {
          kind: 'agenda.item.add',
          entityType: 'AgendaItem',
          entityId: item.id,
          after: { meetingId: meeting.id, standing: input.standing, title: draft.title, position: order.findIndex((i) => i.id === item.id) + 1 },
        },
      ],
    };
  },
});

export const updateAgendaItem = defineAction({
  name: 'agenda.updateItem',
  scope: 'board',
  resource: 'agenda',
  operation: 'update',
  schema: updateItemSchema,
  async run(ctx, input) {
    const item = await findItem(ctx, input.itemId);
    // The agenda's version is the meeting's: an edit made from an older view of the
    // agenda would silently undo someone else's change to this item.
    if (item.meeting.version !== input.version) {
      throw conflict({
        title: item.title,
        presenter: item.presenter ?? '',
        purpose: item.purpose,
        durationMinutes: item.durationMinutes?.toString() ?? '',
        version: String(item.meeting.version),
      });
    }
    const change = await changeAgenda(ctx, item.meeting);
    const data = { title: input.title, presenter: input.presenter, purpose: input.purpose, durationMinutes: input.durationMinutes };
    await ctx.tx.agendaItem.update({ where: { id: item.id }, data });
    return {
      data: { itemId: item.id },
      message: `Agenda item saved.${change.note}`,
      audit: [
        ...change.audit,
        {
          kind: 'agenda.item.update',
          entityType: 'AgendaItem',
          entityId: item.id,
          before: { title: item.title, presenter: item.presenter, purpose: item.purpose, durationMinutes: item.durationMinutes },
          after: data,
        },
      ],
    };
  },
});

export const moveAgendaItem = defineAction({
  name: 'agenda.moveItem',
  scope: 'board',
  resource: 'agenda',
  operation: 'update',
  schema: moveItemSchema,
  async run(ctx, input) {
    const item = await findItem(ctx, input.itemId);
    const change = await changeAgenda(ctx, item.meeting);
    const items = await orderedItems(ctx, item.meetingId);
    const from = items.findIndex((i) => i.id === item.id);
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= items.length) throw new AppError('INVALID', `“${item.title}” is already ${input.direction === 'up' ? 'first' : 'last'} on the agenda`);
    const order = [...items];
    const [moving] = order.splice(from, 1);
    order.splice(to, 0, moving!);
    await writeOrder(ctx, order);
    return {
      data: { itemId: item.id, position: to + 1 },
      message: `“${item.title}” moved ${input.direction} to item ${to + 1}.${change.note}`,
      audit: [
        ...change.audit,
        { kind: 'agenda.item.move', entityType: 'AgendaItem', entityId: item.id, before: { position: from + 1 }, after: { position: to + 1 } },
      ],
    };
  },
});

export const removeAgendaItem = defineAction({
  name: 'agenda.removeItem',
  scope: 'board',
  resource: 'agenda',
  operation: 'update',
  schema: removeItemSchema,
  async run(ctx, input) {
    const item = await findItem(ctx, input.itemId);
    const change = await changeAgenda(ctx, item.meeting);
    // Removing the item would leave its papers, or the minutes' record of it, pointing nowhere.
    if (await ctx.tx.paper.count({ where: { agendaItemId: item.id, status: { not: 'WITHDRAWN' } } })) {
      throw new AppError('INVALID', `“${item.title}” has papers: withdraw them or move them to another item first`);
    }
    if (await ctx.tx.minutesItem.count({ where: { agendaItemId: item.id } }))
      throw new AppError('INVALID', `The minutes record “${item.title}”, so it stays on the agenda`);
    const links = await ctx.tx.agendaItemLink.findMany({ where: { agendaItemId: item.id }, select: { actionId: true, riskId: true, planActionId: true } });
    await ctx.tx.agendaItem.delete({ where: { id: item.id } });
    await writeOrder(ctx, await orderedItems(ctx, item.meetingId));
    return {
      data: null,
      message: `“${item.title}” removed from the agenda.${change.note}`,
      audit: [
        ...change.audit,
        {
          kind: 'agenda.item.remove',
          entityType: 'AgendaItem',
          entityId: item.id,
          before: {
            meetingId: item.meetingId,
            position: item.position,
            title: item.title,
            presenter: item.presenter,
            purpose: item.purpose,
            durationMinutes: item.durationMinutes,
            standing: item.standing,
            links,
          },
        },
      ],
    };
  },
});

export const linkAgendaItem = defineAction({
  name: 'agenda.linkItem',
  scope: 'board',
  resource: 'agenda',
  operation: 'update',
  schema: linkItemSchema,
  async run(ctx, input) {
    const item = await findItem(ctx, input.itemId);
    const { reference } = await linkable(ctx, input.target, input.targetId);
    const column = linkColumn[input.target];
    if (await ctx.tx.agendaItemLink.count({ where: { agendaItemId: item.id, [column]: input.targetId } }))
      throw new AppError('INVALID', `${reference} is already linked to this item`, { [column]: [`${reference} is already linked to this item`] });
    const change = await changeAgenda(ctx, item.meeting);
    const link = await ctx.tx.agendaItemLink.create({
      data: { councilId: ctx.council.id, agendaItemId: item.id, [column]: input.targetId },
      select: { id: true },
    });
    return {
      data: { linkId: link.id },
      message: `${reference} linked to “${item.title}”.${change.note}`,
      audit: [
        ...change.audit,
        { kind: 'agenda.link.add', entityType: 'AgendaItemLink', entityId: link.id, after: { agendaItemId: item.id, [column]: input.targetId, reference } },
      ],
    };
  },
});

export const unlinkAgendaItem = defineAction({
  name: 'agenda.unlinkItem',
  scope: 'board',
  resource: 'agenda',
  operation: 'update',
  schema: unlinkItemSchema,
  async run(ctx, input) {
    const link = await ctx.tx.agendaItemLink.findFirst({
      where: { id: input.linkId, agendaItem: { meeting: { boardId: actionBoard(ctx).id } } },
      select: {
        id: true,
        agendaItemId: true,
        actionId: true,
        riskId: true,
        planActionId: true,
        agendaItem: { select: { title: true, meeting: { select: meetingSelect } } },
      },
    });
    if (!link) throw new AppError('NOT_FOUND', 'That link was not found');
    const change = await changeAgenda(ctx, link.agendaItem.meeting);
    await ctx.tx.agendaItemLink.delete({ where: { id: link.id } });
    return {
      data: null,
      message: `Link removed from “${link.agendaItem.title}”.${change.note}`,
      audit: [
        ...change.audit,
        {
          kind: 'agenda.link.remove',
          entityType: 'AgendaItemLink',
          entityId: link.id,
          before: { agendaItemId: link.agendaItemId, actionId: link.actionId, riskId: link.riskId, planActionId: link.planActionId },
        },
      ],
    };
  },
});

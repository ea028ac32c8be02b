import { boardOf, defineAction, type ActionContext } from '../action/define';
import { AppError, conflict, notFound, invalid } from '../errors';
import { formatDateTime } from '../format';
import { changeAgenda, findMeeting, orderedItems, writeOrder } from '../meetings/agenda/actions';
import { agendaDraft, forwardPlanInsertIndex } from './agenda-item';
import { addToAgendaSchema, createItemSchema, forwardPlanKindLabels, removeItemSchema, updateItemSchema } from './schema';
import { isUpcoming } from '../rules/meetings';

const itemSelect = { id: true, meetingId: true, kind: true, title: true, presenter: true, agendaItemId: true, version: true } as const;

async function findItem(ctx: ActionContext, itemId: string) {
  const item = await ctx.tx.forwardPlanItem.findFirst({ where: { id: itemId, boardId: boardOf(ctx).id }, select: itemSelect });
  if (!item) throw notFound('Forward plan item');
  return item;
}

/** A meeting the plan can look ahead to: this board's, scheduled and not yet started. */
async function futureMeeting(ctx: ActionContext, meetingId: string | null) {
  if (!meetingId) return null;
  const meeting = await ctx.tx.meeting.findFirst({
    where: { id: meetingId, boardId: boardOf(ctx).id },
    select: { id: true, title: true, startsAt: true, status: true },
  });
  if (!meeting) throw notFound('Meeting');
  if (!isUpcoming(meeting, ctx.now)) {
    throw invalid({
      meetingId: [
        `The meeting on ${formatDateTime(meeting.startsAt)} has ${meeting.status === 'CANCELLED' ? 'been cancelled' : 'already started'}: choose a future meeting`,
      ],
    });
  }
  return meeting;
}

/** Someone saved the item since the form was opened: their version, in the form's own field names, beside the one typed. */
async function itemConflict(ctx: ActionContext, itemId: string) {
  const saved = await ctx.tx.forwardPlanItem.findFirst({
    where: { id: itemId, boardId: boardOf(ctx).id },
    select: { meetingId: true, kind: true, title: true, presenter: true, version: true, meeting: { select: { title: true, startsAt: true } } },
  });
  if (!saved) return notFound('Forward plan item');
  return conflict({
    meetingId: saved.meeting ? `${formatDateTime(saved.meeting.startsAt)}: ${saved.meeting.title}` : 'A meeting not yet scheduled',
    kind: forwardPlanKindLabels[saved.kind],
    title: saved.title,
    presenter: saved.presenter ?? '',
    version: String(saved.version),
  });
}

const when = (meeting: { startsAt: Date } | null) => (meeting ? `the meeting on ${formatDateTime(meeting.startsAt)}` : 'a meeting not yet scheduled');

export const createForwardPlanItem = defineAction({
  name: 'forward-plan.create',
  scope: 'board',
  resource: 'forward-plan',
  operation: 'create',
  schema: createItemSchema,
  async run(ctx, input) {
    const meeting = await futureMeeting(ctx, input.meetingId);
    const item = await ctx.tx.forwardPlanItem.create({
      data: {
        councilId: ctx.council.id,
        boardId: boardOf(ctx).id,
        meetingId: meeting?.id ?? null,
        kind: input.kind,
        title: input.title,
        presenter: input.presenter,
      },
      select: { id: true },
    });
    return {
      data: { itemId: item.id },
      message: `“${input.title}” added to the forward plan for ${when(meeting)}.`,
      audit: [
        {
          kind: 'forward-plan.create',
          entityType: 'ForwardPlanItem',
          entityId: item.id,
          summary: `Forward plan: ${forwardPlanKindLabels[input.kind]} “${input.title}”`,
          after: input,
        },
      ],
    };
  },
});

/** Edits an item or moves it to another meeting; one already on an agenda stays with that meeting. */
export const updateForwardPlanItem = defineAction({
  name: 'forward-plan.update',
  scope: 'board',
  resource: 'forward-plan',
  operation: 'update',
  schema: updateItemSchema,
  async run(ctx, input) {
    const item = await findItem(ctx, input.itemId);
    if (item.version !== input.version) throw await itemConflict(ctx, item.id);
    const moving = item.meetingId !== input.meetingId;
    if (moving && item.agendaItemId) {
      throw invalid({ meetingId: ['This item is already on its meeting’s agenda: remove it from that agenda before moving it to another meeting'] });
    }
    const meeting = moving ? await futureMeeting(ctx, input.meetingId) : null;
    const data = { meetingId: input.meetingId, kind: input.kind, title: input.title, presenter: input.presenter };
    const { count } = await ctx.tx.forwardPlanItem.updateMany({ where: { id: item.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw await itemConflict(ctx, item.id);
    return {
      data: { itemId: item.id },
      message: moving ? `“${input.title}” moved to ${when(meeting)}.` : `“${input.title}” saved.`,
      audit: [{ kind: moving ? 'forward-plan.move' : 'forward-plan.update', entityType: 'ForwardPlanItem', entityId: item.id, before: item, after: data }],
    };
  },
});

export const removeForwardPlanItem = defineAction({
  name: 'forward-plan.remove',
  scope: 'board',
  resource: 'forward-plan',
  operation: 'update',
  schema: removeItemSchema,
  async run(ctx, input) {
    const item = await findItem(ctx, input.itemId);
    if (item.agendaItemId) throw new AppError('INVALID', `“${item.title}” is on its meeting’s agenda: remove it from the agenda first`);
    await ctx.tx.forwardPlanItem.delete({ where: { id: item.id } });
    return {
      data: null,
      message: `“${item.title}” removed from the forward plan.`,
      audit: [{ kind: 'forward-plan.remove', entityType: 'ForwardPlanItem', entityId: item.id, before: item }],
    };
  },
});

/**
 * Drafting a meeting's agenda takes in what the forward plan holds for it: each item not
 * yet on the agenda becomes an agenda item, once. The agenda's row lock and version make
 * a second, simultaneous run wait and then find nothing left to add.
 */
export const addForwardPlanToAgenda = defineAction({
  name: 'forward-plan.add-to-agenda',
  scope: 'board',
  resource: 'agenda',
  operation: 'create',
  schema: addToAgendaSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const meeting = await findMeeting(ctx, input.meetingId);
    const pendingWhere = { boardId: board.id, meetingId: meeting.id, agendaItemId: null };
    if ((await ctx.tx.forwardPlanItem.count({ where: pendingWhere })) === 0) {
      throw new AppError('INVALID', 'Everything the forward plan holds for this meeting is already on the agenda');
    }
    const change = await changeAgenda(ctx, meeting);
    const pending = await ctx.tx.forwardPlanItem.findMany({ where: pendingWhere, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: itemSelect });
    const agenda = await orderedItems(ctx, meeting.id);
    const created: { id: string; position: number; standing: null; title: string }[] = [];
    for (const item of pending) {
      const draft = agendaDraft(item);
      const agendaItem = await ctx.tx.agendaItem.create({
        data: { councilId: ctx.council.id, meetingId: meeting.id, position: agenda.length + created.length + 1, ...draft },
        select: { id: true },
      });
      const { count } = await ctx.tx.forwardPlanItem.updateMany({
        where: { id: item.id, agendaItemId: null },
        data: { agendaItemId: agendaItem.id, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError('CONFLICT', 'Someone else added these items to the agenda at the same moment. Reload the page to see the agenda.');
      created.push({ id: agendaItem.id, position: agenda.length + created.length + 1, standing: null, title: draft.title });
    }
    const order = [...agenda];
    order.splice(forwardPlanInsertIndex(agenda), 0, ...created);
    await writeOrder(ctx, order);
    const n = created.length;
    return {
      data: { added: n, agendaItemIds: created.map((c) => c.id) },
      message: `${n} ${n === 1 ? 'item' : 'items'} from the forward plan added to the agenda: ${created.map((c) => `“${c.title}”`).join(', ')}.${change.note}`,
      audit: [
        ...change.audit,
        ...created.map((c, i) => ({
          kind: 'agenda.item.add' as const,
          entityType: 'AgendaItem',
          entityId: c.id,
          after: { meetingId: meeting.id, title: c.title, fromForwardPlanItemId: pending[i]!.id, position: order.findIndex((o) => o.id === c.id) + 1 },
        })),
      ],
    };
  },
});

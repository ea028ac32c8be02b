import { boardOf, defineAction, type ActionContext } from '../action/define';
import { can } from '../auth/permissions';
import { AppError, invalid, notFound } from '../errors';
import { label } from '../labels';
import { declarationsFixed } from './fixed';
import { declareInterestSchema, recordDeclarationSchema, removeDeclarationSchema } from './schema';

/**
 * The meeting (of this board, else 404), open for declarations: not cancelled, and its
 * minutes not approved. Once the Chair approves them, the declarations are part of what
 * was signed (the minutes keep a snapshot) and are fixed, until a correction of the
 * minutes is started: a declaration left out is put right in the corrected version, and
 * the approved version keeps its own snapshot.
 */
async function openMeeting(ctx: ActionContext, meetingId: string) {
  const meeting = await ctx.tx.meeting.findFirst({ where: { id: meetingId, boardId: boardOf(ctx).id }, select: { id: true, status: true, historical: true } });
  if (!meeting) throw notFound('Meeting');
  if (meeting.status === 'CANCELLED') throw new AppError('INVALID', 'This meeting was cancelled, so there is nothing to declare an interest in');
  if (meeting.historical) throw new AppError('INVALID', 'This meeting is a historical record: its declarations are in the minutes as approved');
  if (await declarationsFixed(ctx.tx, meetingId))
    throw new AppError(
      'CONFLICT',
      'The minutes of this meeting have been approved by the Chair, so its declarations of interest can no longer be changed. Start a correction of the minutes to put one right.',
    );
  return meeting;
}

/** The agenda item named, which must be on this meeting's agenda. */
async function itemOf(ctx: ActionContext, meetingId: string, agendaItemId: string | null) {
  if (!agendaItemId) return null;
  const item = await ctx.tx.agendaItem.findFirst({ where: { id: agendaItemId, meetingId }, select: { id: true, position: true, title: true } });
  if (!item) throw invalid({ agendaItemId: ['Choose an item from this meeting’s agenda'] });
  return item;
}

/** A member of the board: holds one of its seats, or is a seat's nominated substitute. */
async function sitsOnBoard(ctx: ActionContext, personId: string) {
  const seat = await ctx.tx.seat.findFirst({
    where: { boardId: boardOf(ctx).id, OR: [{ personId }, { substitutePersonId: personId }] },
    select: { id: true },
  });
  return seat !== null;
}

type Input = {
  meetingId: string;
  agendaItemId: string | null;
  kind: 'PECUNIARY' | 'OTHER_REGISTRABLE' | 'NON_REGISTRABLE';
  description: string;
  withdrew: boolean;
};

async function declare(ctx: ActionContext, input: Input, personId: string, inRoom: boolean) {
  // the meeting first: another board's or council's meeting is not found, whoever is named
  const meeting = await openMeeting(ctx, input.meetingId);
  if (!(await sitsOnBoard(ctx, personId))) {
    if (inRoom) throw invalid({ personId: ['Choose a member of this board'] });
    throw new AppError('FORBIDDEN', 'Only members of the board declare interests here. The administrator records a declaration made in the room.');
  }
  const item = await itemOf(ctx, meeting.id, input.agendaItemId);
  const person = await ctx.tx.person.findUnique({ where: { id: personId }, select: { name: true } });
  if (!person) throw invalid({ personId: ['Choose who declared the interest'] });
  const row = await ctx.tx.declaration.create({
    data: {
      councilId: ctx.council.id,
      meetingId: meeting.id,
      agendaItemId: item?.id ?? null,
      personId,
      kind: input.kind,
      description: input.description,
      withdrew: input.withdrew,
      declaredInRoom: inRoom,
      declaredAt: ctx.now,
      recordedById: ctx.actor.id,
    },
    select: { id: true },
  });
  const where = item ? `item ${item.position}, ${item.title}` : 'the meeting generally';
  return {
    data: { declarationId: row.id },
    message: `${inRoom ? `${person.name}’s` : 'Your'} ${label('interestKind', input.kind).toLowerCase()} in ${where} is recorded`,
    audit: [
      {
        kind: 'declaration.declare' as const,
        entityType: 'Declaration',
        entityId: row.id,
        after: {
          meetingId: meeting.id,
          agendaItemId: item?.id ?? null,
          personId,
          kind: input.kind,
          description: input.description,
          withdrew: input.withdrew,
          declaredInRoom: inRoom,
        },
      },
    ],
  };
}

/** A member declares their own interest, before the meeting or at it, until its minutes are approved. */
export const declareInterest = defineAction({
  name: 'declarations.declare',
  scope: 'board',
  resource: 'attendance',
  operation: 'create',
  schema: declareInterestSchema,
  async run(ctx, input) {
    return declare(ctx, input, ctx.actor.id, false);
  },
});

/** The administrator records an interest a member declared in the room. */
export const recordDeclaration = defineAction({
  name: 'declarations.record',
  scope: 'board',
  resource: 'attendance',
  operation: 'update',
  schema: recordDeclarationSchema,
  async run(ctx, input) {
    return declare(ctx, input, input.personId, true);
  },
});

/** A declaration made in error is taken back by its member, or by the administrator, until the minutes are approved. */
export const removeDeclaration = defineAction({
  name: 'declarations.remove',
  scope: 'board',
  resource: 'attendance',
  operation: 'create',
  schema: removeDeclarationSchema,
  async run(ctx, input) {
    const row = await ctx.tx.declaration.findFirst({
      where: { id: input.declarationId, meeting: { boardId: boardOf(ctx).id } },
      select: { id: true, meetingId: true, personId: true, kind: true, description: true, agendaItemId: true, withdrew: true, declaredInRoom: true },
    });
    if (!row) throw notFound('Declaration');
    if (row.personId !== ctx.actor.id && !can(ctx.roles, 'attendance', 'update'))
      throw new AppError('FORBIDDEN', 'You can only take back your own declarations. Ask the administrator to correct someone else’s.');
    await openMeeting(ctx, row.meetingId);
    await ctx.tx.declaration.delete({ where: { id: row.id } });
    const { id, ...before } = row;
    return {
      data: { declarationId: id },
      message: 'The declaration is removed',
      audit: [{ kind: 'declaration.remove' as const, entityType: 'Declaration', entityId: id, before }],
    };
  },
});

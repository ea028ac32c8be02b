// Over 300 lines on purpose: the action log's changes (add, edit, update, revise a date,
// sign off, drop) share the status path and the row lock of one action.
import { boardOf, defineAction, type ActionContext } from '../action/define';
import { AppError, conflict, invalid } from '../errors';
import { dayString, formatDateTime, formatDay } from '../format';
import { dbDay } from '../forms/fields';
import { londonDay } from '../rules/london-calendar';
import { dropRefusal, finalReason, signOffRefusal, statusChangeRefusal, type LogStatus } from '../rules/action-log';
import { label } from '../labels';
import { resolveAgreedMeeting } from '../meetings/agreed-meeting';
import { recordAgreement, refuseIfAgreed, revisionToAgree } from '../due-date-revisions/agree';
import { proposeRevision } from '../due-date-revisions/propose';
import { actionLogRevisions } from '../due-date-revisions/store';
import { createLogAction } from './create';
import { agreeDateSchema, createActionSchema, dropSchema, editActionSchema, progressSchema, proposeDateSchema, signOffSchema } from './schema';

// Who may do what is the permission table's `action` row: raising and keeping the log's
// entries (adding, rewording, reassigning, dropping) is the administrator's, which the
// table calls `create`; members report progress and propose dates (`update`); agreeing a
// date and signing off are the board's decisions, recorded by the administrator or Chair
// (`sign-off`).

const actionSelect = {
  id: true,
  reference: true,
  description: true,
  ownerSeatId: true,
  ownerAgency: true,
  sourceMeetingId: true,
  dueOn: true,
  agreedDueOn: true,
  status: true,
  version: true,
  createdAt: true,
  ownerSeat: { select: { position: true, person: { select: { name: true } } } },
  sourceMeeting: { select: { title: true, startsAt: true } },
} as const;

/**
 * The action a form names, on this board only, locked for the rest of the transaction so
 * that two people acting on it at once are applied one after the other.
 */
async function lockedAction(ctx: ActionContext, actionId: string) {
  const board = boardOf(ctx);
  await ctx.tx.$executeRaw`SELECT 1 FROM "Action" WHERE id = ${actionId}::uuid AND "boardId" = ${board.id}::uuid FOR UPDATE`;
  const action = await ctx.tx.action.findFirst({ where: { id: actionId, boardId: board.id }, select: actionSelect });
  if (!action) throw new AppError('NOT_FOUND', 'That action was not found');
  return action;
}
type LoadedAction = Awaited<ReturnType<typeof lockedAction>>;

function refuseIfFinal(action: LoadedAction) {
  const reason = finalReason(action.status, action.reference);
  if (reason) throw new AppError('CONFLICT', reason);
}

const ownerName = (a: { ownerSeat: { position: string; person: { name: string } | null } | null; ownerAgency: string | null }) =>
  a.ownerSeat
    ? a.ownerSeat.person
      ? `${a.ownerSeat.person.name}, ${a.ownerSeat.position}`
      : `${a.ownerSeat.position} (to be appointed)`
    : (a.ownerAgency ?? 'No owner');

function snapshot(a: LoadedAction) {
  return {
    reference: a.reference,
    description: a.description,
    owner: ownerName(a),
    ownerSeatId: a.ownerSeatId,
    ownerAgency: a.ownerSeatId ? null : a.ownerAgency,
    sourceMeetingId: a.sourceMeetingId,
    dueOn: dayString(a.dueOn),
    agreedDueOn: a.agreedDueOn ? dayString(a.agreedDueOn) : null,
    status: a.status,
    version: a.version,
  };
}

/** A seat of this board to own the action; a seat that has ended can keep an action it already owns, not take a new one. */
async function ownerSeat(ctx: ActionContext, seatId: string | null, keeping: string | null) {
  if (!seatId) return null;
  const seat = await ctx.tx.seat.findFirst({ where: { id: seatId, boardId: boardOf(ctx).id }, select: { id: true, endsOn: true } });
  if (!seat) throw new AppError('NOT_FOUND', 'That seat was not found');
  if (seat.id !== keeping && seat.endsOn && dayString(seat.endsOn) < londonDay(ctx.now)) {
    throw invalid({ ownerSeatId: ['That seat has ended: choose a current seat or a partner agency'] });
  }
  return seat;
}

const meetingNote = (m: { title: string; startsAt: Date; historical?: boolean }) =>
  `${m.title}, ${formatDay(m.startsAt)}${m.historical ? ' (historical record)' : ''}`;

const dueThatCounts = (a: LoadedAction) => formatDay(a.agreedDueOn ?? a.dueOn);

/**
 * The action as it stands now, for the clash panel of the agree and sign-off forms: what
 * changed since the page was loaded. `version` is the form's hidden field, so that
 * recording again, having seen this, goes through.
 */
async function decisionConflict(ctx: ActionContext, a: LoadedAction) {
  const pending = await ctx.tx.actionDueDateRevision.findFirst({
    where: { actionId: a.id, agreedAt: null },
    orderBy: { proposedAt: 'desc' },
    select: { proposedDueOn: true, reason: true },
  });
  const latest = await ctx.tx.actionUpdate.findFirst({ where: { actionId: a.id }, orderBy: { createdAt: 'desc' }, select: { body: true, createdAt: true } });
  return conflict({
    version: String(a.version),
    Status: label('actionStatus', a.status),
    'Due date that counts': dueThatCounts(a),
    'Proposed new date waiting': pending ? `${formatDay(pending.proposedDueOn)}: ${pending.reason}` : 'None',
    'Latest progress update': latest ? `${formatDateTime(latest.createdAt)}: ${latest.body}` : 'None',
  });
}

export const createAction = defineAction({
  name: 'actions.create',
  scope: 'board',
  resource: 'action',
  operation: 'create',
  schema: createActionSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const seat = await ownerSeat(ctx, input.ownerSeatId, null);
    const source = await resolveAgreedMeeting(ctx.tx, board.id, input.sourceMeetingId, ctx.now, 'sourceMeetingId');
    const created = await createLogAction(
      ctx.tx,
      {
        councilId: ctx.council.id,
        boardId: board.id,
        description: input.description,
        ownerSeatId: seat?.id ?? null,
        ownerAgency: seat ? null : input.ownerAgency,
        dueOn: input.dueOn,
        sourceMeetingId: source?.id ?? null,
      },
      ctx.now,
    );
    const action = await ctx.tx.action.findFirstOrThrow({ where: { id: created.id }, select: actionSelect });
    return {
      data: { actionId: action.id, reference: action.reference },
      message: `${action.reference} added to the action log, due ${formatDay(action.dueOn)}`,
      audit: [{ kind: 'action.create', entityType: 'Action', entityId: action.id, after: snapshot(action) }],
    };
  },
});

/** The fields of the details form as the other person saved them, for the clash panel. */
const asForm = (a: LoadedAction) => ({
  version: String(a.version),
  description: a.description,
  ownerSeatId: a.ownerSeat ? ownerName(a) : '',
  ownerAgency: a.ownerSeatId ? '' : (a.ownerAgency ?? ''),
  sourceMeetingId: a.sourceMeeting ? meetingNote(a.sourceMeeting) : '',
});

/** Wording, owner and source. The due date moves only by a revision the board agrees. */
export const editAction = defineAction({
  name: 'actions.edit',
  scope: 'board',
  resource: 'action',
  operation: 'create',
  schema: editActionSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const before = await lockedAction(ctx, input.actionId);
    refuseIfFinal(before);
    if (before.version !== input.version) throw conflict(asForm(before));
    const seat = await ownerSeat(ctx, input.ownerSeatId, before.ownerSeatId);
    const source = await resolveAgreedMeeting(ctx.tx, board.id, input.sourceMeetingId, ctx.now, 'sourceMeetingId');
    const data = {
      description: input.description,
      ownerSeatId: seat?.id ?? null,
      ownerAgency: seat ? null : input.ownerAgency,
      sourceMeetingId: source?.id ?? null,
    };
    const unchanged =
      data.description === before.description &&
      data.ownerSeatId === before.ownerSeatId &&
      (data.ownerSeatId !== null || data.ownerAgency === before.ownerAgency) &&
      data.sourceMeetingId === before.sourceMeetingId;
    if (unchanged) throw invalid({ description: ['Nothing has changed: change a detail, then save'] });
    const { count } = await ctx.tx.action.updateMany({ where: { id: before.id, version: before.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw conflict(asForm(await lockedAction(ctx, before.id)));
    const after = await lockedAction(ctx, before.id);
    return {
      data: { actionId: after.id, reference: after.reference, version: after.version },
      message: `${after.reference} saved`,
      audit: [{ kind: 'action.update', entityType: 'Action', entityId: after.id, before: snapshot(before), after: snapshot(after) }],
    };
  },
});

/** A dated progress note from the owner or any member, optionally moving the status (never to closed). */
export const addProgress = defineAction({
  name: 'actions.progress',
  scope: 'board',
  resource: 'action',
  operation: 'update',
  schema: progressSchema,
  async run(ctx, input) {
    const action = await lockedAction(ctx, input.actionId);
    refuseIfFinal(action);
    const to: LogStatus | null = input.statusAfter && input.statusAfter !== action.status ? input.statusAfter : null;
    if (to) {
      const refusal = statusChangeRefusal(action.status, to);
      if (refusal) throw invalid({ statusAfter: [refusal] });
    }
    const update = await ctx.tx.actionUpdate.create({
      data: { councilId: ctx.council.id, actionId: action.id, body: input.body, statusAfter: to, authorId: ctx.actor.id, createdAt: ctx.now },
      select: { id: true },
    });
    await ctx.tx.action.update({ where: { id: action.id }, data: { ...(to ? { status: to } : {}), version: { increment: 1 } } });
    return {
      data: { updateId: update.id, status: to ?? action.status },
      message: to
        ? `Progress recorded for ${action.reference}; its status is now ${label('actionStatus', to).toLowerCase()}`
        : `Progress recorded for ${action.reference}`,
      audit: [
        {
          kind: 'action.progress',
          entityType: 'Action',
          entityId: action.id,
          before: { status: action.status },
          after: { status: to ?? action.status, body: input.body },
        },
      ],
    };
  },
});

/**
 * A member proposes a new due date with a reason. It is only a proposal: the original (or
 * the last agreed) date keeps counting for overdue and RAG until a meeting agrees it. One
 * proposal waits at a time; proposing again replaces the waiting one (the audit trail
 * keeps both), so a mistaken date can be corrected before the board sees it. The form
 * names the waiting proposal it showed: if another proposal was made since, it is refused
 * as a clash rather than replaced unseen.
 */
export const proposeDate = defineAction({
  name: 'actions.propose-date',
  scope: 'board',
  resource: 'action',
  operation: 'update',
  schema: proposeDateSchema,
  async run(ctx, input) {
    const action = await lockedAction(ctx, input.actionId);
    refuseIfFinal(action);
    const { revisionId, effectiveDue, replaced: pending } = await proposeRevision(ctx, actionLogRevisions(ctx.tx, ctx.council.id, action.id), action, input);
    await ctx.tx.action.update({ where: { id: action.id }, data: { version: { increment: 1 } } });
    const replaced = pending ? `, replacing the proposal of ${formatDay(pending.proposedDueOn)}` : '';
    return {
      data: { revisionId },
      message: `New due date of ${formatDay(dbDay(input.proposedDueOn))} proposed for ${action.reference}${replaced}. Until the board agrees it at a meeting, ${formatDay(dbDay(effectiveDue))} still counts.`,
      audit: [
        {
          kind: 'action.revise_due_date',
          entityType: 'Action',
          entityId: action.id,
          before: pending ? { proposedDueOn: dayString(pending.proposedDueOn), reason: pending.reason } : undefined,
          after: { revisionId, previousDueOn: effectiveDue, proposedDueOn: input.proposedDueOn, reason: input.reason },
        },
      ],
    };
  },
});

/** The board agrees a proposed date at a meeting; from then on it is the date that counts. */
export const agreeDate = defineAction({
  name: 'actions.agree-date',
  scope: 'board',
  resource: 'action',
  operation: 'sign-off',
  schema: agreeDateSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const action = await lockedAction(ctx, input.actionId);
    const revisions = actionLogRevisions(ctx.tx, ctx.council.id, action.id);
    const revision = await revisionToAgree(revisions, input.revisionId);
    refuseIfFinal(action);
    await refuseIfAgreed(ctx, revision);
    if (action.version !== input.version) throw await decisionConflict(ctx, action);
    const meeting = await recordAgreement(ctx, revisions, board.id, revision, input.agreedAtMeetingId, 'agreedAtMeetingId');
    await ctx.tx.action.update({ where: { id: action.id }, data: { agreedDueOn: revision.proposedDueOn, version: { increment: 1 } } });
    return {
      data: { revisionId: revision.id, agreedDueOn: dayString(revision.proposedDueOn) },
      message: `${action.reference} is now due ${formatDay(revision.proposedDueOn)}, as agreed at ${meetingNote(meeting)}`,
      audit: [
        {
          kind: 'action.agree_due_date',
          entityType: 'Action',
          entityId: action.id,
          before: {
            ...snapshot(action),
            revision: { previousDueOn: dayString(revision.previousDueOn), proposedDueOn: dayString(revision.proposedDueOn), reason: revision.reason },
          },
          after: {
            revisionId: revision.id,
            agreedDueOn: dayString(revision.proposedDueOn),
            meetingId: meeting.id,
            meeting: meeting.title,
            ...(meeting.historical ? { historical: true } : {}),
          },
        },
      ],
    };
  },
});

/** The board signs the action off as complete at a meeting (004 5.9). Afterwards it is a record and does not change. */
export const signOffAction = defineAction({
  name: 'actions.sign-off',
  scope: 'board',
  resource: 'action',
  operation: 'sign-off',
  schema: signOffSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const action = await lockedAction(ctx, input.actionId);
    const refusal = finalReason(action.status, action.reference) ?? signOffRefusal(action.status);
    if (refusal) throw new AppError('CONFLICT', refusal);
    if (action.version !== input.version) throw await decisionConflict(ctx, action);
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.signedOffAtMeetingId, ctx.now, 'signedOffAtMeetingId', {
      at: action.createdAt,
      message: 'That meeting was held before this action was raised: choose the meeting at which the board signed it off',
    });
    if (!meeting) throw invalid({ signedOffAtMeetingId: ['Choose the meeting at which the board signed the action off'] });
    await ctx.tx.action.update({
      where: { id: action.id },
      data: { status: 'CLOSED', signedOffAtMeetingId: meeting.id, signedOffById: ctx.actor.id, signedOffAt: ctx.now, version: { increment: 1 } },
    });
    const body = `Signed off as complete at ${meetingNote(meeting)}.${input.signOffNote ? ` ${input.signOffNote}` : ''}`;
    await ctx.tx.actionUpdate.create({
      data: { councilId: ctx.council.id, actionId: action.id, body, statusAfter: 'CLOSED', authorId: ctx.actor.id, createdAt: ctx.now },
    });
    return {
      data: { actionId: action.id },
      message: `${action.reference} signed off as complete at ${meetingNote(meeting)}`,
      audit: [
        {
          // the action as the board saw it when it signed it off
          kind: 'action.sign_off',
          entityType: 'Action',
          entityId: action.id,
          before: snapshot(action),
          after: {
            status: 'CLOSED',
            meetingId: meeting.id,
            meeting: meeting.title,
            note: input.signOffNote,
            ...(meeting.historical ? { historical: true } : {}),
          },
        },
      ],
    };
  },
});

/** The administrator drops an action the board no longer needs, saying why; it stays in the log. */
export const dropAction = defineAction({
  name: 'actions.drop',
  scope: 'board',
  resource: 'action',
  operation: 'create',
  schema: dropSchema,
  async run(ctx, input) {
    const action = await lockedAction(ctx, input.actionId);
    const refusal = dropRefusal(action.status);
    if (refusal) throw new AppError('CONFLICT', refusal);
    await ctx.tx.action.update({ where: { id: action.id }, data: { status: 'DROPPED', droppedReason: input.droppedReason, version: { increment: 1 } } });
    await ctx.tx.actionUpdate.create({
      data: {
        councilId: ctx.council.id,
        actionId: action.id,
        body: `Dropped: ${input.droppedReason}`,
        statusAfter: 'DROPPED',
        authorId: ctx.actor.id,
        createdAt: ctx.now,
      },
    });
    return {
      data: { actionId: action.id },
      message: `${action.reference} dropped`,
      audit: [
        {
          kind: 'action.drop',
          entityType: 'Action',
          entityId: action.id,
          before: { status: action.status },
          after: { status: 'DROPPED', reason: input.droppedReason },
        },
      ],
    };
  },
});

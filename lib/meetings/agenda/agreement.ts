import { defineAction, type ActionContext } from '../../action/define';
import { AppError } from '../../errors';
import { meetingTitle } from '../../labels';
import { actionBoard } from '../action-context';
import { findMeeting, meetingSelect, type AgendaMeeting } from './actions';
import { agreeAgendaSchema } from './schema';

const changedSince = () => new AppError('CONFLICT', 'The agenda has changed since you opened it. Reload the page, read the agenda again, then agree it.');

/**
 * The agreement itself, whoever gives it: the meeting is still to come, the agenda is the
 * version the agreeing person read, and the record keeps the agenda they agreed. `byBoard`
 * is the board that agreed it, when the meeting's board delegates agreement (its planning group).
 */
async function recordAgreement(ctx: ActionContext, meeting: AgendaMeeting, version: number, byBoard: { id: string } | null) {
  if (meeting.status !== 'SCHEDULED')
    throw new AppError('INVALID', `This meeting is ${meeting.status === 'CANCELLED' ? 'cancelled' : 'held'}: its agenda cannot be agreed now`);
  if (meeting.version !== version) throw changedSince();
  if (meeting.agendaAgreedAt) throw new AppError('INVALID', 'This agenda is already agreed');
  const items = await ctx.tx.agendaItem.findMany({
    where: { meetingId: meeting.id },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: {
      position: true,
      title: true,
      presenter: true,
      purpose: true,
      durationMinutes: true,
      standing: true,
      links: { select: { action: { select: { reference: true } }, risk: { select: { reference: true } }, planAction: { select: { reference: true } } } },
    },
  });
  if (items.length === 0) throw new AppError('INVALID', 'There is nothing on the agenda to agree yet');
  const { count } = await ctx.tx.meeting.updateMany({
    where: { id: meeting.id, version, agendaAgreedAt: null },
    data: { agendaAgreedById: ctx.actor.id, agendaAgreedAt: ctx.now, agendaAgreedByBoardId: byBoard?.id ?? null },
  });
  if (count === 0) throw changedSince();
  return items.map(({ links, ...item }) => ({
    ...item,
    links: links.map((l) => l.action?.reference ?? l.risk?.reference ?? l.planAction?.reference ?? null),
  }));
}

/**
 * The Chair agrees the agenda as they saw it: the form carries the version they read, a
 * later change refuses the agreement, and the record keeps the agenda they agreed. A board
 * that has delegated agreement to another board (its planning group) does not agree its own.
 */
export const agreeAgenda = defineAction({
  name: 'agenda.agree',
  scope: 'board',
  resource: 'agenda',
  operation: 'approve',
  schema: agreeAgendaSchema,
  async run(ctx, input) {
    const meeting = await findMeeting(ctx, input.meetingId);
    const board = await ctx.tx.board.findUniqueOrThrow({ where: { id: actionBoard(ctx).id }, select: { agendaAgreedBy: { select: { name: true } } } });
    if (board.agendaAgreedBy)
      throw new AppError(
        'FORBIDDEN',
        `${board.agendaAgreedBy.name} agrees this board’s agendas: its Chair agrees them from that board’s “Agendas to agree” page`,
      );
    const agreed = await recordAgreement(ctx, meeting, input.version, null);
    return {
      data: { agreedAt: ctx.now },
      message: 'Agenda agreed',
      audit: [{ kind: 'agenda.agree', entityType: 'Meeting', entityId: meeting.id, after: { version: meeting.version, agreedAt: ctx.now, items: agreed } }],
    };
  },
});

/**
 * The Chair of a planning group agrees the agenda of a board that has delegated agreement
 * to it (Wirral's planning group agrees the Children's Trust's agendas). It is recorded as
 * that board's agreement, on the meeting's own board's record and on the planning group's.
 */
export const agreeDelegatedAgenda = defineAction({
  name: 'agenda.agree-for-board',
  scope: 'board',
  resource: 'agenda',
  operation: 'approve',
  schema: agreeAgendaSchema,
  async run(ctx, input) {
    const planningGroup = actionBoard(ctx);
    const meeting = await ctx.tx.meeting.findFirst({
      where: { id: input.meetingId, councilId: ctx.council.id, board: { agendaAgreedByBoardId: planningGroup.id } },
      select: { ...meetingSelect, boardId: true, kind: true, board: { select: { name: true } } },
    });
    if (!meeting) throw new AppError('NOT_FOUND', 'That meeting was not found among the agendas this board agrees');
    const agreed = await recordAgreement(ctx, meeting, input.version, planningGroup);
    const after = { version: meeting.version, agreedAt: ctx.now, agreedByBoard: planningGroup.name, items: agreed };
    return {
      data: { agreedAt: ctx.now },
      message: `Agenda agreed for ${meeting.board.name}: ${meetingTitle(meeting, meeting.board.name)}, on behalf of ${planningGroup.name}`,
      audit: [
        { kind: 'agenda.agree', entityType: 'Meeting', entityId: meeting.id, boardId: meeting.boardId, after },
        { kind: 'agenda.agree', entityType: 'Meeting', entityId: meeting.id, after },
      ],
    };
  },
});

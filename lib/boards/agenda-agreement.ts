import { z } from 'zod';
import { defineAction } from '../action/define';
import { AppError, invalidField } from '../errors';
import { requiredId } from '../forms/fields';
import { requireRouteBoard } from './guards';

export const agendaAgreementSchema = z.object({
  boardId: requiredId('Reload the page and try again'),
  // empty: the board's own Chair agrees its agendas
  agreedByBoardId: z.preprocess((v) => (v === undefined || v === null ? '' : v), z.union([z.literal(''), z.string().uuid('Choose a board from the list')])),
});

/**
 * Who agrees the board's agendas: its own Chair, or another board of the council (Wirral's
 * planning group agrees the Children's Trust's). Agendas already agreed keep their agreement.
 */
export const setAgendaAgreement = defineAction({
  name: 'boards.set-agenda-agreement',
  scope: 'board',
  resource: 'board',
  operation: 'update',
  schema: agendaAgreementSchema,
  async run(ctx, input) {
    const board = requireRouteBoard(ctx, input.boardId);
    const before = await ctx.tx.board.findUniqueOrThrow({ where: { id: board.id }, select: { agendaAgreedBy: { select: { id: true, name: true } } } });
    let delegate: { id: string; name: string } | null = null;
    if (input.agreedByBoardId) {
      if (input.agreedByBoardId === board.id) throw invalidField('agreedByBoardId', 'Choose another board, or the board’s own Chair');
      const found = await ctx.tx.board.findFirst({
        where: { id: input.agreedByBoardId, councilId: ctx.council.id },
        select: { id: true, name: true, status: true, agendaAgreedByBoardId: true },
      });
      if (!found) throw new AppError('NOT_FOUND', 'That board was not found');
      if (found.status === 'DISSOLVED') throw invalidField('agreedByBoardId', `${found.name} is dissolved: choose a board that meets`);
      // one step only: the planning group agrees its own agendas, or the chain would never end
      if (found.agendaAgreedByBoardId)
        throw invalidField('agreedByBoardId', `${found.name} has its own agendas agreed by another board: choose a board whose Chair agrees its own`);
      if (await ctx.tx.board.count({ where: { agendaAgreedByBoardId: board.id } }))
        throw invalidField('agreedByBoardId', `Other boards have ${board.name} agree their agendas, so its own must be agreed by its Chair`);
      delegate = { id: found.id, name: found.name };
    }
    if ((before.agendaAgreedBy?.id ?? null) === (delegate?.id ?? null)) return { data: null, message: 'Nothing changed', audit: [] };
    await ctx.tx.board.update({ where: { id: board.id }, data: { agendaAgreedByBoardId: delegate?.id ?? null, version: { increment: 1 } } });
    return {
      data: null,
      message: delegate
        ? `${delegate.name} now agrees the agendas of ${board.name}: its Chair agrees them from its “Agendas to agree” page`
        : `The Chair of ${board.name} now agrees its agendas`,
      audit: [
        {
          kind: 'board.set-agenda-agreement',
          entityType: 'Board',
          entityId: board.id,
          before: { agreedBy: before.agendaAgreedBy?.name ?? 'the board’s Chair' },
          after: { agreedBy: delegate?.name ?? 'the board’s Chair' },
        },
      ],
    };
  },
});

import 'server-only';
import { defineQuery } from '../../access/query';
import type { BoardContext } from '../../boards/context';
import { currentTime } from '../../clock';
import { withCouncil } from '../../db/tenant';

/**
 * The agendas this board agrees for other boards of the council (Wirral's planning group
 * agrees the Children's Trust's): each such board's meetings still to come, with their
 * items, the version the agreement is given against, and whether it is agreed already.
 */
export const getAgendasToAgree = defineQuery({
  resource: 'agenda',
  run: (ctx: BoardContext, now: Date = currentTime()) =>
    withCouncil(ctx.council.id, (tx) =>
      tx.board.findMany({
        where: { councilId: ctx.council.id, agendaAgreedByBoardId: ctx.board.id },
        orderBy: { name: 'asc' },
        select: {
          id: true,
          slug: true,
          name: true,
          meetings: {
            where: { status: 'SCHEDULED', startsAt: { gt: now } },
            orderBy: { startsAt: 'asc' },
            take: 6,
            select: {
              id: true,
              title: true,
              kind: true,
              startsAt: true,
              version: true,
              agendaAgreedAt: true,
              agendaItems: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, presenter: true, purpose: true } },
            },
          },
        },
      }),
    ),
});

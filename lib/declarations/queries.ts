import 'server-only';
import { z } from 'zod';
import { defineQuery } from '../access/query';
import type { BoardContext } from '../boards/context';
import { withCouncil } from '../db/tenant';
import { notFound } from '../errors';
import { can } from '../auth/permissions';
import { declarationsFixed } from './fixed';

/**
 * A meeting's declarations of interest page: the declarations made (the meeting
 * generally, then by agenda item), whether they can still change (until the minutes are
 * approved), and what the forms need: the agenda, whether the person sits on the board,
 * and for the administrator the board's members.
 */
async function readDeclarations(ctx: BoardContext, meetingId: string) {
  if (!z.string().uuid().safeParse(meetingId).success) throw notFound();
  return withCouncil(ctx.council.id, async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { id: meetingId, boardId: ctx.board.id },
      select: {
        id: true,
        title: true,
        kind: true,
        startsAt: true,
        status: true,
        historical: true,
        agendaItems: { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true } },
      },
    });
    if (!meeting) throw notFound();
    const declarations = await tx.declaration.findMany({
      where: { meetingId },
      orderBy: [{ declaredAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        kind: true,
        description: true,
        withdrew: true,
        declaredInRoom: true,
        declaredAt: true,
        personId: true,
        person: { select: { name: true } },
        recordedBy: { select: { name: true } },
        agendaItem: { select: { id: true, position: true, title: true } },
      },
    });
    const fixed = await declarationsFixed(tx, meetingId);
    const seats = await tx.seat.findMany({
      where: { boardId: ctx.board.id, OR: [{ personId: { not: null } }, { substitutePersonId: { not: null } }] },
      select: { person: { select: { id: true, name: true } }, substitute: { select: { id: true, name: true } } },
    });
    const members = new Map<string, string>();
    for (const s of seats) for (const p of [s.person, s.substitute]) if (p) members.set(p.id, p.name);
    const open = !fixed && meeting.status !== 'CANCELLED' && !meeting.historical;
    return {
      meeting,
      declarations: declarations.sort((a, b) => (a.agendaItem?.position ?? 0) - (b.agendaItem?.position ?? 0)),
      open,
      sitsOnBoard: members.has(ctx.actor.id),
      records: can(ctx.roles, 'attendance', 'update'),
      members: [...members].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    };
  });
}
export const getDeclarations = defineQuery({ resource: 'meeting', run: readDeclarations });
export type DeclarationsView = Awaited<ReturnType<typeof readDeclarations>>;

import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { withCouncil } from '../../db/tenant';
import type { BoardContext } from '../../boards/context';
import { standingItems, type StandingKind } from './schema';

const uuid = z.string().uuid();

const linkSelect = {
  id: true,
  action: { select: { id: true, reference: true, description: true } },
  risk: { select: { id: true, reference: true, title: true } },
  planAction: { select: { id: true, reference: true, description: true } },
} as const;

type LinkRow = {
  id: string;
  action: { id: string; reference: string; description: string } | null;
  risk: { id: string; reference: string; title: string } | null;
  planAction: { id: string; reference: string; description: string } | null;
};

/** A link as the page shows it: what it points at, in words. */
export function describeLink(link: LinkRow): { id: string; kind: string; reference: string; text: string } | null {
  if (link.action) return { id: link.id, kind: 'Action', reference: link.action.reference, text: link.action.description };
  if (link.risk) return { id: link.id, kind: 'Risk', reference: link.risk.reference, text: link.risk.title };
  if (link.planAction) return { id: link.id, kind: 'Plan action', reference: link.planAction.reference, text: link.planAction.description };
  // the linked row was deleted (the link's column was set to null): nothing to show
  return null;
}

/**
 * What the meeting page needs beyond getMeeting: the agenda's version (for the Chair's
 * agreement and edits), who agreed it, whether an agreement was cleared by a later
 * change, the reschedule trail, and each item's links.
 */
export async function getAgendaState(ctx: BoardContext, meetingId: string) {
  if (!uuid.safeParse(meetingId).success) notFound();
  const found = await withCouncil(ctx.council.id, async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { id: meetingId, boardId: ctx.board.id },
      select: {
        id: true,
        status: true,
        version: true,
        agendaAgreedAt: true,
        agendaAgreedById: true,
        agendaAgreedByBoard: { select: { name: true } },
        board: { select: { agendaAgreedBy: { select: { name: true, slug: true } } } },
        rescheduledFrom: { select: { id: true, startsAt: true } },
        rescheduledTo: { select: { id: true, startsAt: true } },
        agendaItems: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, standing: true, links: { select: linkSelect } } },
      },
    });
    if (!meeting) return null;
    const agreedBy = meeting.agendaAgreedById ? await tx.person.findUnique({ where: { id: meeting.agendaAgreedById }, select: { name: true } }) : null;
    // An agenda that is not agreed now may have been agreed before a later change cleared
    // the agreement: the record says so (one indexed read of this meeting's events).
    const events = meeting.agendaAgreedAt
      ? []
      : await tx.auditEvent.findMany({
          where: { councilId: ctx.council.id, entityType: 'Meeting', entityId: meeting.id, kind: { in: ['agenda.agree', 'agenda.agreement.clear'] } },
          orderBy: { id: 'desc' },
          take: 2,
          select: { kind: true, createdAt: true, actor: { select: { name: true } } },
        });
    return { meeting, agreedBy, events };
  });
  if (!found) notFound();
  const { meeting, agreedBy, events } = found;
  const [last, beforeLast] = events;
  const cleared =
    !meeting.agendaAgreedAt && last?.kind === 'agenda.agreement.clear'
      ? { changedAt: last.createdAt, changedBy: last.actor?.name ?? null, agreedAt: beforeLast?.kind === 'agenda.agree' ? beforeLast.createdAt : null }
      : null;
  const present = new Set(meeting.agendaItems.map((i) => i.standing).filter(Boolean));
  return {
    status: meeting.status,
    version: meeting.version,
    agreed: meeting.agendaAgreedAt ? { at: meeting.agendaAgreedAt, by: agreedBy?.name ?? null, onBehalfOf: meeting.agendaAgreedByBoard?.name ?? null } : null,
    // the board that agrees this board's agendas (its planning group), when it is not the Chair
    agreedByBoard: meeting.board.agendaAgreedBy,
    cleared,
    rescheduledFrom: meeting.rescheduledFrom,
    rescheduledTo: meeting.rescheduledTo,
    linksByItem: new Map(meeting.agendaItems.map((i) => [i.id, i.links.map(describeLink).filter((l) => l !== null)])),
    standingMissing: standingItems.filter((s) => !present.has(s)) as StandingKind[],
  };
}

/** The board's open actions, risks and plan actions, to link from an agenda item. */
export async function getLinkOptions(ctx: BoardContext) {
  return withCouncil(ctx.council.id, async (tx) => ({
    actions: await tx.action.findMany({
      where: { boardId: ctx.board.id, status: { in: ['OPEN', 'IN_PROGRESS', 'AWAITING_SIGN_OFF'] } },
      orderBy: { reference: 'asc' },
      select: { id: true, reference: true, description: true },
    }),
    risks: await tx.risk.findMany({
      where: { boardId: ctx.board.id, status: { not: 'CLOSED' } },
      orderBy: { reference: 'asc' },
      select: { id: true, reference: true, title: true },
    }),
    planActions: await tx.planAction.findMany({
      where: { plan: { boardId: ctx.board.id, status: { not: 'CLOSED' } }, status: { in: ['NOT_STARTED', 'IN_PROGRESS', 'AWAITING_SIGN_OFF'] } },
      orderBy: { reference: 'asc' },
      select: { id: true, reference: true, description: true },
    }),
  }));
}

/** One agenda item of one meeting of this board, for its edit page; anything else answers 404. */
export async function getAgendaItem(ctx: BoardContext, meetingId: string, itemId: string) {
  if (!uuid.safeParse(meetingId).success || !uuid.safeParse(itemId).success) notFound();
  const item = await withCouncil(ctx.council.id, (tx) =>
    tx.agendaItem.findFirst({
      where: { id: itemId, meetingId, meeting: { boardId: ctx.board.id } },
      select: {
        id: true,
        position: true,
        title: true,
        presenter: true,
        purpose: true,
        durationMinutes: true,
        standing: true,
        meeting: { select: { id: true, title: true, startsAt: true, status: true, version: true } },
        links: { select: linkSelect },
      },
    }),
  );
  if (!item) notFound();
  return { ...item, links: item.links.map(describeLink).filter((l) => l !== null) };
}

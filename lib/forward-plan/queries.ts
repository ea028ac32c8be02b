import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { formatDateTime } from '../format';

const itemSelect = {
  id: true,
  meetingId: true,
  kind: true,
  title: true,
  presenter: true,
  agendaItemId: true,
  version: true,
  agendaItem: { select: { position: true, title: true } },
} as const;

/** An id from the URL that Postgres will take as a uuid; anything else is a page not found, never a database error. */
const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** How far ahead the forward plan page looks, in meetings. */
export const FORWARD_PLAN_MEETINGS = 12;

/**
 * The forward plan: the board's coming meetings (scheduled, not yet started) each with
 * what is planned for it, and the items planned for meetings not yet scheduled.
 */
export async function getForwardPlan(ctx: BoardContext, now = new Date()) {
  return withCouncil(ctx.council.id, async (tx) => {
    // One connection per transaction: its queries run one after another.
    const meetings = await tx.meeting.findMany({
      where: { boardId: ctx.board.id, status: 'SCHEDULED', startsAt: { gt: now } },
      orderBy: { startsAt: 'asc' },
      take: FORWARD_PLAN_MEETINGS,
      select: {
        id: true,
        title: true,
        startsAt: true,
        kind: true,
        theme: true,
        forwardPlan: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: itemSelect },
      },
    });
    const unscheduled = await tx.forwardPlanItem.findMany({
      where: { boardId: ctx.board.id, meetingId: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: itemSelect,
    });
    // planned for a meeting that was cancelled, or that took place without the item on its agenda
    const stranded = await tx.forwardPlanItem.findMany({
      where: { boardId: ctx.board.id, agendaItemId: null, meeting: { OR: [{ status: 'CANCELLED' }, { startsAt: { lte: now } }] } },
      orderBy: [{ meeting: { startsAt: 'asc' } }, { id: 'asc' }],
      select: { ...itemSelect, meeting: { select: { startsAt: true, status: true } } },
    });
    return { meetings, unscheduled, stranded };
  });
}

/** The meetings an item can be planned for, as select options. */
export async function meetingChoices(ctx: BoardContext, now = new Date()) {
  const meetings = await withCouncil(ctx.council.id, (tx) =>
    tx.meeting.findMany({
      where: { boardId: ctx.board.id, status: 'SCHEDULED', startsAt: { gt: now } },
      orderBy: { startsAt: 'asc' },
      take: 24,
      select: { id: true, title: true, startsAt: true },
    }),
  );
  return meetings.map((m) => ({ value: m.id, label: `${formatDateTime(m.startsAt)}: ${m.title}` }));
}

export async function getForwardPlanItem(ctx: BoardContext, itemId: string) {
  if (!isUuid(itemId)) notFound();
  const item = await withCouncil(ctx.council.id, (tx) =>
    tx.forwardPlanItem.findFirst({
      where: { id: itemId, boardId: ctx.board.id },
      select: { ...itemSelect, meeting: { select: { id: true, title: true, startsAt: true } } },
    }),
  );
  if (!item) notFound();
  return item;
}

/** What the forward plan holds for one meeting, for its agenda: each item and whether it is on the agenda yet. */
export async function forwardPlanForMeeting(ctx: BoardContext, meetingId: string) {
  // a malformed id is the meeting page's 404 to give, not a database error here
  if (!isUuid(meetingId)) return [];
  return withCouncil(ctx.council.id, (tx) =>
    tx.forwardPlanItem.findMany({ where: { boardId: ctx.board.id, meetingId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: itemSelect }),
  );
}

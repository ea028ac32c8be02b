import 'server-only';
import { notFound } from 'next/navigation';
import { withCouncil, type Tx } from '../../db/tenant';
import type { BoardContext } from '../../boards/context';
import { dayString } from '../../format';
import { paperDeadline } from '../../rules/deadlines';
import { londonDay } from '../../rules/london-calendar';
import { awaitingReview, circulationRefusal, defaultCommissionDueDay, isCommissionOverdue, isOpenCommission } from '../../rules/commissions';
import { authorChoices, reviewerChoices } from './people';

const rowSelect = {
  id: true,
  title: true,
  status: true,
  authorName: true,
  authorEmail: true,
  authorPersonId: true,
  reviewerId: true,
  dueOn: true,
  createdAt: true,
  submittedAt: true,
  meeting: { select: { id: true, title: true, startsAt: true } },
  agendaItem: { select: { position: true, title: true } },
  forwardPlanItem: { select: { title: true, meeting: { select: { id: true, title: true, startsAt: true } } } },
} as const;

type Row = {
  id: string;
  title: string;
  status: 'REQUESTED' | 'SUBMITTED' | 'APPROVED' | 'CIRCULATED' | 'WITHDRAWN';
  reviewerId: string | null;
  dueOn: Date;
};

/** A commission's standing today: overdue with its author, waiting for review, ready to circulate. */
export function standing(c: Row, now: Date) {
  const hasReviewer = Boolean(c.reviewerId);
  return {
    overdue: isCommissionOverdue({ status: c.status, dueOn: dayString(c.dueOn) }, now),
    awaitingReview: awaitingReview({ status: c.status, hasReviewer }),
    readyToCirculate: c.status !== 'CIRCULATED' && circulationRefusal({ status: c.status, hasReviewer }) === null,
    open: isOpenCommission(c.status),
  };
}

async function names(tx: Tx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const people = wanted.length ? await tx.person.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } }) : [];
  return new Map(people.map((p) => [p.id, p.name]));
}

/** The board's commissioned papers, open ones first by due date, with counts for the page's summary. */
export async function listCommissions(ctx: BoardContext, now: Date) {
  return withCouncil(ctx.council.id, async (tx) => {
    const rows = await tx.paperCommission.findMany({ where: { boardId: ctx.board.id }, orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }], select: rowSelect });
    const reviewers = await names(
      tx,
      rows.map((r) => r.reviewerId),
    );
    const listed = rows.map((r) => ({
      ...r,
      ...standing(r, now),
      reviewerName: r.reviewerId ? (reviewers.get(r.reviewerId) ?? null) : null,
      meeting: r.meeting ?? r.forwardPlanItem?.meeting ?? null,
    }));
    listed.sort((a, b) => Number(b.open) - Number(a.open));
    return { rows: listed, counts: countsOf(listed) };
  });
}

function countsOf(rows: { open: boolean; overdue: boolean; awaitingReview: boolean; readyToCirculate: boolean }[]) {
  return {
    open: rows.filter((r) => r.open).length,
    overdue: rows.filter((r) => r.overdue).length,
    awaitingReview: rows.filter((r) => r.awaitingReview).length,
    readyToCirculate: rows.filter((r) => r.readyToCirculate).length,
  };
}

/** For the board overview: the open commissions' counts and the overdue ones by name. */
export async function commissionOverview(ctx: Pick<BoardContext, 'council' | 'board'>, now: Date) {
  return withCouncil(ctx.council.id, async (tx) => {
    const rows = await tx.paperCommission.findMany({
      where: { boardId: ctx.board.id, status: { in: ['REQUESTED', 'SUBMITTED', 'APPROVED'] } },
      orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, title: true, status: true, reviewerId: true, dueOn: true, authorName: true },
    });
    const listed = rows.map((r) => ({ ...r, ...standing(r, now) }));
    return { counts: countsOf(listed), overdue: listed.filter((r) => r.overdue) };
  });
}

/** One commission, with its history and what the person looking may do with it. */
export async function getCommission(ctx: BoardContext, commissionId: string, now: Date) {
  if (!/^[0-9a-f-]{36}$/i.test(commissionId)) notFound();
  return withCouncil(ctx.council.id, async (tx) => {
    const c = await tx.paperCommission.findFirst({
      where: { id: commissionId, boardId: ctx.board.id },
      select: {
        ...rowSelect,
        note: true,
        marking: true,
        fileName: true,
        sizeBytes: true,
        version: true,
        paperId: true,
        agendaItemId: true,
        forwardPlanItemId: true,
        uploadTokenExpiresAt: true,
        forwardPlanItem: { select: { title: true, agendaItemId: true, meeting: { select: { id: true, title: true, startsAt: true } } } },
        events: { orderBy: { at: 'asc' }, select: { id: true, kind: true, status: true, note: true, actorName: true, at: true } },
      },
    });
    if (!c) notFound();
    const who = await names(tx, [c.reviewerId]);
    const meeting = c.meeting ?? c.forwardPlanItem?.meeting ?? null;
    const administrator = ctx.roles.includes('ADMINISTRATOR');
    const s = standing(c, now);
    return {
      ...c,
      ...s,
      meeting,
      paperDeadline: meeting ? paperDeadline(meeting.startsAt, ctx.board.paperNoticeWorkingDays, ctx.region) : null,
      reviewerName: c.reviewerId ? (who.get(c.reviewerId) ?? null) : null,
      may: {
        administer: administrator,
        review: c.reviewerId === ctx.actor.id && c.status === 'SUBMITTED',
        readFile: Boolean(c.fileName) && c.status !== 'CIRCULATED' && (administrator || c.reviewerId === ctx.actor.id),
        circulate: administrator && s.readyToCirculate,
        changeDue: administrator && s.open,
        withdraw: administrator && s.open,
      },
    };
  });
}

/**
 * What the "Commission a paper" form needs: where it comes from (an agenda item or a
 * forward plan item of this board), its meeting and paper deadline, the default due day,
 * and whom it may name as author and reviewer. A source not of this board is not found.
 */
export async function commissionFormOptions(ctx: BoardContext, source: { agendaItem?: string; forwardPlanItem?: string }, now: Date) {
  const isId = (v?: string) => Boolean(v && /^[0-9a-f-]{36}$/i.test(v));
  if (!isId(source.agendaItem) && !isId(source.forwardPlanItem)) notFound();
  const today = londonDay(now);
  return withCouncil(ctx.council.id, async (tx) => {
    let from: { kind: 'agenda'; id: string; title: string; position: number } | { kind: 'forward-plan'; id: string; title: string };
    let meeting: { id: string; title: string; startsAt: Date } | null;
    if (isId(source.agendaItem)) {
      const item = await tx.agendaItem.findFirst({
        where: { id: source.agendaItem, meeting: { boardId: ctx.board.id } },
        select: { id: true, title: true, position: true, meeting: { select: { id: true, title: true, startsAt: true } } },
      });
      if (!item) notFound();
      from = { kind: 'agenda', id: item.id, title: item.title, position: item.position };
      meeting = item.meeting;
    } else {
      const item = await tx.forwardPlanItem.findFirst({
        where: { id: source.forwardPlanItem, boardId: ctx.board.id },
        select: { id: true, title: true, meeting: { select: { id: true, title: true, startsAt: true } } },
      });
      if (!item) notFound();
      from = { kind: 'forward-plan', id: item.id, title: item.title };
      meeting = item.meeting;
    }
    const board = await tx.board.findUniqueOrThrow({ where: { id: ctx.board.id }, select: { paperNoticeWorkingDays: true, commissionDueWorkingDays: true } });
    const deadline = meeting ? paperDeadline(meeting.startsAt, board.paperNoticeWorkingDays, ctx.region) : null;
    let defaultDue = meeting ? defaultCommissionDueDay(meeting.startsAt, board.paperNoticeWorkingDays, board.commissionDueWorkingDays, ctx.region) : null;
    if (defaultDue && defaultDue < today) defaultDue = today;
    const [authors, reviewers] = await Promise.all([authorChoices(tx, ctx.board.id, today), reviewerChoices(tx, ctx.council.id, ctx.board.id, today)]);
    return { from, meeting, paperDeadline: deadline, defaultDue, commissionDueWorkingDays: board.commissionDueWorkingDays, authors, reviewers };
  });
}

/** The commissions of an agenda item or a forward plan item, for a line on its page. */
export async function commissionsFor(ctx: BoardContext, where: { agendaItemId?: string; forwardPlanItemId?: string }) {
  return withCouncil(ctx.council.id, (tx) =>
    tx.paperCommission.findMany({
      where: { boardId: ctx.board.id, ...where },
      orderBy: { createdAt: 'asc' },
      select: { id: true, title: true, status: true, authorName: true, dueOn: true },
    }),
  );
}

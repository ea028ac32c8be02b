import 'server-only';
// Over 300 lines on purpose: the log's list, filters, one action's record and the exports
// read through the same filter and the same shaping of a row.
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { Prisma } from '../db/generated/prisma/client';
import { withCouncil, type Tx } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { actionRag, type ActionStatus as RuleStatus } from '../rules/action-rag';
import { ACTION_SHOWS, isFinal, isOverdue, LOG_STATUSES, type LogStatus } from '../rules/action-log';
import { londonDay } from '../rules/london-calendar';
import { dayString } from '../format';

const flag = z
  .preprocess((v) => (v === true ? '1' : Array.isArray(v) ? v[0] : v), z.enum(['1', 'true', 'on']).optional().catch(undefined))
  .transform((v) => (v ? true : undefined));
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const SORTS = ['due', 'reference', 'status', 'owner'] as const;
export type ActionSort = (typeof SORTS)[number];

/**
 * The action log's filters as they arrive in the URL; anything unknown is dropped rather
 * than refused, so an edited or stale link still shows the log. `view` is the older
 * single "show" choice, still read so that bookmarked links keep working. `show` starts
 * the log with the work: open actions unless the closed record (or everything) is asked
 * for; a chosen status is shown whatever `show` says.
 */
export const actionFilterSchema = z
  .object({
    status: z.preprocess(one, z.enum(LOG_STATUSES).optional().catch(undefined)),
    show: z.preprocess(one, z.enum(ACTION_SHOWS).optional().catch(undefined)),
    view: z.preprocess(one, z.enum(['all', 'overdue', 'mine', 'awaiting']).optional().catch(undefined)),
    overdue: flag,
    mine: flag,
    awaiting: flag,
    /** `seat:<id>` or `agency:<name>` */
    owner: z.preprocess(
      one,
      z
        .union([
          z.templateLiteral(['seat:', z.uuid()]),
          z
            .string()
            .trim()
            .max(220)
            .regex(/^agency:.+$/),
        ])
        .optional()
        .catch(undefined),
    ),
    q: z.preprocess(one, z.string().trim().max(200).optional().catch(undefined)).transform((v) => v || undefined),
    sort: z.preprocess(one, z.enum(SORTS).optional().catch(undefined)),
    dir: z.preprocess(one, z.enum(['asc', 'desc']).optional().catch(undefined)),
    page: z.preprocess(one, z.coerce.number().int().min(1).max(10_000).optional().catch(undefined)),
  })
  .transform(({ view, ...f }) => ({
    ...f,
    show: f.status ? ('all' as const) : (f.show ?? (view === 'all' ? ('all' as const) : ('open' as const))),
    overdue: f.overdue ?? (view === 'overdue' || undefined),
    mine: f.mine ?? (view === 'mine' || undefined),
    awaiting: f.awaiting ?? (view === 'awaiting' || undefined),
  }));
export type ActionFilter = z.input<typeof actionFilterSchema>;
export type ParsedActionFilter = z.output<typeof actionFilterSchema>;

/** The filters as URL parameters, for links that keep them (pages, sorting, exports). */
export function filterParams(f: ParsedActionFilter, withPage = false): Record<string, string | undefined> {
  return {
    status: f.status,
    show: !f.status && f.show !== 'open' ? f.show : undefined,
    owner: f.owner,
    q: f.q,
    overdue: f.overdue ? '1' : undefined,
    mine: f.mine ? '1' : undefined,
    awaiting: f.awaiting ? '1' : undefined,
    sort: f.sort,
    dir: f.dir,
    page: withPage && f.page && f.page > 1 ? String(f.page) : undefined,
  };
}

export const ACTION_PAGE_SIZE = 50;

const ruleStatus: Record<LogStatus, RuleStatus> = {
  OPEN: 'open',
  IN_PROGRESS: 'in-progress',
  AWAITING_SIGN_OFF: 'awaiting-sign-off',
  CLOSED: 'closed',
  DROPPED: 'dropped',
};

export const ragOf = (a: { status: LogStatus; dueOn: Date; agreedDueOn: Date | null }, today: string) =>
  actionRag({ status: ruleStatus[a.status], dueDate: dayString(a.dueOn), revisedDueDate: a.agreedDueOn ? dayString(a.agreedDueOn) : null, today });

/** Open work whose effective due date (the agreed revision, else the original) has passed. */
export function overdueWhere(today: Date): Prisma.ActionWhereInput {
  return {
    status: { in: ['OPEN', 'IN_PROGRESS'] },
    effectiveDueOn: { lt: today },
  };
}

/**
 * Actions with a revised date waiting for the board's agreement, as one SQL condition on
 * `"Action" a`. A proposal left waiting when the action was signed off or dropped no
 * longer awaits anything. The list's `awaiting` filter and the board overview's count
 * both use this, so they cannot disagree.
 */
export const awaitingAgreementSql = Prisma.sql`a.status NOT IN ('CLOSED', 'DROPPED') AND EXISTS (SELECT 1 FROM "ActionDueDateRevision" r WHERE r."actionId" = a.id AND r."agreedAt" IS NULL)`;

/** How many of the board's actions have a revised date waiting for agreement (the overview's count). */
export async function countAwaitingAgreement(tx: Tx, boardId: string) {
  const [row] = await tx.$queryRaw<
    { total: number }[]
  >`SELECT count(*)::int AS total FROM "Action" a WHERE a."boardId" = ${boardId}::uuid AND ${awaitingAgreementSql}`;
  return row?.total ?? 0;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The filters as one SQL condition on `"Action" a`. The list, its count and the exports
 * all select through this, so an export holds exactly the rows the screen shows. The
 * date that counts is effectiveDueOn (agreedDueOn ?? dueOn, by trigger): a proposed date never does.
 */
function whereSql(boardId: string, f: ParsedActionFilter, actorId: string, today: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a."boardId" = ${boardId}::uuid`];
  if (f.status) parts.push(Prisma.sql`a.status = ${f.status}::"ActionStatus"`);
  else if (f.show === 'open') parts.push(Prisma.sql`a.status NOT IN ('CLOSED', 'DROPPED')`);
  else if (f.show === 'closed') parts.push(Prisma.sql`a.status IN ('CLOSED', 'DROPPED')`);
  if (f.owner?.startsWith('seat:')) parts.push(Prisma.sql`a."ownerSeatId" = ${f.owner.slice(5)}::uuid`);
  else if (f.owner?.startsWith('agency:')) parts.push(Prisma.sql`a."ownerSeatId" IS NULL AND a."ownerAgency" = ${f.owner.slice(7)}`);
  if (f.mine) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Seat" s WHERE s.id = a."ownerSeatId" AND (s."personId" = ${actorId}::uuid OR s."substitutePersonId" = ${actorId}::uuid))`,
    );
  }
  if (f.overdue) parts.push(Prisma.sql`a.status IN ('OPEN', 'IN_PROGRESS') AND a."effectiveDueOn" < ${today}::date`);
  if (f.awaiting) parts.push(awaitingAgreementSql);
  if (f.q) {
    const pattern = likePattern(f.q);
    parts.push(Prisma.sql`(a.description ILIKE ${pattern} OR a.reference ILIKE ${pattern})`);
  }
  return Prisma.join(parts, ' AND ');
}

function orderSql(f: ParsedActionFilter): Prisma.Sql {
  const dir = f.dir === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  // agreedDueOn ?? dueOn, kept by a trigger and indexed with the board and reference
  const due = Prisma.sql`a."effectiveDueOn"`;
  switch (f.sort ?? 'due') {
    case 'reference':
      return Prisma.sql`a.reference ${dir}, a.id`;
    case 'status':
      return Prisma.sql`a.status ${dir}, ${due} ASC, a.reference ASC, a.id`;
    case 'owner':
      return Prisma.sql`COALESCE(p.name, s.position, a."ownerAgency") ${dir} NULLS LAST, ${due} ASC, a.reference ASC, a.id`;
    default:
      return Prisma.sql`${due} ${dir}, a.reference ${dir}, a.id`;
  }
}

/** Ids of the filtered actions in order: one page of them, or all (for an export). */
async function filteredIds(tx: Tx, where: Prisma.Sql, f: ParsedActionFilter, page: { skip: number; take: number } | null) {
  const join =
    (f.sort ?? 'due') === 'owner' ? Prisma.sql`LEFT JOIN "Seat" s ON s.id = a."ownerSeatId" LEFT JOIN "Person" p ON p.id = s."personId"` : Prisma.empty;
  const limit = page ? Prisma.sql`LIMIT ${page.take} OFFSET ${page.skip}` : Prisma.empty;
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT a.id FROM "Action" a ${join} WHERE ${where} ORDER BY ${orderSql(f)} ${limit}`;
  return rows.map((r) => r.id);
}

const rowSelect = {
  id: true,
  reference: true,
  description: true,
  dueOn: true,
  agreedDueOn: true,
  status: true,
  ownerAgency: true,
  ownerSeatId: true,
  importedAt: true,
  importedFrom: true,
  ownerSeat: { select: { position: true, agency: true, person: { select: { name: true } } } },
  revisions: { where: { agreedAt: null }, orderBy: { proposedAt: 'desc' }, take: 1, select: { proposedDueOn: true, reason: true } },
  updates: { orderBy: { createdAt: 'desc' }, take: 1, select: { body: true, createdAt: true } },
} as const satisfies Prisma.ActionSelect;

async function rowsFor(tx: Tx, ids: string[], today: string) {
  if (ids.length === 0) return [];
  const found = await tx.action.findMany({ where: { id: { in: ids } }, select: rowSelect });
  const byId = new Map(found.map((a) => [a.id, a]));
  return ids.flatMap((id) => {
    const a = byId.get(id);
    return a
      ? [
          {
            ...a,
            proposedRevision: isFinal(a.status) ? null : (a.revisions[0] ?? null),
            latestUpdate: a.updates[0] ?? null,
            rag: ragOf(a, today),
            overdue: isOverdue(a.status, dayString(a.agreedDueOn ?? a.dueOn), today),
            owner: ownerLabel(a),
          },
        ]
      : [];
  });
}
export type ActionRow = Awaited<ReturnType<typeof rowsFor>>[number];

export const ownerLabel = (a: { ownerSeat: { position: string; person: { name: string } | null } | null; ownerAgency: string | null }) =>
  a.ownerSeat
    ? a.ownerSeat.person
      ? `${a.ownerSeat.person.name}, ${a.ownerSeat.position}`
      : `${a.ownerSeat.position} (to be appointed)`
    : (a.ownerAgency ?? 'No owner');

type Scope = Pick<BoardContext, 'council' | 'board'> & { actor: { id: string } };

export async function listActions(ctx: Scope, filter: ActionFilter | ParsedActionFilter, now = new Date()) {
  const f = actionFilterSchema.parse(filter);
  const today = londonDay(now);
  const where = whereSql(ctx.board.id, f, ctx.actor.id, today);
  return withCouncil(ctx.council.id, async (tx) => {
    // One connection per transaction: its queries run one after another.
    const [{ total }] = (await tx.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Action" a WHERE ${where}`) as [{ total: number }];
    const pages = Math.max(1, Math.ceil(total / ACTION_PAGE_SIZE));
    // a page past the end (a stale link after filtering) shows the last page
    const page = Math.min(f.page ?? 1, pages);
    const ids = await filteredIds(tx, where, f, { skip: (page - 1) * ACTION_PAGE_SIZE, take: ACTION_PAGE_SIZE });
    return { total, page, pages, filter: f, rows: await rowsFor(tx, ids, today) };
  });
}

/** Every row the filters select, in the screen's order, for an export. */
export async function allFilteredActions(ctx: Scope, filter: ParsedActionFilter, now = new Date()) {
  const today = londonDay(now);
  const where = whereSql(ctx.board.id, filter, ctx.actor.id, today);
  return withCouncil(ctx.council.id, async (tx) => rowsFor(tx, await filteredIds(tx, where, filter, null), today));
}

/** The owner filter's choices: the board's seats and the partner agencies that own actions. */
export async function listOwnerOptions(ctx: Pick<BoardContext, 'council' | 'board'>) {
  return withCouncil(ctx.council.id, async (tx) => {
    const seats = await tx.seat.findMany({
      where: { boardId: ctx.board.id },
      orderBy: [{ endsOn: { sort: 'desc', nulls: 'first' } }, { position: 'asc' }],
      select: { id: true, position: true, agency: true, endsOn: true, person: { select: { name: true } } },
    });
    const agencies = await tx.action.groupBy({
      by: ['ownerAgency'],
      where: { boardId: ctx.board.id, ownerSeatId: null, ownerAgency: { not: null } },
      orderBy: { ownerAgency: 'asc' },
    });
    return { seats, agencies: agencies.map((a) => a.ownerAgency).filter((a): a is string => !!a) };
  });
}

/** Seats that can take on a new action: current ones, held or to be appointed. */
export async function listOwnerSeats(ctx: Pick<BoardContext, 'council' | 'board'>, now = new Date()) {
  const today = new Date(`${londonDay(now)}T00:00:00Z`);
  return withCouncil(ctx.council.id, (tx) =>
    tx.seat.findMany({
      where: { boardId: ctx.board.id, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
      orderBy: [{ position: 'asc' }],
      select: { id: true, position: true, agency: true, person: { select: { name: true } } },
    }),
  );
}

/**
 * Meetings of this board at which the board can have decided something that arose at
 * `since` (a date proposed, an action raised): not cancelled, started by now (held or in
 * progress) and ended after `since`, the same test `resolveAgreedMeeting` applies; a
 * historical meeting (held before the board came to Tabled) whenever it was. Newest first.
 */
export async function listDecisionMeetings(ctx: Pick<BoardContext, 'council' | 'board'>, since: Date, now = new Date()) {
  return withCouncil(ctx.council.id, (tx) =>
    tx.meeting.findMany({
      where: { boardId: ctx.board.id, status: { not: 'CANCELLED' }, startsAt: { lte: now }, OR: [{ endsAt: { gte: since } }, { historical: true }] },
      orderBy: { startsAt: 'desc' },
      take: 24,
      select: { id: true, title: true, startsAt: true, historical: true },
    }),
  );
}

/** One action with everything its page shows, looked up by reference on this board only. */
export async function getAction(ctx: Pick<BoardContext, 'council' | 'board'>, reference: string, now = new Date()) {
  let ref: string;
  try {
    ref = decodeURIComponent(reference);
  } catch {
    notFound();
  }
  if (ref.length > 40) notFound();
  const found = await withCouncil(ctx.council.id, async (tx) => {
    const action = await tx.action.findFirst({
      where: { boardId: ctx.board.id, reference: ref },
      select: {
        id: true,
        reference: true,
        description: true,
        dueOn: true,
        agreedDueOn: true,
        status: true,
        droppedReason: true,
        version: true,
        ownerSeatId: true,
        ownerAgency: true,
        sourceMeetingId: true,
        createdAt: true,
        signedOffAt: true,
        signedOffById: true,
        importedAt: true,
        importedFrom: true,
        ownerSeat: { select: { position: true, agency: true, person: { select: { name: true } } } },
        sourceMeeting: { select: { id: true, title: true, startsAt: true, historical: true } },
        sourceMinutesItem: {
          select: { id: true, heading: true, minutesVersion: { select: { meeting: { select: { id: true, title: true, startsAt: true, historical: true } } } } },
        },
        sourcePlanAction: { select: { id: true, reference: true, description: true } },
        signedOffAtMeeting: { select: { id: true, title: true, startsAt: true, historical: true } },
        revisions: {
          orderBy: { proposedAt: 'asc' },
          select: {
            id: true,
            previousDueOn: true,
            proposedDueOn: true,
            reason: true,
            proposedAt: true,
            agreedAt: true,
            proposedBy: { select: { name: true } },
            agreedAtMeeting: { select: { id: true, title: true, startsAt: true, historical: true } },
          },
        },
        updates: { orderBy: { createdAt: 'desc' }, select: { id: true, body: true, statusAfter: true, createdAt: true, author: { select: { name: true } } } },
      },
    });
    if (!action) return null;
    // Person rows are global; the name is read only for the id this council's action holds.
    const signer = action.signedOffById ? await tx.person.findFirst({ where: { id: action.signedOffById }, select: { name: true } }) : null;
    return { action, signedOffBy: signer?.name ?? null };
  });
  if (!found) notFound();
  const { action, signedOffBy } = found;
  return {
    ...action,
    owner: ownerLabel(action),
    rag: ragOf(action, londonDay(now)),
    pendingRevision: isFinal(action.status) ? null : (action.revisions.find((r) => !r.agreedAt) ?? null),
    agreedRevisions: action.revisions.filter((r) => r.agreedAt),
    signedOffBy,
  };
}
export type ActionDetail = Awaited<ReturnType<typeof getAction>>;

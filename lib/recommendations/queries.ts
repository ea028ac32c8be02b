import 'server-only';
import { defineQuery } from '../access/query';
import type { BoardContext } from '../boards/context';
import type { Prisma } from '../db/generated/prisma/client';
import { withCouncil, type Tx } from '../db/tenant';
import { seesDraftMinutes } from '../minutes/queries';
import { outcomeCounts, recordStatuses, type RecommendationOutcome } from '../rules/recommendations';

type Scope = Pick<BoardContext, 'council' | 'board' | 'roles'>;

const recommendationSelect = {
  id: true,
  text: true,
  decisionMaker: true,
  meeting: { select: { id: true, title: true, startsAt: true } },
  minutesItem: { select: { position: true, heading: true } },
  outcomes: {
    orderBy: { createdAt: 'desc' },
    select: { id: true, outcome: true, decidedOn: true, reference: true, note: true, createdAt: true, recordedById: true },
  },
} satisfies Prisma.DecisionSelect;

/**
 * The board's recommendations as the record holds them: those in minutes the Chair has
 * signed and no correction has superseded (a member sees them once the minutes are
 * distributed), newest meeting first, each with its outcomes newest first.
 */
export async function recommendationsOf(tx: Tx, boardId: string, opts: { seesUndistributed: boolean; meetingFrom?: Date; meetingTo?: Date }) {
  const rows = await tx.decision.findMany({
    where: {
      kind: 'RECOMMENDATION',
      meeting: { boardId, ...(opts.meetingFrom || opts.meetingTo ? { startsAt: { gte: opts.meetingFrom, lte: opts.meetingTo } } : {}) },
      minutesItem: {
        minutesVersion: { status: { in: [...recordStatuses] }, ...(opts.seesUndistributed ? {} : { distributedAt: { not: null } }) },
      },
    },
    orderBy: [{ meeting: { startsAt: 'desc' } }, { minutesItem: { position: 'asc' } }, { position: 'asc' }],
    select: recommendationSelect,
  });
  return rows.map((r) => ({ ...r, current: (r.outcomes[0]?.outcome ?? 'PENDING') as RecommendationOutcome }));
}

export type RecommendationRow = Awaited<ReturnType<typeof recommendationsOf>>[number];

async function listUnchecked(ctx: Scope) {
  const rows = await withCouncil(ctx.council.id, (tx) => recommendationsOf(tx, ctx.board.id, { seesUndistributed: seesDraftMinutes(ctx.roles) }));
  const people = [...new Set(rows.flatMap((r) => r.outcomes.map((o) => o.recordedById)).filter((id): id is string => !!id))];
  const names = people.length
    ? new Map(
        (await withCouncil(ctx.council.id, (tx) => tx.person.findMany({ where: { id: { in: people } }, select: { id: true, name: true } }))).map((p) => [
          p.id,
          p.name,
        ]),
      )
    : new Map<string, string>();
  return { rows, counts: outcomeCounts(rows.map((r) => r.current)), recordedBy: Object.fromEntries(names) as Record<string, string> };
}
/** The board's recommendations page. */
export const listRecommendations = defineQuery({ resource: 'minutes', run: listUnchecked });

/** For the overview: how the board's recommendations stand, and the oldest still awaiting a decision. */
async function summaryUnchecked(ctx: Scope) {
  const rows = await withCouncil(ctx.council.id, (tx) => recommendationsOf(tx, ctx.board.id, { seesUndistributed: seesDraftMinutes(ctx.roles) }));
  const pending = rows.filter((r) => r.current === 'PENDING').reverse();
  return { total: rows.length, counts: outcomeCounts(rows.map((r) => r.current)), oldestPending: pending.slice(0, 3) };
}
export const recommendationSummary = defineQuery({ resource: 'minutes', run: summaryUnchecked });

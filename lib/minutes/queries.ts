import 'server-only';
import { notFound } from '../errors';
import { defineQuery } from '../access/query';
import { z } from 'zod';
import { withCouncil, type Tx } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { can } from '../auth/permissions';
import { distributionState, isSignedMinutes, mayReadMinutesVersion, minutesHash, type MinutesStatus } from '../rules/minutes';
import { liveAttendance, liveDeclarations, liveQuorum, minutesText, versionSelect } from './load';

type Scope = Pick<BoardContext, 'council' | 'board' | 'roles'>;

const uuid = z.string().uuid();

/** The administrator and the Chair work on drafts; everyone else reads distributed minutes. */
export const seesDraftMinutes = (roles: BoardContext['roles']) => can(roles, 'minutes', 'update') || can(roles, 'minutes', 'approve');

/**
 * A meeting's minutes page: the meeting, every version the person may read (newest
 * first), and one version in full (the one asked for, else the newest they may read),
 * with its text as hashed, its distribution deadline and what the forms need.
 */
async function readMinutesViewUnchecked(ctx: Scope, meetingId: string, versionParam: string | undefined, now = new Date()) {
  if (!uuid.safeParse(meetingId).success) throw notFound();
  const drafts = seesDraftMinutes(ctx.roles);
  const found = await withCouncil(ctx.council.id, async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { id: meetingId, boardId: ctx.board.id },
      select: { id: true, title: true, startsAt: true, endsAt: true, status: true },
    });
    if (!meeting) return null;
    const all = await tx.minutesVersion.findMany({
      where: { meetingId },
      orderBy: { versionNo: 'desc' },
      select: { id: true, versionNo: true, status: true, approvedAt: true, distributedAt: true, createdAt: true, approvedBy: { select: { name: true } } },
    });
    const versions = all.filter((v) => mayReadMinutesVersion(v, drafts));
    const wanted = versionParam ? versions.find((v) => String(v.versionNo) === versionParam) : versions[0];
    if (versionParam && !wanted) return { meeting, versions, all, selected: null, missing: true as const };
    const selected = wanted ? await tx.minutesVersion.findFirstOrThrow({ where: { id: wanted.id }, select: versionSelect }) : null;
    const draft = selected && !isSignedMinutes(selected.status as MinutesStatus);
    const live = draft ? await liveAttendance(tx, meetingId) : null;
    const quorum = draft ? await liveQuorum(tx, meetingId) : null;
    const declarations = draft ? await liveDeclarations(tx, meetingId) : null;
    const board = await tx.board.findUniqueOrThrow({ where: { id: ctx.board.id }, select: { minutesDistributionDays: true } });
    return { meeting, versions, all, selected, live, quorum, declarations, days: board.minutesDistributionDays, missing: false as const };
  });
  if (!found || found.missing) throw notFound();
  const { meeting, versions, all, selected, live, quorum, declarations, days } = found;
  const text = selected ? minutesText({ ...selected, status: selected.status }, live ?? null, quorum, declarations) : null;
  const latest = all[0] ?? null;
  return {
    meeting,
    versions,
    latest,
    /** the version shown, with its text as the Chair approves it and that text's hash */
    version:
      selected && text
        ? { ...selected, status: selected.status as MinutesStatus, text, textHash: minutesHash(text), isLatest: latest?.id === selected.id }
        : null,
    previousVersionNo: selected?.previousVersionId ? (all.find((v) => v.id === selected.previousVersionId)?.versionNo ?? null) : null,
    laterVersionNo: selected ? (all.find((v) => v.versionNo === selected.versionNo + 1)?.versionNo ?? null) : null,
    distributionDays: days,
    distribution: distributionState({ meetingEndsAt: meeting.endsAt, days, distributedAt: selected?.distributedAt ?? null, now }),
    seesDrafts: drafts,
  };
}
export const getMinutesView = defineQuery({ resource: 'minutes', run: readMinutesViewUnchecked });
export type MinutesView = Awaited<ReturnType<typeof getMinutesView>>;

/** The board's seats, to name an action's owner. Current seats first; an ended seat already named stays choosable. */
export async function listOwnerSeats(ctx: Scope) {
  return withCouncil(ctx.council.id, (tx) =>
    tx.seat.findMany({
      where: { boardId: ctx.board.id },
      orderBy: [{ role: 'asc' }, { position: 'asc' }],
      select: { id: true, position: true, agency: true, endsOn: true, person: { select: { name: true } } },
    }),
  );
}

/** The council's decision makers a recommendation can name (archived ones are not offered). */
export async function listDecisionMakerNames(ctx: Scope) {
  const rows = await withCouncil(ctx.council.id, (tx) =>
    tx.decisionMaker.findMany({
      where: { councilId: ctx.council.id, archived: false },
      orderBy: [{ createdAt: 'asc' }, { name: 'asc' }],
      select: { name: true },
    }),
  );
  return rows.map((r) => r.name);
}

/** Later meetings of this board that have taken place, at which minutes can be confirmed. */
export async function listConfirmingMeetings(ctx: Scope, after: Date, now = new Date()) {
  return withCouncil(ctx.council.id, (tx) =>
    tx.meeting.findMany({
      where: { boardId: ctx.board.id, status: { not: 'CANCELLED' }, startsAt: { gt: after, lte: now } },
      orderBy: { startsAt: 'asc' },
      take: 12,
      select: { id: true, title: true, startsAt: true },
    }),
  );
}

export type MinutesAlert = {
  meetingId: string;
  boardId: string;
  title: string;
  startsAt: Date;
  versionNo: number;
  status: MinutesStatus;
  kind: 'awaiting-chair' | 'overdue';
  dueOn: string;
  daysOverdue: number;
};

/**
 * For the board and council dashboards: minutes waiting for the Chair, and minutes whose
 * distribution is overdue (not distributed by the board's set number of days after the
 * meeting, whatever stage they are at). One query for any number of boards.
 */
export async function minutesAlerts(tx: Tx, boardIds: string[], now = new Date()): Promise<MinutesAlert[]> {
  if (boardIds.length === 0) return [];
  const oldest = new Date(now.getTime() - 400 * 86_400_000);
  const meetings = await tx.meeting.findMany({
    // a historical meeting's minutes were approved outside Tabled: nothing is due from it
    where: { boardId: { in: boardIds }, status: { not: 'CANCELLED' }, historical: false, startsAt: { lte: now, gte: oldest } },
    orderBy: { startsAt: 'desc' },
    select: {
      id: true,
      boardId: true,
      title: true,
      startsAt: true,
      endsAt: true,
      board: { select: { minutesDistributionDays: true } },
      // every version (a meeting has a handful): whether any was ever distributed matters
      minutes: { orderBy: { versionNo: 'desc' }, select: { versionNo: true, status: true, distributedAt: true } },
    },
  });
  const alerts: MinutesAlert[] = [];
  for (const m of meetings) {
    const latest = m.minutes[0];
    if (m.endsAt > now) continue;
    const state = distributionState({ meetingEndsAt: m.endsAt, days: m.board.minutesDistributionDays, distributedAt: latest?.distributedAt ?? null, now });
    const base = {
      meetingId: m.id,
      boardId: m.boardId,
      title: m.title,
      startsAt: m.startsAt,
      versionNo: latest?.versionNo ?? 0,
      status: (latest?.status ?? 'DRAFT') as MinutesStatus,
      dueOn: state.dueOn,
    };
    if (latest?.status === 'SENT_TO_CHAIR') alerts.push({ ...base, kind: 'awaiting-chair', daysOverdue: state.kind === 'overdue' ? state.daysOverdue : 0 });
    // a correction in progress is not overdue when an earlier version reached the members
    const everDistributed = m.minutes.some((v) => v.distributedAt !== null);
    if (state.kind === 'overdue' && !everDistributed && latest?.status !== 'CONFIRMED')
      alerts.push({ ...base, kind: 'overdue', daysOverdue: state.daysOverdue });
  }
  return alerts;
}

/** The council dashboard's minutes alerts, across the boards the person may see. */
export async function listCouncilMinutesAlerts(councilId: string, boards: { id: string; slug: string; name: string }[], now = new Date()) {
  const alerts = await withCouncil(councilId, (tx) =>
    minutesAlerts(
      tx,
      boards.map((b) => b.id),
      now,
    ),
  );
  const byId = new Map(boards.map((b) => [b.id, b]));
  return alerts.map((a) => ({ ...a, board: byId.get(a.boardId)! }));
}

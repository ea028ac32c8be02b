import 'server-only';
import { withCouncil } from '../../db/tenant';
import { regionOf } from '../../boards/context';
import { dayString } from '../../format';
import { paperDeadline } from '../../rules/deadlines';
import type { LondonDay } from '../../rules/london-calendar';

export type OpenCommission = {
  id: string;
  board: { id: string; slug: string; name: string };
  meeting: { id: string; title: string; startsAt: Date } | null;
  title: string;
  authorName: string;
  authorEmail: string;
  /** the author's person id when they were picked from the board's seats (they may have an account) */
  authorPersonId: string | null;
  dueOn: LondonDay;
  /** the meeting's paper deadline; null while the commission has no meeting */
  paperDeadline: Date | null;
  status: 'REQUESTED' | 'SUBMITTED' | 'APPROVED';
};

/**
 * The council's open commissions (asked for, submitted or approved; not circulated or
 * withdrawn) on boards that are not dissolved, soonest due first: what a reminder would
 * chase. `now` is not a filter here (a reminder decides what is near or late); it is
 * taken so callers pass the council's clock, and so that this read can narrow later.
 */
export async function openCommissions(council: { id: string; region: string }, now: Date): Promise<OpenCommission[]> {
  void now;
  const rows = await withCouncil(council.id, (tx) =>
    tx.paperCommission.findMany({
      where: { councilId: council.id, status: { in: ['REQUESTED', 'SUBMITTED', 'APPROVED'] }, board: { status: { not: 'DISSOLVED' } } },
      orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
      select: {
        id: true,
        title: true,
        authorName: true,
        authorEmail: true,
        authorPersonId: true,
        dueOn: true,
        status: true,
        board: { select: { id: true, slug: true, name: true, paperNoticeWorkingDays: true } },
        meeting: { select: { id: true, title: true, startsAt: true } },
        forwardPlanItem: { select: { meeting: { select: { id: true, title: true, startsAt: true } } } },
      },
    }),
  );
  const region = regionOf(council.region);
  return rows.map((r) => {
    const meeting = r.meeting ?? r.forwardPlanItem?.meeting ?? null;
    return {
      id: r.id,
      board: { id: r.board.id, slug: r.board.slug, name: r.board.name },
      meeting,
      title: r.title,
      authorName: r.authorName,
      authorEmail: r.authorEmail,
      authorPersonId: r.authorPersonId,
      dueOn: dayString(r.dueOn),
      paperDeadline: meeting ? paperDeadline(meeting.startsAt, r.board.paperNoticeWorkingDays, region) : null,
      status: r.status as OpenCommission['status'],
    };
  });
}

import 'server-only';
import { withApp, withCouncil } from '../../db/tenant';
import { resolveAccess } from '../../access/resolve';
import { councilIdOfToken, hashInvitationToken } from '../../invitations/token';
import { paperDeadline } from '../../rules/deadlines';
import { regionOf } from '../../boards/context';

/** What the author is asked for, and nothing else of the council's. */
export type AuthorView = {
  commissionId: string;
  councilSlug: string;
  councilName: string;
  boardName: string;
  title: string;
  note: string | null;
  dueOn: Date;
  meeting: { title: string; startsAt: Date; paperDeadline: Date } | null;
  authorName: string;
  /** sent back by the reviewer: what they asked to change */
  changesAsked: string | null;
};

const select = {
  id: true,
  title: true,
  note: true,
  dueOn: true,
  authorName: true,
  board: { select: { name: true, status: true, paperNoticeWorkingDays: true } },
  meeting: { select: { title: true, startsAt: true } },
  events: { where: { kind: 'changes-requested' }, orderBy: { at: 'desc' }, take: 1, select: { note: true } },
} as const;

type Row = { id: string; title: string; note: string | null; dueOn: Date; authorName: string } & {
  board: { name: string; status: string; paperNoticeWorkingDays: number };
  meeting: { title: string; startsAt: Date } | null;
  events: { note: string | null }[];
};

function view(c: Row, council: { slug: string; name: string; region: string }): AuthorView {
  return {
    commissionId: c.id,
    councilSlug: council.slug,
    councilName: council.name,
    boardName: c.board.name,
    title: c.title,
    note: c.note,
    dueOn: c.dueOn,
    meeting: c.meeting && { ...c.meeting, paperDeadline: paperDeadline(c.meeting.startsAt, c.board.paperNoticeWorkingDays, regionOf(council.region)) },
    authorName: c.authorName,
    changesAsked: c.events[0]?.note ?? null,
  };
}

/**
 * The commission an emailed link opens, if the link is still good (unused, unexpired, the
 * commission still asked for); null otherwise, for a page that says so plainly. The token
 * names its council, whose transaction (row-level security) the lookup by hash runs in.
 */
export async function commissionByToken(token: string, now: Date): Promise<AuthorView | null> {
  const councilId = councilIdOfToken(token);
  if (!councilId) return null;
  const council = await withApp((tx) => tx.council.findUnique({ where: { id: councilId }, select: { slug: true, name: true, region: true } }));
  if (!council) return null;
  const c = await withCouncil(councilId, (tx) =>
    tx.paperCommission.findFirst({
      where: { uploadTokenHash: hashInvitationToken(token), status: 'REQUESTED', uploadTokenExpiresAt: { gt: now }, board: { status: { not: 'DISSOLVED' } } },
      select,
    }),
  );
  return c ? view(c, council) : null;
}

/** The same, for the author signed in with an account in this council: only their own commission, while it is asked for. */
export async function commissionForSignedInAuthor(actor: { id: string; sessionId?: string }, councilSlug: string, commissionId: string, now: Date) {
  const access = await resolveAccess(actor, councilSlug, undefined, now);
  if (!/^[0-9a-f-]{36}$/i.test(commissionId)) return null;
  const c = await withCouncil(access.council.id, (tx) =>
    tx.paperCommission.findFirst({
      where: { id: commissionId, authorPersonId: actor.id, status: 'REQUESTED', board: { status: { not: 'DISSOLVED' } } },
      select,
    }),
  );
  return c ? view(c, access.council) : null;
}

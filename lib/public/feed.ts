import 'server-only';
import { withCouncil } from '../db/tenant';
import { appUrl } from '../app-url';
import { formatDateTime } from '../format';
import { agendaPublicFrom } from '../rules/public-visibility';
import { publishedWhere } from '../minutes/public';
import { publicBoardPath, publicFeedPath, publicMinutesPath } from '../routes';
import { renderAtom, type AtomEntry } from './atom';
import { councilBySlug } from './queries';

const FEED_ENTRIES = 50;
const LOOK_BACK = 100;

/**
 * A public board's Atom feed: the events its subscribers are mailed about, newest first,
 * and nothing the public page does not show (agendas once public, the schedule's moves
 * and cancellations, minutes once distributed). Null (404) for a private board or none.
 */
export async function publicBoardFeed(councilSlug: string, boardSlug: string, now: Date): Promise<string | null> {
  const council = await councilBySlug(councilSlug);
  if (!council) return null;
  return withCouncil(council.id, async (tx) => {
    const board = await tx.board.findFirst({
      where: { councilId: council.id, slug: boardSlug, isPublic: true },
      select: { id: true, slug: true, name: true, publicationNoticeDays: true, createdAt: true },
    });
    if (!board) return null;
    const [meetings, minutes] = await Promise.all([
      tx.meeting.findMany({
        where: { boardId: board.id, historical: false },
        orderBy: { updatedAt: 'desc' },
        take: LOOK_BACK,
        select: {
          id: true,
          title: true,
          startsAt: true,
          status: true,
          cancelledReason: true,
          publishedAt: true,
          agendaAgreedAt: true,
          updatedAt: true,
          rescheduledTo: { select: { id: true, startsAt: true, createdAt: true }, take: 1 },
        },
      }),
      tx.minutesVersion.findMany({
        where: publishedWhere(board.id),
        orderBy: { distributedAt: 'desc' },
        take: FEED_ENTRIES,
        select: { id: true, distributedAt: true, versionNo: true, meeting: { select: { title: true, startsAt: true } } },
      }),
    ]);
    const base = appUrl();
    const page = `${base}${publicBoardPath(council.slug, board.slug)}`;
    const tag = (kind: string, id: string) => `${page}#${kind}-${id}`;
    const entries: AtomEntry[] = [];
    for (const m of meetings) {
      const when = formatDateTime(m.startsAt);
      const publicFrom = m.status === 'CANCELLED' ? null : agendaPublicFrom(m, board.publicationNoticeDays);
      if (publicFrom && publicFrom.getTime() <= now.getTime()) {
        entries.push({
          id: tag('agenda', m.id),
          title: `Agenda published: ${m.title}, ${when}`,
          updated: publicFrom,
          link: page,
          summary: `The agenda and public papers of ${m.title} on ${when} are published.`,
        });
      }
      if (m.status !== 'CANCELLED') continue;
      const moved = m.rescheduledTo[0];
      entries.push(
        moved
          ? {
              id: tag('moved', m.id),
              title: `Meeting moved: ${m.title}, now ${formatDateTime(moved.startsAt)}`,
              updated: moved.createdAt,
              link: page,
              summary: `${m.title}, which was to be on ${when}, has moved to ${formatDateTime(moved.startsAt)}.`,
            }
          : {
              id: tag('cancelled', m.id),
              title: `Meeting cancelled: ${m.title}, ${when}`,
              updated: m.updatedAt,
              link: page,
              summary: `${m.title} on ${when} is cancelled.${m.cancelledReason ? ` ${m.cancelledReason.replace(/\.$/, '')}.` : ''}`,
            },
      );
    }
    for (const v of minutes) {
      entries.push({
        id: tag('minutes', v.id),
        title: `Minutes published: ${v.meeting.title}, ${formatDateTime(v.meeting.startsAt)}`,
        updated: v.distributedAt ?? now,
        link: `${base}${publicMinutesPath(council.slug, board.slug, v.id)}`,
        summary: `The minutes of ${v.meeting.title} on ${formatDateTime(v.meeting.startsAt)}${v.versionNo > 1 ? ` (version ${v.versionNo}, corrected)` : ''}, approved by the Chair.`,
      });
    }
    return renderAtom(
      {
        id: page,
        title: `${board.name}, ${council.name}`,
        selfLink: `${base}${publicFeedPath(council.slug, board.slug)}`,
        alternateLink: page,
        author: council.name,
        updated: board.createdAt,
        entries,
      },
      FEED_ENTRIES,
    );
  });
}

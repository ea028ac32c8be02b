import 'server-only';
import { cache } from 'react';
import type { Prisma } from '../db/generated/prisma/client';
import { withApp, withCouncil } from '../db/tenant';
import { isAgendaPublic, isPublicPaper, agendaPublicFrom, publicationDueFrom } from '../rules/public-visibility';
import { publicMinutes, publicMinutesVersion } from '../minutes/public';

// Everything here is read without a session, for anyone on the internet: only boards
// marked public, and of those only what the publication rules let out. Every paper passes
// isPublicPaper in code as well as the query's filter, so a slip in one does not leak.

const COMING = 12;
const RECENT = 3;

/** Council rows are global (no row-level security); their boards are read under the council's scope. */
export async function councilBySlug(slug: string) {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  return withApp((tx) => tx.council.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, publishInterestRegister: true } }));
}

/** A council's public boards; null (404) if it has none, so a council that publishes nothing is not disclosed. */
export async function listPublicBoards(councilSlug: string) {
  const council = await councilBySlug(councilSlug);
  if (!council) return null;
  const boards = await withCouncil(council.id, (tx) =>
    tx.board.findMany({
      where: { councilId: council.id, isPublic: true },
      orderBy: { name: 'asc' },
      select: { slug: true, name: true, kind: true, status: true },
    }),
  );
  return boards.length ? { council, boards } : null;
}

const publicPaperWhere = {
  marking: 'PUBLIC',
  status: 'CIRCULATED',
  OR: [{ isLate: false }, { lateAcceptedAt: { not: null } }],
} satisfies Prisma.PaperWhereInput;

const paperSelect = {
  id: true,
  title: true,
  marking: true,
  status: true,
  isLate: true,
  lateAcceptedAt: true,
  files: { orderBy: { versionNo: 'desc' }, take: 1, select: { id: true, fileName: true, sizeBytes: true, contentType: true } },
} as const;

type RawPaper = {
  id: string;
  title: string;
  marking: 'PUBLIC' | 'OFFICIAL' | 'OFFICIAL_SENSITIVE';
  status: 'DRAFT' | 'CIRCULATED' | 'WITHDRAWN';
  isLate: boolean;
  lateAcceptedAt: Date | null;
  files: { id: string; fileName: string; sizeBytes: number; contentType: string }[];
};

const publicPapers = (papers: RawPaper[]) => papers.filter(isPublicPaper).flatMap((p) => (p.files[0] ? [{ id: p.id, title: p.title, file: p.files[0] }] : []));

/**
 * A public board's page: its coming meetings (the schedule is public as soon as a
 * meeting is set), each one's agenda and public papers once published (see
 * lib/rules/public-visibility.ts), and its last few meetings. A private board, or one
 * of another council, is null (404).
 */
// Cached for the request: the page's title (generateMetadata) and its body both ask, and
// without this every public board page read its meetings and minutes twice.
export const getPublicBoard = cache(async (councilSlug: string, boardSlug: string, now = new Date()) => {
  const council = await councilBySlug(councilSlug);
  if (!council) return null;
  return withCouncil(council.id, async (tx) => {
    const board = await tx.board.findFirst({
      where: { councilId: council.id, slug: boardSlug, isPublic: true },
      select: { id: true, slug: true, name: true, kind: true, status: true, publicationNoticeDays: true },
    });
    if (!board) return null;
    const meetingSelect = {
      id: true,
      title: true,
      kind: true,
      theme: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      virtualLink: true,
      status: true,
      cancelledReason: true,
      publishedAt: true,
      agendaAgreedAt: true,
      agendaItems: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          position: true,
          title: true,
          presenter: true,
          purpose: true,
          papers: { where: publicPaperWhere, orderBy: { createdAt: 'asc' }, select: paperSelect },
        },
      },
      papers: { where: { ...publicPaperWhere, agendaItemId: null }, orderBy: { createdAt: 'asc' }, select: paperSelect },
    } as const;
    const [coming, recent] = await Promise.all([
      tx.meeting.findMany({
        where: { boardId: board.id, endsAt: { gt: now }, status: { in: ['SCHEDULED', 'CANCELLED'] } },
        orderBy: { startsAt: 'asc' },
        take: COMING,
        select: meetingSelect,
      }),
      tx.meeting.findMany({
        where: { boardId: board.id, endsAt: { lte: now }, status: { not: 'CANCELLED' }, historical: false },
        orderBy: { startsAt: 'desc' },
        take: RECENT,
        select: meetingSelect,
      }),
    ]);
    const shape = (m: (typeof coming)[number]) => {
      const published = m.status !== 'CANCELLED' && isAgendaPublic(m, board.publicationNoticeDays, now);
      return {
        id: m.id,
        title: m.title,
        kind: m.kind,
        theme: m.theme,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        venue: m.venue,
        virtual: Boolean(m.virtualLink),
        status: m.status,
        cancelledReason: m.cancelledReason,
        agendaPublicFrom: agendaPublicFrom(m, board.publicationNoticeDays),
        agendaDue: publicationDueFrom(m.startsAt, board.publicationNoticeDays),
        agendaDuePassed: now.getTime() >= publicationDueFrom(m.startsAt, board.publicationNoticeDays).getTime(),
        agendaAgreed: m.agendaAgreedAt !== null,
        // nothing of the agenda leaves this function until the meeting is published
        agenda: published
          ? m.agendaItems.map((item) => ({
              id: item.id,
              position: item.position,
              title: item.title,
              presenter: item.presenter,
              purpose: item.purpose,
              papers: publicPapers(item.papers),
            }))
          : null,
        otherPapers: published ? publicPapers(m.papers) : [],
      };
    };
    // approved minutes only (see lib/minutes/public.ts)
    const minutes = await publicMinutes(tx, board.id);
    return {
      council,
      board: { slug: board.slug, name: board.name, kind: board.kind, status: board.status, publicationNoticeDays: board.publicationNoticeDays },
      coming: coming.map(shape),
      recent: recent.map(shape),
      minutes,
    };
  });
});
export type PublicBoard = NonNullable<Awaited<ReturnType<typeof getPublicBoard>>>;

/** One published version of a public board's minutes, with its text; null (404) otherwise. */
export const getPublicMinutes = cache(async (councilSlug: string, boardSlug: string, minutesId: string) => {
  if (!/^[0-9a-f-]{36}$/.test(minutesId)) return null;
  const council = await councilBySlug(councilSlug);
  if (!council) return null;
  return withCouncil(council.id, async (tx) => {
    const board = await tx.board.findFirst({ where: { councilId: council.id, slug: boardSlug, isPublic: true }, select: { id: true, slug: true, name: true } });
    if (!board) return null;
    const minutes = await publicMinutesVersion(tx, board.id, minutesId);
    return minutes ? { council, board: { slug: board.slug, name: board.name }, minutes } : null;
  });
});
export type PublicMeeting = PublicBoard['coming'][number];

/**
 * A paper file for a public download: of a public board of this council, the latest
 * version of a paper that passes isPublicPaper, of a meeting whose agenda is public and
 * not cancelled. Anything else is null (404), however close.
 */
export async function findPublicPaperFile(councilSlug: string, boardSlug: string, fileId: string, now = new Date()) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(fileId)) return null;
  const council = await councilBySlug(councilSlug);
  if (!council) return null;
  const file = await withCouncil(council.id, (tx) =>
    tx.paperFile.findFirst({
      where: { id: fileId, paper: { meeting: { board: { councilId: council.id, slug: boardSlug, isPublic: true } } } },
      select: {
        fileName: true,
        contentType: true,
        sizeBytes: true,
        storageKey: true,
        versionNo: true,
        paper: {
          select: {
            marking: true,
            status: true,
            isLate: true,
            lateAcceptedAt: true,
            files: { orderBy: { versionNo: 'desc' }, take: 1, select: { id: true } },
            meeting: {
              select: {
                startsAt: true,
                status: true,
                publishedAt: true,
                agendaAgreedAt: true,
                historical: true,
                board: { select: { publicationNoticeDays: true, isPublic: true } },
              },
            },
          },
        },
      },
    }),
  );
  if (!file) return null;
  const { paper } = file;
  if (!paper.meeting.board.isPublic || !isPublicPaper(paper)) return null;
  if (paper.files[0]?.id !== fileId) return null;
  // a historical meeting's documents are the board's record, never the public page's
  if (paper.meeting.historical) return null;
  if (paper.meeting.status === 'CANCELLED' || !isAgendaPublic(paper.meeting, paper.meeting.board.publicationNoticeDays, now)) return null;
  return { fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes, storageKey: file.storageKey };
}

import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { can } from '../auth/permissions';
import { paperDeadline } from '../rules/deadlines';
import { awaitingChairConsent, mayOpenVersion, paperReader, reachesAgenda } from '../rules/paper-access';
import { standsInAt } from './route-access';
import { circulatedVersion, papersInAgendaOrder, readMeetingPapers, versionFor, waitingToCirculate, type MeetingPaper } from './meeting-papers';
import { maxUploadBytes } from './upload-limit';

const meetingId = z.string().uuid();

/**
 * The papers page of a meeting, as this person may see it: the papers item by item with
 * their versions, marking and status, the circulation deadline, what they may do here,
 * and, for administrators, who has opened each paper. Cached per request (the page's
 * title and body both ask).
 */
export const getPapersPage = cache(async (ctx: BoardContext, id: string, now = new Date()) => {
  if (!meetingId.safeParse(id).success) notFound();
  const data = await withCouncil(ctx.council.id, async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { id, boardId: ctx.board.id },
      select: { id: true, title: true, startsAt: true, endsAt: true, status: true, historical: true },
    });
    if (!meeting) return null;
    const [{ items, papers }, standingIn] = await Promise.all([readMeetingPapers(tx, meeting.id), standsInAt(tx, meeting.id, ctx.actor.id)]);
    const administrator = ctx.roles.includes('ADMINISTRATOR');
    const opens =
      administrator && papers.length
        ? await tx.paperOpened.findMany({
            where: { paperFile: { paperId: { in: papers.map((p) => p.id) } } },
            orderBy: { openedAt: 'desc' },
            select: { personId: true, openedAt: true, paperFile: { select: { paperId: true, versionNo: true } } },
          })
        : [];
    // this person's own openings, so each reader sees which papers they have not opened yet
    const mine = papers.length
      ? await tx.paperOpened.findMany({
          where: { personId: ctx.actor.id, paperFile: { paperId: { in: papers.map((p) => p.id) } } },
          distinct: ['paperFileId'],
          select: { paperFile: { select: { paperId: true } } },
        })
      : [];
    const personIds = [...new Set([...opens.map((o) => o.personId), ...papers.flatMap((p) => (p.lateAcceptedById ? [p.lateAcceptedById] : []))])];
    const people = personIds.length ? await tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } }) : [];
    return {
      meeting,
      items,
      papers,
      standingIn,
      opens,
      openedByMe: new Set(mine.map((o) => o.paperFile.paperId)),
      names: new Map(people.map((p) => [p.id, p.name])),
    };
  });
  if (!data) notFound();
  const { meeting, items, papers, standingIn, opens, openedByMe, names } = data;

  const reader = paperReader(ctx.roles, standingIn);
  const deadline = paperDeadline(meeting.startsAt, ctx.board.paperNoticeWorkingDays, ctx.region);
  const view = (p: MeetingPaper) => {
    const current = versionFor(reader, p);
    const byPerson = new Map<string, { name: string; lastOpenedAt: Date; versionNo: number; times: number }>();
    for (const o of opens.filter((o) => o.paperFile.paperId === p.id)) {
      const seen = byPerson.get(o.personId);
      if (seen) seen.times += 1;
      else byPerson.set(o.personId, { name: names.get(o.personId) ?? 'Unknown person', lastOpenedAt: o.openedAt, versionNo: o.paperFile.versionNo, times: 1 });
    }
    return {
      id: p.id,
      title: p.title,
      marking: p.marking,
      status: p.status,
      circulatedAt: p.circulatedAt,
      isLate: p.isLate,
      awaitingConsent: awaitingChairConsent(p),
      onAgenda: reachesAgenda(p),
      lateAcceptedAt: p.lateAcceptedAt,
      lateAcceptedBy: p.lateAcceptedById ? (names.get(p.lateAcceptedById) ?? null) : null,
      lateReason: p.lateReason,
      waitingToCirculate: reader === 'administrator' && waitingToCirculate(p),
      current,
      circulatedFileId: circulatedVersion(p)?.id ?? null,
      versions: p.files
        .map((f) => ({
          ...f,
          circulated: p.circulatedAt !== null && f.uploadedAt.getTime() <= p.circulatedAt.getTime(),
          canOpen: mayOpenVersion(reader, p, f.uploadedAt),
        }))
        .filter((f) => reader === 'administrator' || f.canOpen),
      openedBy: [...byPerson.values()],
      openedByMe: openedByMe.has(p.id),
    };
  };
  const ordered = papersInAgendaOrder(items, papers, reader);
  return {
    meeting,
    deadline,
    deadlinePassed: now.getTime() > deadline.getTime(),
    reader,
    standingIn,
    items: ordered.items.map((item) => ({ ...item, papers: item.papers.map(view) })),
    otherPapers: ordered.otherPapers.map(view),
    toCirculate: reader === 'administrator' ? papers.filter(waitingToCirculate).length : 0,
    can: {
      upload: can(ctx.roles, 'paper', 'create'),
      circulate: can(ctx.roles, 'paper', 'update'),
      consent: can(ctx.roles, 'paper', 'approve'),
      pack: reader !== null,
      seeOpens: ctx.roles.includes('ADMINISTRATOR'),
    },
    maxUploadBytes: maxUploadBytes(),
  };
});

export type PapersPage = Awaited<ReturnType<typeof getPapersPage>>;
export type PaperView = PapersPage['otherPapers'][number];

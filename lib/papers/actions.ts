import { boardOf, defineAction, type ActionContext } from '../action/define';
import type { AuditDraft } from '../audit/append';
import { AppError, notFound } from '../errors';
import { enqueueMail } from '../mail/outbox';
import { regionOf } from '../boards/context';
import { isLate, paperDeadline } from '../rules/deadlines';
import { awaitingChairConsent, mayOpenPaper } from '../rules/paper-access';
import { formatDateTime } from '../format';
import { acceptLateSchema, circulateSchema } from './schema';
import { circulatedVersion, readMeetingPapers, waitingToCirculate, type MeetingPaper } from './meeting-papers';
import { peopleDuePapers, reachOfPapers, unreachableNote, type Unreachable } from './recipients';
import { circulationMail, lateAcceptedMail } from './mail';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "Circulate": sends the meeting's new papers and new versions to everyone due them, one
 * email each through the outbox, and stamps them circulated. After the working-days
 * deadline they still go, marked late: they reach the agenda only once the Chair accepts
 * them (a revised version sent late needs that consent again, for what the Chair reads).
 */
/**
 * A historical meeting's papers (its minutes as a document, its reports) are filed with the
 * record, readable by the board as circulated papers are, but sent to no one and never
 * late: the meeting was held before the board came to Tabled.
 */
async function fileWithHistoricalRecord(ctx: ActionContext, meetingId: string) {
  await ctx.tx.$queryRaw`SELECT "id" FROM "Meeting" WHERE "id" = ${meetingId}::uuid FOR UPDATE`;
  const due = (await readMeetingPapers(ctx.tx, meetingId)).papers.filter(waitingToCirculate);
  if (due.length === 0) throw new AppError('INVALID', 'There are no new papers or versions to file: upload a paper first');
  const audit: AuditDraft[] = [];
  for (const p of due) {
    await ctx.tx.paper.update({ where: { id: p.id }, data: { status: 'CIRCULATED', circulatedAt: ctx.now, isLate: false } });
    const file = p.files[0]!;
    audit.push({
      kind: 'paper.circulate',
      entityType: 'Paper',
      entityId: p.id,
      before: { status: p.status },
      after: { status: 'CIRCULATED', historical: true, sentTo: [], versionNo: file.versionNo, fileName: file.fileName, sha256: file.sha256 },
    });
  }
  return {
    data: { circulated: due.map((p) => p.id), recipients: 0, unreachable: [] as Unreachable[], late: false },
    message: `Filed ${plural(due.length, 'paper')} with the historical record. No one was sent anything.`,
    audit,
  };
}

export const circulatePapers = defineAction({
  name: 'papers.circulate',
  scope: 'board',
  resource: 'paper',
  operation: 'update',
  schema: circulateSchema,
  async run(ctx, input) {
    const b = boardOf(ctx);
    const meeting = await ctx.tx.meeting.findFirst({
      where: { id: input.meetingId, boardId: b.id },
      select: { id: true, title: true, startsAt: true, status: true, historical: true, board: { select: { paperNoticeWorkingDays: true } } },
    });
    if (!meeting) throw notFound('Meeting');
    if (meeting.historical) return fileWithHistoricalRecord(ctx, meeting.id);
    if (meeting.status === 'CANCELLED') throw new AppError('INVALID', 'This meeting was cancelled, so its papers are not circulated');
    // Two administrators pressing "Circulate" at once would send everything twice.
    await ctx.tx.$queryRaw`SELECT "id" FROM "Meeting" WHERE "id" = ${meeting.id}::uuid FOR UPDATE`;

    const before = await readMeetingPapers(ctx.tx, meeting.id);
    const due = before.papers.filter(waitingToCirculate);
    if (due.length === 0) throw new AppError('INVALID', 'There are no new papers or versions to circulate: upload a paper first');
    return sendPapers(ctx, meeting, due);
  },
});

type MeetingToCirculate = { id: string; title: string; startsAt: Date; board: { paperNoticeWorkingDays: number } };

/**
 * Circulation itself: stamps these papers circulated (late after the working-days
 * deadline) and sends the meeting's papers to everyone due them, one email each through
 * the outbox. The caller has locked the meeting (FOR UPDATE) and chosen what goes:
 * "Circulate" everything waiting; a commissioned paper, only itself.
 */
export async function sendPapers(ctx: ActionContext, meeting: MeetingToCirculate, due: MeetingPaper[]) {
  const b = boardOf(ctx);
  const deadline = paperDeadline(meeting.startsAt, meeting.board.paperNoticeWorkingDays, regionOf(ctx.council.region));
  const late = isLate(ctx.now, deadline);

  const audit: AuditDraft[] = [];
  for (const p of due) {
    await ctx.tx.paper.update({
      where: { id: p.id },
      data: { status: 'CIRCULATED', circulatedAt: ctx.now, isLate: late, lateAcceptedById: null, lateAcceptedAt: null, lateReason: null },
    });
    const file = p.files[0]!;
    audit.push({
      kind: 'paper.circulate',
      entityType: 'Paper',
      entityId: p.id,
      before: { status: p.status, circulatedAt: p.circulatedAt, isLate: p.isLate, lateAcceptedAt: p.lateAcceptedAt, lateReason: p.lateReason },
      after: { status: 'CIRCULATED', circulatedAt: ctx.now, isLate: late, deadline, versionNo: file.versionNo, fileName: file.fileName, sha256: file.sha256 },
    });
  }

  const { papers } = await readMeetingPapers(ctx.tx, meeting.id);
  const { recipients, unreachable } = await reachOfPapers(ctx.tx, {
    councilId: ctx.council.id,
    boardId: b.id,
    meetingId: meeting.id,
    startsAt: meeting.startsAt,
  });
  const route = { council: ctx.council.slug, board: b.slug, meeting: meeting.id };
  const sent = new Set(due.map((p) => p.id));
  for (const to of recipients) {
    const mail = circulationMail(route, b.name, meeting, papers, to, sent);
    await enqueueMail(ctx.tx, { councilId: ctx.council.id, kind: 'papers.circulated', to: to.email, subject: mail.subject, text: mail.text });
  }
  audit.push({
    kind: 'papers.circulated',
    entityType: 'Meeting',
    entityId: meeting.id,
    after: {
      papers: due.map((p) => p.id),
      recipients: recipients.map((r) => r.personId),
      unreachable: unreachable.map((u) => ({ personId: u.personId, why: u.why })),
      late,
      deadline,
    },
  });

  const what = `Circulated ${plural(due.length, 'paper')} to ${plural(recipients.length, 'person', 'people')}${unreachableNote(unreachable)}`;
  return {
    data: { circulated: due.map((p) => p.id), recipients: recipients.length, unreachable, late },
    message: late
      ? `${what}. The deadline was ${formatDateTime(deadline)}, so ${due.length === 1 ? 'it is' : 'they are'} marked late and ${due.length === 1 ? 'needs' : 'need'} the Chair's consent to reach the agenda`
      : what,
    audit,
  };
}

/**
 * The Chair's consent to a paper circulated late, with the reason, recorded against the
 * exact version the Chair read. Only the Chair may give it (the permission table's
 * paper approve). Those due the paper are told it is now on the agenda.
 */
export const acceptLatePaper = defineAction({
  name: 'papers.acceptLate',
  scope: 'board',
  resource: 'paper',
  operation: 'approve',
  schema: acceptLateSchema,
  async run(ctx, input) {
    const b = boardOf(ctx);
    const found = await ctx.tx.paperFile.findFirst({
      where: { id: input.fileId, paper: { meeting: { boardId: b.id } } },
      select: { paperId: true, paper: { select: { meeting: { select: { id: true, title: true, startsAt: true } } } } },
    });
    if (!found) throw notFound('Paper');
    const meeting = found.paper.meeting;
    const { papers } = await readMeetingPapers(ctx.tx, meeting.id);
    const paper = papers.find((p) => p.id === found.paperId);
    if (!paper) throw notFound('Paper');
    if (!awaitingChairConsent(paper)) {
      throw new AppError(
        'INVALID',
        paper.lateAcceptedAt ? 'This late paper has already been accepted' : 'This paper is not waiting for consent: only a paper circulated late needs it',
      );
    }
    const file = circulatedVersion(paper);
    if (!file || file.id !== input.fileId) {
      throw new AppError('CONFLICT', 'A newer version of this paper was circulated after you opened the page. Read it, then decide.');
    }
    const { count } = await ctx.tx.paper.updateMany({
      where: { id: paper.id, status: 'CIRCULATED', isLate: true, lateAcceptedAt: null, circulatedAt: paper.circulatedAt },
      data: { lateAcceptedById: ctx.actor.id, lateAcceptedAt: ctx.now, lateReason: input.reason },
    });
    if (count === 0) throw new AppError('CONFLICT', 'Someone else changed this paper at the same moment. Reload the page and check it again.');

    const accepted = { ...paper, lateAcceptedAt: ctx.now, lateAcceptedById: ctx.actor.id, lateReason: input.reason };
    const recipients = await peopleDuePapers(ctx.tx, { councilId: ctx.council.id, boardId: b.id, meetingId: meeting.id, startsAt: meeting.startsAt });
    const route = { council: ctx.council.slug, board: b.slug, meeting: meeting.id };
    for (const to of recipients.filter((r) => r.personId !== ctx.actor.id && mayOpenPaper(r.reader, accepted))) {
      const mail = lateAcceptedMail(route, b.name, meeting, accepted, file.id, to, input.reason);
      await enqueueMail(ctx.tx, { councilId: ctx.council.id, kind: 'papers.late-accepted', to: to.email, subject: mail.subject, text: mail.text });
    }
    return {
      data: { paperId: paper.id },
      message: `You accepted “${paper.title}” late: it is now on the agenda`,
      audit: [
        {
          kind: 'paper.late.accept',
          entityType: 'Paper',
          entityId: paper.id,
          before: { lateAcceptedAt: null },
          after: {
            reason: input.reason,
            acceptedAt: ctx.now,
            versionNo: file.versionNo,
            fileId: file.id,
            fileName: file.fileName,
            sha256: file.sha256,
            circulatedAt: paper.circulatedAt,
          },
        },
      ],
    };
  },
});

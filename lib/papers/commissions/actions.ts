// Over 300 lines on purpose: a commission's whole life (asked for, its due date, reviewed,
// circulated, withdrawn) in one place, so that each step's checks read side by side.
import { boardOf, defineAction, type ActionContext } from '../../action/define';
import type { AuditDraft } from '../../audit/append';
import { AppError, conflict, forbidden, invalidField, notFound } from '../../errors';
import { dbDay } from '../../forms/fields';
import { dayString, formatDayLong } from '../../format';
import { regionOf } from '../../boards/context';
import { newInvitationToken } from '../../invitations/token';
import { paperDeadline } from '../../rules/deadlines';
import { londonDay } from '../../rules/london-calendar';
import { circulationRefusal, defaultCommissionDueDay, dueDayProblem, isOpenCommission, uploadLinkExpiry } from '../../rules/commissions';
import { readMeetingPapers } from '../meeting-papers';
import { sendPapers } from '../actions';
import { authorChoices, reviewerChoices } from './people';
import { mailAuthorRequest, mailDueChanged, mailWithdrawn, type CommissionMailFacts } from './mail';
import { changeDueSchema, commissionStepSchema, requestCommissionSchema, reviewCommissionSchema, withdrawCommissionSchema } from './schema';

const commissionSelect = {
  id: true,
  boardId: true,
  meetingId: true,
  agendaItemId: true,
  forwardPlanItemId: true,
  title: true,
  note: true,
  marking: true,
  authorPersonId: true,
  authorName: true,
  authorEmail: true,
  reviewerId: true,
  requestedById: true,
  dueOn: true,
  status: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  sha256: true,
  storageKey: true,
  submittedAt: true,
  submittedById: true,
  version: true,
  meeting: { select: { id: true, title: true, startsAt: true, status: true } },
  forwardPlanItem: { select: { agendaItemId: true, meeting: { select: { id: true, title: true, startsAt: true, status: true } } } },
} as const;

/** The commission named in the form, only if it is this board's (and so this council's). */
async function findCommission(ctx: ActionContext, id: string) {
  const found = await ctx.tx.paperCommission.findFirst({ where: { id, boardId: boardOf(ctx).id }, select: commissionSelect });
  if (!found) throw notFound('Commissioned paper');
  return found;
}
type Found = Awaited<ReturnType<typeof findCommission>>;

/** The meeting a commission is for: its own, or its forward plan item's once that has one. */
const meetingOf = (c: Found) => c.meeting ?? c.forwardPlanItem?.meeting ?? null;

async function boardRules(ctx: ActionContext) {
  const rules = await ctx.tx.board.findUniqueOrThrow({
    where: { id: boardOf(ctx).id },
    select: { paperNoticeWorkingDays: true, commissionDueWorkingDays: true },
  });
  return { ...rules, region: regionOf(ctx.council.region) };
}

async function hasAccountHere(ctx: ActionContext, personId: string | null) {
  if (!personId) return false;
  const m = await ctx.tx.councilMembership.findFirst({ where: { councilId: ctx.council.id, personId, endedAt: null }, select: { id: true } });
  return Boolean(m);
}

async function actorName(ctx: ActionContext) {
  const p = await ctx.tx.person.findUnique({ where: { id: ctx.actor.id }, select: { name: true } });
  return p?.name ?? 'Someone';
}

async function mailFacts(ctx: ActionContext, c: Found): Promise<CommissionMailFacts> {
  const b = boardOf(ctx);
  const meeting = meetingOf(c);
  return {
    councilId: ctx.council.id,
    councilSlug: ctx.council.slug,
    councilName: ctx.council.name,
    boardSlug: b.slug,
    boardName: b.name,
    commissionId: c.id,
    title: c.title,
    note: c.note,
    dueOn: c.dueOn,
    meeting: meeting && { title: meeting.title, startsAt: meeting.startsAt },
    authorName: c.authorName,
    authorEmail: c.authorEmail,
    authorHasAccount: await hasAccountHere(ctx, c.authorPersonId),
    askedBy: await ctx.tx.person.findUnique({ where: { id: c.requestedById }, select: { name: true, email: true } }),
  };
}

/** One step of the commission's history, as its people read it (the audit trail keeps the same, hashed). */
async function recordEvent(ctx: ActionContext, commissionId: string, kind: string, status: Found['status'], note: string | null = null) {
  await ctx.tx.commissionEvent.create({
    data: { councilId: ctx.council.id, commissionId, kind, status, note, actorId: ctx.actor.id, actorName: await actorName(ctx), at: ctx.now },
  });
}

/** Moves a commission on from the status and version the page showed, or refuses as a clash. */
async function moveOn(ctx: ActionContext, c: Found, version: number, data: Record<string, unknown>) {
  const { count } = await ctx.tx.paperCommission.updateMany({
    where: { id: c.id, version, status: c.status },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError('CONFLICT', 'Someone else changed this commissioned paper at the same moment. Reload the page and check it again.');
}

export const requestCommission = defineAction({
  name: 'commissions.request',
  scope: 'board',
  resource: 'paper',
  operation: 'create',
  schema: requestCommissionSchema,
  async run(ctx, input) {
    const b = boardOf(ctx);
    const today = londonDay(ctx.now);
    // where it comes from: an agenda item of this board's meeting, or this board's forward plan item
    let meeting: { id: string; title: string; startsAt: Date; status: string } | null = null;
    let agendaItemId: string | null = null;
    let forwardPlanItemId: string | null = null;
    if (input.agendaItemId) {
      const item = await ctx.tx.agendaItem.findFirst({
        where: { id: input.agendaItemId, meeting: { boardId: b.id } },
        select: { id: true, meeting: { select: { id: true, title: true, startsAt: true, status: true } } },
      });
      if (!item) throw notFound('Agenda item');
      agendaItemId = item.id;
      meeting = item.meeting;
    } else if (input.forwardPlanItemId) {
      const item = await ctx.tx.forwardPlanItem.findFirst({
        where: { id: input.forwardPlanItemId, boardId: b.id },
        select: { id: true, agendaItemId: true, meeting: { select: { id: true, title: true, startsAt: true, status: true } } },
      });
      if (!item) throw notFound('Forward plan item');
      forwardPlanItemId = item.id;
      agendaItemId = item.agendaItemId;
      meeting = item.meeting;
    }
    if (meeting?.status === 'CANCELLED') throw new AppError('INVALID', 'This meeting was cancelled: there is no paper to ask for');
    if (meeting && meeting.startsAt <= ctx.now) throw new AppError('INVALID', 'This meeting has already started: papers for it can no longer be commissioned');

    // the author: a seat holder of this board, or a name and an email
    let author: { personId: string | null; name: string; email: string };
    if (input.authorPersonId) {
      const holder = (await authorChoices(ctx.tx, b.id, today)).find((p) => p.id === input.authorPersonId);
      if (!holder) throw invalidField('authorPersonId', 'Choose the author from the list of seat holders');
      if (!holder.email)
        throw invalidField('authorPersonId', `${holder.name} has no email address on record: enter the author's name and email address instead`);
      author = { personId: holder.id, name: holder.name, email: holder.email.toLowerCase() };
    } else {
      // someone with an account in this council under that address sees the paper on their For you list
      const account = await ctx.tx.councilMembership.findFirst({
        where: { councilId: ctx.council.id, endedAt: null, person: { email: { equals: input.authorEmail, mode: 'insensitive' } } },
        select: { personId: true },
      });
      author = { personId: account?.personId ?? null, name: input.authorName!, email: input.authorEmail };
    }
    if (input.reviewerId && !(await reviewerChoices(ctx.tx, ctx.council.id, b.id, today)).some((p) => p.id === input.reviewerId)) {
      throw invalidField('reviewerId', 'Choose the reviewer from the list: a member or administrator of this board with an account');
    }
    // a paper is reviewed by someone other than the person who wrote it
    if (input.reviewerId && input.reviewerId === author.personId) {
      throw invalidField('reviewerId', `${author.name} is the author: choose someone else to review the paper, or no reviewer`);
    }

    // the due date: the board's default before the meeting's paper deadline, or the one given
    const rules = await boardRules(ctx);
    const deadline = meeting ? paperDeadline(meeting.startsAt, rules.paperNoticeWorkingDays, rules.region) : null;
    let dueOn = input.dueOn;
    if (!dueOn) {
      if (!meeting) throw invalidField('dueOn', 'Enter the due date: this forward plan item has no meeting date yet');
      dueOn = defaultCommissionDueDay(meeting.startsAt, rules.paperNoticeWorkingDays, rules.commissionDueWorkingDays, rules.region);
      // a meeting close at hand leaves no working days in hand: due today at the latest
      if (dueOn < today) dueOn = today;
    }
    const problem = dueDayProblem(dueOn, today, deadline);
    if (problem) throw invalidField('dueOn', problem);

    const { token, tokenHash } = newInvitationToken(ctx.council.id);
    const expiresAt = uploadLinkExpiry(meeting?.startsAt ?? null, dueOn);
    const created = await ctx.tx.paperCommission.create({
      data: {
        councilId: ctx.council.id,
        boardId: b.id,
        meetingId: meeting?.id ?? null,
        agendaItemId,
        forwardPlanItemId,
        title: input.title,
        note: input.note,
        marking: input.marking,
        authorPersonId: author.personId,
        authorName: author.name,
        authorEmail: author.email,
        reviewerId: input.reviewerId,
        dueOn: dbDay(dueOn),
        uploadTokenHash: tokenHash,
        uploadTokenExpiresAt: expiresAt,
        requestedById: ctx.actor.id,
        createdAt: ctx.now,
      },
      select: commissionSelect,
    });
    await recordEvent(ctx, created.id, 'requested', 'REQUESTED', input.note);
    await mailAuthorRequest(ctx.tx, await mailFacts(ctx, created), token, expiresAt);
    return {
      data: { commissionId: created.id, dueOn },
      message: `Asked ${author.name} for “${input.title}”, due ${formatDayLong(dbDay(dueOn))}. They have been emailed a link to upload it.`,
      audit: [
        {
          kind: 'commission.request',
          entityType: 'PaperCommission',
          entityId: created.id,
          after: {
            title: input.title,
            marking: input.marking,
            meetingId: meeting?.id ?? null,
            agendaItemId,
            forwardPlanItemId,
            authorPersonId: author.personId,
            authorEmail: author.email,
            reviewerId: input.reviewerId,
            dueOn,
            linkExpiresAt: expiresAt,
          },
        },
      ],
    };
  },
});

export const changeCommissionDue = defineAction({
  name: 'commissions.change-due',
  scope: 'board',
  resource: 'paper',
  operation: 'update',
  schema: changeDueSchema,
  async run(ctx, input) {
    const c = await findCommission(ctx, input.commissionId);
    if (!isOpenCommission(c.status)) throw new AppError('INVALID', 'This commission is closed: its due date can no longer change');
    if (c.version !== input.version) throw conflict({ dueOn: formatDayLong(c.dueOn), version: String(c.version) });
    const meeting = meetingOf(c);
    const rules = await boardRules(ctx);
    const deadline = meeting ? paperDeadline(meeting.startsAt, rules.paperNoticeWorkingDays, rules.region) : null;
    const problem = dueDayProblem(input.dueOn, londonDay(ctx.now), deadline);
    if (problem) throw invalidField('dueOn', problem);
    const before = dayString(c.dueOn);
    await moveOn(ctx, c, input.version, { dueOn: dbDay(input.dueOn) });
    await recordEvent(ctx, c.id, 'due-changed', c.status, `From ${formatDayLong(c.dueOn)} to ${formatDayLong(dbDay(input.dueOn))}`);
    // the author still writing is told; once the paper is in, the date is the administrator's record
    if (c.status === 'REQUESTED' && before !== input.dueOn) await mailDueChanged(ctx.tx, { ...(await mailFacts(ctx, c)), dueOn: dbDay(input.dueOn) }, c.dueOn);
    return {
      data: { commissionId: c.id },
      message: `“${c.title}” is now due ${formatDayLong(dbDay(input.dueOn))}`,
      audit: [{ kind: 'commission.change-due', entityType: 'PaperCommission', entityId: c.id, before: { dueOn: before }, after: { dueOn: input.dueOn } }],
    };
  },
});

/**
 * The reviewer's decision on a submitted paper: approve it (it may then be circulated),
 * or send it back to its author with what needs changing (a fresh single-use link is
 * emailed; the commission is requested again). Only the named reviewer decides.
 */
export const reviewCommission = defineAction({
  name: 'commissions.review',
  scope: 'board',
  resource: 'paper',
  operation: 'read',
  schema: reviewCommissionSchema,
  async run(ctx, input) {
    const c = await findCommission(ctx, input.commissionId);
    if (c.reviewerId !== ctx.actor.id) throw forbidden('Only the reviewer named for this paper can approve it or ask for changes');
    if (c.status !== 'SUBMITTED') {
      throw new AppError('INVALID', c.status === 'REQUESTED' ? 'The author has not submitted this paper yet' : 'This paper has already been reviewed');
    }
    if (c.version !== input.version)
      throw new AppError('CONFLICT', 'The author sent a new file after you opened the page. Reload it and read the paper again.');
    if (input.decision === 'approve') {
      await moveOn(ctx, c, input.version, { status: 'APPROVED', reviewedAt: ctx.now });
      await recordEvent(ctx, c.id, 'approved', 'APPROVED', input.note);
      return {
        data: { commissionId: c.id, status: 'APPROVED' },
        message: `You approved “${c.title}”: it can now be circulated`,
        audit: [
          {
            kind: 'commission.approve',
            entityType: 'PaperCommission',
            entityId: c.id,
            before: { status: c.status },
            after: { status: 'APPROVED', fileName: c.fileName, sha256: c.sha256, note: input.note },
          },
        ],
      };
    }
    const meeting = meetingOf(c);
    const { token, tokenHash } = newInvitationToken(ctx.council.id);
    const expiresAt = uploadLinkExpiry(meeting?.startsAt ?? null, dayString(c.dueOn));
    await moveOn(ctx, c, input.version, { status: 'REQUESTED', reviewedAt: ctx.now, uploadTokenHash: tokenHash, uploadTokenExpiresAt: expiresAt });
    await recordEvent(ctx, c.id, 'changes-requested', 'REQUESTED', input.note);
    await mailAuthorRequest(ctx.tx, await mailFacts(ctx, c), token, expiresAt, { note: input.note!, reviewerName: await actorName(ctx) });
    return {
      data: { commissionId: c.id, status: 'REQUESTED' },
      message: `You sent “${c.title}” back to ${c.authorName} with your note. They have been emailed a new link to upload it.`,
      audit: [
        {
          kind: 'commission.send-back',
          entityType: 'PaperCommission',
          entityId: c.id,
          before: { status: c.status, fileName: c.fileName, sha256: c.sha256 },
          after: { status: 'REQUESTED', note: input.note, linkExpiresAt: expiresAt },
        },
      ],
    };
  },
});

/**
 * Circulates a submitted paper (approved first, when it has a reviewer) as its agenda
 * item's paper: the author's file becomes the paper's first version, and it goes out
 * through the meeting's circulation like any other (late after the paper deadline).
 */
export const circulateCommission = defineAction({
  name: 'commissions.circulate',
  scope: 'board',
  resource: 'paper',
  operation: 'update',
  schema: commissionStepSchema,
  async run(ctx, input) {
    const c = await findCommission(ctx, input.commissionId);
    const refusal = circulationRefusal({ status: c.status, hasReviewer: Boolean(c.reviewerId) });
    if (refusal) throw new AppError('INVALID', refusal);
    const agendaItemId = c.agendaItemId ?? c.forwardPlanItem?.agendaItemId ?? null;
    if (!agendaItemId) throw new AppError('INVALID', "This forward plan item is not on a meeting's agenda yet: add it to an agenda, then circulate the paper");
    const item = await ctx.tx.agendaItem.findFirst({
      where: { id: agendaItemId, meeting: { boardId: boardOf(ctx).id } },
      select: { meeting: { select: { id: true, title: true, startsAt: true, status: true, board: { select: { paperNoticeWorkingDays: true } } } } },
    });
    if (!item) throw new AppError('INVALID', 'The agenda item this paper was for has been removed: put it back on the agenda, then circulate the paper');
    const meeting = item.meeting;
    if (meeting.status === 'CANCELLED') throw new AppError('INVALID', 'This meeting was cancelled, so its papers are not circulated');
    if (!c.storageKey || !c.fileName || !c.contentType || c.sizeBytes === null || !c.sha256)
      throw new AppError('INVALID', 'The author has not submitted a file yet');
    await ctx.tx.$queryRaw`SELECT "id" FROM "Meeting" WHERE "id" = ${meeting.id}::uuid FOR UPDATE`;
    await moveOn(ctx, c, input.version, { status: 'CIRCULATED' });

    const paper = await ctx.tx.paper.create({
      data: { councilId: ctx.council.id, meetingId: meeting.id, agendaItemId, title: c.title, marking: c.marking, createdAt: ctx.now },
      select: { id: true },
    });
    const file = await ctx.tx.paperFile.create({
      data: {
        councilId: ctx.council.id,
        paperId: paper.id,
        versionNo: 1,
        fileName: c.fileName,
        contentType: c.contentType,
        sizeBytes: c.sizeBytes,
        sha256: c.sha256,
        storageKey: c.storageKey,
        uploadedById: c.submittedById,
        uploadedAt: c.submittedAt ?? ctx.now,
      },
      select: { id: true },
    });
    await ctx.tx.paperCommission.update({ where: { id: c.id }, data: { paperId: paper.id } });
    const { papers } = await readMeetingPapers(ctx.tx, meeting.id);
    const sent = await sendPapers(
      ctx,
      meeting,
      papers.filter((p) => p.id === paper.id),
    );
    await recordEvent(ctx, c.id, 'circulated', 'CIRCULATED');
    const audit: AuditDraft[] = [
      {
        kind: 'paper.create',
        entityType: 'Paper',
        entityId: paper.id,
        after: { meetingId: meeting.id, agendaItemId, title: c.title, marking: c.marking, commissionId: c.id },
      },
      {
        kind: 'paper.upload',
        entityType: 'PaperFile',
        entityId: file.id,
        after: { paperId: paper.id, title: c.title, versionNo: 1, fileName: c.fileName, contentType: c.contentType, sizeBytes: c.sizeBytes, sha256: c.sha256 },
      },
      ...sent.audit,
      {
        kind: 'commission.circulate',
        entityType: 'PaperCommission',
        entityId: c.id,
        before: { status: c.status },
        after: { status: 'CIRCULATED', paperId: paper.id },
      },
    ];
    return { data: { commissionId: c.id, paperId: paper.id, late: sent.data.late }, message: sent.message, audit };
  },
});

export const withdrawCommission = defineAction({
  name: 'commissions.withdraw',
  scope: 'board',
  resource: 'paper',
  operation: 'update',
  schema: withdrawCommissionSchema,
  async run(ctx, input) {
    const c = await findCommission(ctx, input.commissionId);
    if (!isOpenCommission(c.status)) {
      throw new AppError('INVALID', c.status === 'CIRCULATED' ? 'This paper has already been circulated' : 'This commission was already withdrawn');
    }
    await moveOn(ctx, c, input.version, { status: 'WITHDRAWN', uploadTokenHash: null, uploadTokenExpiresAt: null });
    await recordEvent(ctx, c.id, 'withdrawn', 'WITHDRAWN', input.reason);
    await mailWithdrawn(ctx.tx, await mailFacts(ctx, c), input.reason);
    return {
      data: { commissionId: c.id },
      message: `Withdrew “${c.title}”. ${c.authorName} has been told, and the upload link no longer works.`,
      audit: [
        {
          kind: 'commission.withdraw',
          entityType: 'PaperCommission',
          entityId: c.id,
          before: { status: c.status },
          after: { status: 'WITHDRAWN', reason: input.reason },
        },
      ],
    };
  },
});

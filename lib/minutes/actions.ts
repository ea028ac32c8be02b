// Over 300 lines on purpose: the minutes' whole workflow (start, save, send to the Chair,
// return, approve, distribute, correct) stays together because each step checks the status
// the step before it left.
import { boardOf, defineAction, type ActionContext } from '../action/define';
import type { AuditDraft } from '../audit/append';
import { AppError, conflict, invalid } from '../errors';
import { formatDateTime, formatDayLong, formatLongDate } from '../format';
import { enqueueMail } from '../mail/outbox';
import { createLogAction } from '../action-log/create';
import { resolveAgreedMeeting } from '../meetings/agreed-meeting';
import { reachOfPapers, unreachableNote } from '../papers/recipients';
import { distributionState, isEditableMinutes, canCorrectMinutes, minutesHash, nextMinutesStatus, type MinutesStep } from '../rules/minutes';
import { actionField, decisionField, draftToFields, type DraftItem } from './fields';
import { advisoryDecisionMessage, decisionsOfAdvisoryBoard } from '../rules/recommendations';
import { carryOutcomes, checkRecommendations } from './recommendations';
import { liveAttendance, liveDeclarations, liveQuorum, loadMinutes, minutesText, refuseIfNotLatest, refuseIfSigned, type LoadedMinutes } from './load';
import { approveSchema, confirmSchema, correctSchema, returnSchema, saveDraftSchema, startMinutesSchema, stepSchema } from './schema';
import { chairReviewMail, distributionMail, returnedMail } from './mail';
import { mailMinutesPublished } from '../public/subscriber-mail';
import { statusLabel } from './labels';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The draft as stored, in the editor's own terms (to show beside what was just typed after a clash). */
export function storedDraft(v: Pick<LoadedMinutes, 'items'>): DraftItem[] {
  return v.items.map((i) => ({
    position: i.position,
    discussion: i.discussion,
    decisions: i.decisions.map((d) => ({ kind: d.kind, text: d.text, decisionMaker: d.decisionMaker ?? '' })),
    actions: i.actionsArising.map((a) => ({
      description: a.description,
      ownerSeatId: a.ownerSeatId ?? '',
      dueOn: a.dueOn ? day(a.dueOn) : '',
      actionId: a.actionId ?? '',
    })),
  }));
}

/** A step of the workflow from the version's status, or a clear refusal naming where it stands. */
function stepOrRefuse(v: Pick<LoadedMinutes, 'status' | 'versionNo'>, step: MinutesStep, what: string) {
  const next = nextMinutesStatus(v.status, step);
  if (!next)
    throw new AppError(
      'CONFLICT',
      `Version ${v.versionNo} of the minutes is ${statusLabel(v.status).toLowerCase()}, so it cannot be ${what} now. Reload the page to see where it stands.`,
    );
  return next;
}

/** Moves a version on one step, guarded by the version the form was rendered from. */
async function advance(ctx: ActionContext, v: LoadedMinutes, formVersion: number, data: Record<string, unknown>) {
  const { count } = await ctx.tx.minutesVersion.updateMany({
    where: { id: v.id, version: formVersion, status: v.status },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError('CONFLICT', 'The minutes changed while you were reading them. Reload the page, check them, then try again.');
}

/**
 * Everything the Chair needs before approving: each recommendation names who decides
 * (the board is advisory), each action arising has an owner and a due date. Messages
 * link to the editor's fields.
 */
function completenessErrors(v: LoadedMinutes, advisory: boolean): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const r of advisoryDecisions(v, advisory)) errors[decisionField(r.position, r.key, 'kind')] = [advisoryDecisionMessage(r.position, r.key)];
  for (const item of v.items) {
    item.decisions.forEach((d, i) => {
      if (!d.text.trim())
        errors[decisionField(item.position, i + 1, 'text')] = [`Item ${item.position}: enter the text of decision or recommendation ${i + 1}`];
      if (d.kind === 'RECOMMENDATION' && !d.decisionMaker?.trim()) {
        errors[decisionField(item.position, i + 1, 'maker')] = [
          `Item ${item.position}: say who decides on recommendation ${i + 1} (for example Cabinet, the Chief Executive or a director)`,
        ];
      }
    });
    item.actionsArising.forEach((a, i) => {
      if (!a.description.trim()) errors[actionField(item.position, i + 1, 'description')] = [`Item ${item.position}: describe action ${i + 1}`];
      if (!a.ownerSeatId) errors[actionField(item.position, i + 1, 'owner')] = [`Item ${item.position}: choose who owns action ${i + 1}`];
      if (!a.dueOn) errors[actionField(item.position, i + 1, 'due')] = [`Item ${item.position}: enter a due date for action ${i + 1}`];
    });
  }
  return errors;
}

/** The decisions an advisory board's stored minutes hold (made before the board became advisory, say). */
const advisoryDecisions = (v: Pick<LoadedMinutes, 'items'>, advisory: boolean) =>
  decisionsOfAdvisoryBoard(
    advisory,
    v.items.map((i) => ({ position: i.position, kinds: i.decisions.map((d, k) => ({ key: k + 1, kind: d.kind })) })),
  );

const isAdvisory = async (ctx: ActionContext, boardId: string) =>
  (await ctx.tx.board.findUniqueOrThrow({ where: { id: boardId }, select: { advisory: true } })).advisory;

/**
 * An administrator starts the minutes of a meeting that has taken place: one section per
 * agenda item, in the agenda's order (a meeting with no agenda gets one section).
 */
export const startMinutes = defineAction({
  name: 'minutes.create',
  scope: 'board',
  resource: 'minutes',
  operation: 'create',
  schema: startMinutesSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const meeting = await resolveAgreedMeeting(ctx.tx, board.id, input.meetingId, ctx.now, 'meetingId');
    if (!meeting) throw new AppError('NOT_FOUND', 'That meeting was not found');
    if (meeting.historical)
      throw new AppError('CONFLICT', 'This is a historical record: its minutes were approved outside Tabled and are kept with the meeting');
    const existing = await ctx.tx.minutesVersion.findFirst({ where: { meetingId: meeting.id }, select: { id: true } });
    if (existing) throw new AppError('CONFLICT', 'The minutes of this meeting have already been started. Reload the page to work on them.');
    const agenda = await ctx.tx.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: { position: 'asc' }, select: { id: true, title: true } });
    const sections = agenda.length ? agenda.map((a) => ({ agendaItemId: a.id, heading: a.title })) : [{ agendaItemId: null, heading: 'Minutes' }];
    const created = await ctx.tx.minutesVersion.create({
      data: {
        councilId: ctx.council.id,
        meetingId: meeting.id,
        versionNo: 1,
        status: 'DRAFT',
        items: {
          create: sections.map((s, i) => ({ councilId: ctx.council.id, agendaItemId: s.agendaItemId, heading: s.heading, discussion: '', position: i + 1 })),
        },
      },
      select: { id: true },
    });
    return {
      data: { id: created.id, versionNo: 1 },
      message: `Minutes started for ${meeting.title} on ${formatLongDate(meeting.startsAt)}`,
      audit: [
        {
          kind: 'minutes.create',
          entityType: 'MinutesVersion',
          entityId: created.id,
          after: { meetingId: meeting.id, versionNo: 1, items: sections.map((s) => s.heading) },
        },
      ],
    };
  },
});

/**
 * Saves the whole draft (the editor saves as you type). The save names the version it
 * was editing; if someone else saved in between it is refused with their text, so both
 * can be seen and neither is lost.
 */
export const saveMinutesDraft = defineAction({
  name: 'minutes.update',
  scope: 'board',
  resource: 'minutes',
  operation: 'update',
  schema: saveDraftSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const v = await loadMinutes(ctx.tx, board.id, input.minutesId);
    refuseIfSigned(v);
    await refuseIfNotLatest(ctx.tx, v);
    if (!isEditableMinutes(v.status)) {
      throw new AppError('CONFLICT', `Version ${v.versionNo} is with the Chair. To change it, ask the Chair to return it with comments.`);
    }
    const positions = new Set(v.items.map((i) => i.position));
    if ([...input.items.keys()].some((p) => !positions.has(p))) {
      throw new AppError('INVALID', "The form does not match these minutes' items. Copy anything you typed, then reload the page.");
    }
    // every owner named must hold a seat on this board (another board's seat is refused like a foreign id)
    const owners = [...new Set([...input.items.values()].flatMap((i) => i.actions.map((a) => a.row.ownerSeatId)).filter(Boolean))];
    if (owners.length) {
      const seats = await ctx.tx.seat.findMany({ where: { id: { in: owners }, boardId: board.id }, select: { id: true } });
      if (seats.length !== owners.length) throw new AppError('NOT_FOUND', 'That owner was not found on this board');
    }
    // an advisory board's minutes hold recommendations only, each naming who decides from the council's list
    const makerIds = await checkRecommendations(ctx, v, input.items, await isAdvisory(ctx, board.id));

    const { count } = await ctx.tx.minutesVersion.updateMany({
      where: { id: v.id, version: input.version, status: v.status },
      data: { version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await loadMinutes(ctx.tx, board.id, v.id);
      refuseIfSigned(current);
      if (!isEditableMinutes(current.status))
        throw new AppError('CONFLICT', `Version ${v.versionNo} has been sent to the Chair since you opened it, so it can no longer be edited here.`);
      throw conflict({ version: String(current.version), ...draftToFields(storedDraft(current)) });
    }
    // A row keeps its link to the log action it already raised (a correction's copy of an
    // approved action) through the editor's hidden per-row field, whatever its words now
    // say. Only links this version already holds are accepted, each by one row at most.
    const held = new Set(v.items.flatMap((i) => i.actionsArising.map((a) => a.actionId).filter((id): id is string => !!id)));
    const used = new Set<string>();
    const plan: { item: (typeof v.items)[number]; after: DraftItem }[] = [];
    for (const item of v.items) {
      const next = input.items.get(item.position);
      if (!next) {
        for (const a of item.actionsArising) if (a.actionId) used.add(a.actionId);
        continue;
      }
      const actions = next.actions.map(({ row }) => {
        const link = row.actionId && held.has(row.actionId) && !used.has(row.actionId) ? row.actionId : '';
        if (link) used.add(link);
        return { ...row, actionId: link };
      });
      plan.push({
        item,
        after: { position: item.position, discussion: next.discussion ?? item.discussion, decisions: next.decisions.map((d) => d.row), actions },
      });
    }
    const changed: number[] = [];
    for (const { item, after } of plan) {
      const before = storedDraft({ items: [item] })[0]!;
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      changed.push(item.position);
      await ctx.tx.minutesItem.updateMany({ where: { id: item.id, minutesVersionId: v.id }, data: { discussion: after.discussion } });
      await ctx.tx.decision.deleteMany({ where: { minutesItemId: item.id } });
      await ctx.tx.minutesActionArising.deleteMany({ where: { minutesItemId: item.id } });
      if (after.decisions.length) {
        await ctx.tx.decision.createMany({
          data: after.decisions.map((d, i) => ({
            councilId: ctx.council.id,
            meetingId: v.meetingId,
            minutesItemId: item.id,
            kind: d.kind,
            text: d.text,
            decisionMaker: d.decisionMaker || null,
            decisionMakerId: makerIds.get(d) ?? null,
            position: i + 1,
          })),
        });
      }
      if (after.actions.length) {
        await ctx.tx.minutesActionArising.createMany({
          data: after.actions.map((a, i) => ({
            councilId: ctx.council.id,
            minutesItemId: item.id,
            position: i + 1,
            description: a.description,
            ownerSeatId: a.ownerSeatId || null,
            dueOn: a.dueOn ? new Date(`${a.dueOn}T00:00:00Z`) : null,
            actionId: a.actionId || null,
          })),
        });
      }
    }
    // the draft as now stored, so the editor can take the server's rows (and their numbers)
    const planned = new Map(plan.map((x) => [x.item.id, x.after]));
    const draft = v.items.map((item) => planned.get(item.id) ?? storedDraft({ items: [item] })[0]!);
    return {
      data: { version: input.version + 1, savedAt: ctx.now.toISOString(), draft },
      message: changed.length ? `Draft saved at ${formatDateTime(ctx.now)}` : 'There were no changes to save',
      audit: changed.length
        ? [{ kind: 'minutes.update', entityType: 'MinutesVersion', entityId: v.id, after: { versionNo: v.versionNo, items: changed } }]
        : [],
    };
  },
});

/** The administrator sends a complete draft to the Chair, who is told by email. */
export const sendMinutesToChair = defineAction({
  name: 'minutes.send',
  scope: 'board',
  resource: 'minutes',
  operation: 'update',
  schema: stepSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const v = await loadMinutes(ctx.tx, board.id, input.minutesId);
    refuseIfSigned(v);
    await refuseIfNotLatest(ctx.tx, v);
    const next = stepOrRefuse(v, 'send', 'sent to the Chair');
    const errors = completenessErrors(v, await isAdvisory(ctx, board.id));
    if (Object.keys(errors).length) throw new AppError('INVALID', 'Complete the minutes before sending them to the Chair', errors);
    await advance(ctx, v, input.version, { status: next, sentToChairAt: ctx.now });
    const chairs = await ctx.tx.person.findMany({
      where: {
        email: { not: null },
        disabledAt: null,
        memberships: { some: { councilId: ctx.council.id, endedAt: null } },
        OR: [
          { seats: { some: { boardId: board.id, role: { in: ['INDEPENDENT_CHAIR', 'CHAIR'] }, OR: [{ endsOn: null }, { endsOn: { gte: ctx.now } }] } } },
          { boardAccess: { some: { boardId: board.id, role: 'CHAIR' } } },
        ],
      },
      select: { name: true, email: true },
    });
    const route = { council: ctx.council.slug, board: board.slug, meeting: v.meeting.id };
    for (const chair of chairs) {
      const mail = chairReviewMail(route, board.name, v.meeting, v.versionNo, chair.name);
      await enqueueMail(ctx.tx, { councilId: ctx.council.id, kind: 'minutes.sent-to-chair', to: chair.email!, subject: mail.subject, text: mail.text });
    }
    return {
      data: { versionNo: v.versionNo },
      message: `Version ${v.versionNo} of the minutes sent to the Chair`,
      audit: [
        {
          kind: 'minutes.send',
          entityType: 'MinutesVersion',
          entityId: v.id,
          before: { status: v.status },
          after: { status: next, versionNo: v.versionNo, notified: chairs.length },
        },
      ],
    };
  },
});

/** The Chair returns the minutes with comments; the comments stay with the version. */
export const returnMinutes = defineAction({
  name: 'minutes.return',
  scope: 'board',
  resource: 'minutes',
  operation: 'approve',
  schema: returnSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const v = await loadMinutes(ctx.tx, board.id, input.minutesId);
    refuseIfSigned(v);
    await refuseIfNotLatest(ctx.tx, v);
    const next = stepOrRefuse(v, 'return', 'returned');
    await advance(ctx, v, input.version, { status: next, chairComments: input.comments });
    const admins = await ctx.tx.person.findMany({
      where: {
        email: { not: null },
        disabledAt: null,
        OR: [
          { boardAccess: { some: { boardId: board.id, role: 'ADMINISTRATOR' } } },
          { memberships: { some: { councilId: ctx.council.id, endedAt: null, role: { in: ['OWNER', 'ADMIN'] } } } },
        ],
        memberships: { some: { councilId: ctx.council.id, endedAt: null } },
      },
      select: { name: true, email: true },
    });
    const route = { council: ctx.council.slug, board: board.slug, meeting: v.meeting.id };
    for (const admin of admins) {
      const mail = returnedMail(route, board.name, v.meeting, v.versionNo, admin.name, input.comments);
      await enqueueMail(ctx.tx, { councilId: ctx.council.id, kind: 'minutes.returned', to: admin.email!, subject: mail.subject, text: mail.text });
    }
    return {
      data: { versionNo: v.versionNo },
      message: `Version ${v.versionNo} returned to the administrator with your comments`,
      audit: [
        {
          kind: 'minutes.return',
          entityType: 'MinutesVersion',
          entityId: v.id,
          before: { status: v.status },
          after: { status: next, comments: input.comments },
        },
      ],
    };
  },
});

/**
 * The Chair approves exactly the text shown: the hash of that text is recomputed and must
 * match the one on the form. Approval records the Chair, the time, the hash and the
 * attendance as it then stood, supersedes the version this one corrects, and puts the
 * actions arising into the board's action log.
 *
 * Actions enter the log at approval, not when the draft is sent: until the Chair approves,
 * the minutes (and so their actions) may still be returned and changed, and the log must
 * only carry actions the record will show. Each is raised once: the arising row keeps the
 * log action's id, and a correction's copy keeps it too, so approving a correction raises
 * only actions that are new.
 */
export const approveMinutes = defineAction({
  name: 'minutes.approve',
  scope: 'board',
  resource: 'minutes',
  operation: 'approve',
  schema: approveSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const v = await loadMinutes(ctx.tx, board.id, input.minutesId);
    refuseIfSigned(v);
    await refuseIfNotLatest(ctx.tx, v);
    const next = stepOrRefuse(v, 'approve', 'approved');
    const attendance = await liveAttendance(ctx.tx, v.meetingId);
    const quorum = await liveQuorum(ctx.tx, v.meetingId);
    const declarations = await liveDeclarations(ctx.tx, v.meetingId);
    const text = minutesText(v, attendance, quorum, declarations);
    const hash = minutesHash(text);
    const changedSince = 'The minutes changed after you opened them. Reload the page, read them again, then approve.';
    if (v.version !== input.version || hash !== input.textHash) throw new AppError('CONFLICT', changedSince);
    const decisions = advisoryDecisions(v, await isAdvisory(ctx, board.id));
    if (decisions.length)
      throw new AppError(
        'INVALID',
        `This board is advisory: it takes no decisions, but these minutes record ${decisions.length === 1 ? 'a decision' : `${decisions.length} decisions`} of the board (item ${[...new Set(decisions.map((d) => d.position))].join(', ')}). Return them to the administrator to record recommendations naming who decides.`,
      );

    const raised: { reference: string; description: string }[] = [];
    const updated: string[] = [];
    const leftAlone: { reference: string; status: string }[] = [];
    const actionAudit: AuditDraft[] = [];
    for (const item of v.items) {
      for (const a of item.actionsArising) {
        if (a.actionId && a.dueOn) {
          // a correction that rewords, reassigns or re-dates an action already in the log
          // changes that log action (it is the same action), unless it is closed or dropped
          const log = await ctx.tx.action.findFirst({
            where: { id: a.actionId, boardId: board.id },
            select: { id: true, reference: true, status: true, description: true, ownerSeatId: true, ownerAgency: true, dueOn: true },
          });
          if (!log) continue;
          const want = { description: a.description, ownerSeatId: a.ownerSeatId, ownerAgency: a.ownerSeat?.agency ?? null, dueOn: day(a.dueOn) };
          const had = { description: log.description, ownerSeatId: log.ownerSeatId, ownerAgency: log.ownerAgency, dueOn: day(log.dueOn) };
          if (want.description === had.description && want.ownerSeatId === had.ownerSeatId && want.dueOn === had.dueOn) continue;
          if (log.status === 'CLOSED' || log.status === 'DROPPED') {
            leftAlone.push({ reference: log.reference, status: log.status === 'CLOSED' ? 'closed' : 'dropped' });
            continue;
          }
          await ctx.tx.action.update({
            where: { id: log.id },
            data: { description: want.description, ownerSeatId: want.ownerSeatId, ownerAgency: want.ownerAgency, dueOn: a.dueOn, version: { increment: 1 } },
          });
          updated.push(log.reference);
          actionAudit.push({
            kind: 'action.update',
            entityType: 'Action',
            entityId: log.id,
            before: had,
            after: { ...want, reference: log.reference, byMinutesVersion: v.versionNo },
          });
          continue;
        }
        if (a.actionId || !a.dueOn) continue;
        const action = await createLogAction(
          ctx.tx,
          {
            councilId: ctx.council.id,
            boardId: board.id,
            description: a.description,
            ownerSeatId: a.ownerSeatId,
            ownerAgency: a.ownerSeat?.agency ?? null,
            dueOn: day(a.dueOn),
            sourceMeetingId: v.meetingId,
            sourceMinutesItemId: item.id,
          },
          ctx.now,
        );
        await ctx.tx.minutesActionArising.updateMany({ where: { id: a.id, actionId: null }, data: { actionId: action.id } });
        raised.push({ reference: action.reference, description: a.description });
      }
    }
    const { count } = await ctx.tx.minutesVersion.updateMany({
      where: { id: v.id, version: input.version, status: 'SENT_TO_CHAIR' },
      data: {
        status: next,
        approvedById: ctx.actor.id,
        approvedAt: ctx.now,
        approvedHash: hash,
        attendanceSnapshot: attendance,
        quorumSnapshot: quorum,
        declarationsSnapshot: declarations,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError('CONFLICT', changedSince);
    const audit: AuditDraft[] = [
      {
        kind: 'minutes.approve',
        entityType: 'MinutesVersion',
        entityId: v.id,
        before: { status: v.status },
        after: {
          status: next,
          versionNo: v.versionNo,
          approvedHash: hash,
          approvedAt: ctx.now,
          actionsRaised: raised.map((r) => r.reference),
          actionsUpdated: updated,
          actionsLeftAsTheyAre: leftAlone.map((l) => l.reference),
        },
      },
      ...actionAudit,
    ];
    if (v.previousVersionId) {
      const superseded = await ctx.tx.minutesVersion.updateMany({
        where: { id: v.previousVersionId, status: { in: ['APPROVED', 'DISTRIBUTED', 'CONFIRMED'] } },
        data: { status: 'SUPERSEDED' },
      });
      if (superseded.count) await carryOutcomes(ctx, v.previousVersionId, v);
      if (superseded.count)
        audit.push({
          kind: 'minutes.supersede',
          entityType: 'MinutesVersion',
          entityId: v.previousVersionId,
          after: { status: 'SUPERSEDED', by: v.versionNo },
        });
    }
    const { minutesDistributionDays } = await ctx.tx.board.findUniqueOrThrow({ where: { id: board.id }, select: { minutesDistributionDays: true } });
    const due = distributionState({ meetingEndsAt: v.meeting.endsAt, days: minutesDistributionDays, distributedAt: null, now: ctx.now });
    const added = raised.length
      ? ` ${raised.length === 1 ? 'One action' : `${raised.length} actions`} added to the action log (${raised.map((r) => r.reference).join(', ')}).`
      : '';
    const changedInLog = updated.length
      ? ` ${updated.join(', ')} ${updated.length === 1 ? 'was' : 'were'} updated in the action log to match the correction.`
      : '';
    const notChanged = leftAlone
      .map((l) => ` ${l.reference} is ${l.status}, so it was left as it is in the action log; change it there if it needs changing.`)
      .join('');
    const actions = `${added}${changedInLog}${notChanged}`;
    return {
      data: { versionNo: v.versionNo, hash, actions: raised, updated, leftAlone: leftAlone.map((l) => l.reference) },
      message: `Version ${v.versionNo} of the minutes approved.${actions} Distribution ${due.kind === 'overdue' ? 'was' : 'is'} due by ${formatDayLong(new Date(`${due.dueOn}T00:00:00Z`))}.`,
      audit,
    };
  },
});

/**
 * The administrator distributes approved minutes to the members, through the outbox, and
 * the time is recorded. Distributing after the due day is allowed and recorded as late.
 */
export const distributeMinutes = defineAction({
  name: 'minutes.distribute',
  scope: 'board',
  resource: 'minutes',
  operation: 'update',
  schema: stepSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const v = await loadMinutes(ctx.tx, board.id, input.minutesId);
    await refuseIfNotLatest(ctx.tx, v);
    const next = stepOrRefuse(v, 'distribute', 'distributed');
    await advance(ctx, v, input.version, { status: next, distributedAt: ctx.now });
    const { recipients, unreachable } = await reachOfPapers(ctx.tx, {
      councilId: ctx.council.id,
      boardId: board.id,
      meetingId: v.meetingId,
      startsAt: v.meeting.startsAt,
    });
    const route = { council: ctx.council.slug, board: board.slug, meeting: v.meeting.id };
    for (const to of recipients) {
      const mail = distributionMail(route, board.name, v.meeting, v.versionNo, to.name, v.approvedBy?.name ?? null, v.approvedAt);
      await enqueueMail(ctx.tx, { councilId: ctx.council.id, kind: 'minutes.distributed', to: to.email, subject: mail.subject, text: mail.text });
    }
    // distributed minutes of a public board are on its public page (lib/minutes/public.ts)
    await mailMinutesPublished(ctx.tx, v.id);
    const { minutesDistributionDays } = await ctx.tx.board.findUniqueOrThrow({ where: { id: board.id }, select: { minutesDistributionDays: true } });
    const state = distributionState({ meetingEndsAt: v.meeting.endsAt, days: minutesDistributionDays, distributedAt: ctx.now, now: ctx.now });
    const late = state.kind === 'distributed' && state.late;
    const when = formatDayLong(new Date(`${state.dueOn}T00:00:00Z`));
    return {
      data: { recipients: recipients.length, unreachable, late },
      message: `Minutes distributed to ${recipients.length} ${recipients.length === 1 ? 'person' : 'people'}${late ? `. They were due by ${when}, so they are recorded as late` : ''}${unreachableNote(unreachable)}`,
      audit: [
        {
          kind: 'minutes.distribute',
          entityType: 'MinutesVersion',
          entityId: v.id,
          before: { status: v.status },
          after: {
            status: next,
            distributedAt: ctx.now,
            dueOn: state.dueOn,
            late,
            recipients: recipients.map((r) => r.personId),
            unreachable: unreachable.map((u) => ({ personId: u.personId, why: u.why })),
          },
        },
      ],
    };
  },
});

/** At a later meeting the board confirms the distributed minutes as an accurate record. */
export const confirmMinutes = defineAction({
  name: 'minutes.confirm',
  scope: 'board',
  resource: 'minutes',
  operation: 'update',
  schema: confirmSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const v = await loadMinutes(ctx.tx, board.id, input.minutesId);
    const at = await resolveAgreedMeeting(ctx.tx, board.id, input.meetingId, ctx.now, 'meetingId');
    if (!at) throw new AppError('NOT_FOUND', 'That meeting was not found');
    await refuseIfNotLatest(ctx.tx, v);
    const next = stepOrRefuse(v, 'confirm', 'confirmed');
    if (at.id === v.meetingId || at.startsAt <= v.meeting.startsAt) {
      throw invalid({ meetingId: ['Choose a later meeting of this board: minutes are confirmed at a meeting after the one they record'] });
    }
    await advance(ctx, v, input.version, { status: next, confirmedAtMeetingId: at.id });
    return {
      data: { versionNo: v.versionNo },
      message: `Minutes confirmed as an accurate record at ${at.title} on ${formatLongDate(at.startsAt)}`,
      audit: [
        {
          kind: 'minutes.confirm',
          entityType: 'MinutesVersion',
          entityId: v.id,
          before: { status: v.status },
          after: { status: next, confirmedAtMeetingId: at.id },
        },
      ],
    };
  },
});

/**
 * A correction of approved minutes is a new version, copied from the approved text and
 * linked to it. The approved version stays the record until the Chair approves the
 * correction, which then supersedes it.
 */
export const correctMinutes = defineAction({
  name: 'minutes.correct',
  scope: 'board',
  resource: 'minutes',
  operation: 'create',
  schema: correctSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const v = await loadMinutes(ctx.tx, board.id, input.minutesId);
    await refuseIfNotLatest(ctx.tx, v);
    if (v.status === 'APPROVED') {
      throw new AppError(
        'CONFLICT',
        `Version ${v.versionNo} has been approved but not yet distributed. Distribute it to the members first, then start a correction.`,
      );
    }
    if (!canCorrectMinutes(v.status))
      throw new AppError('CONFLICT', `Version ${v.versionNo} has not been approved: edit it rather than starting a correction.`);
    if (v.version !== input.version) throw new AppError('CONFLICT', 'The minutes changed while you were reading them. Reload the page, then try again.');
    const versionNo = v.versionNo + 1;
    const created = await ctx.tx.minutesVersion.create({
      data: { councilId: ctx.council.id, meetingId: v.meetingId, versionNo, status: 'DRAFT', previousVersionId: v.id },
      select: { id: true },
    });
    for (const item of v.items) {
      await ctx.tx.minutesItem.create({
        data: {
          councilId: ctx.council.id,
          minutesVersionId: created.id,
          agendaItemId: item.agendaItemId,
          position: item.position,
          heading: item.heading,
          discussion: item.discussion,
          decisions: {
            create: item.decisions.map((d, i) => ({
              councilId: ctx.council.id,
              meetingId: v.meetingId,
              kind: d.kind,
              text: d.text,
              decisionMaker: d.decisionMaker,
              decisionMakerId: d.decisionMakerId,
              position: i + 1,
            })),
          },
          actionsArising: {
            create: item.actionsArising.map((a) => ({
              councilId: ctx.council.id,
              position: a.position,
              description: a.description,
              ownerSeatId: a.ownerSeatId,
              dueOn: a.dueOn,
              actionId: a.actionId,
            })),
          },
        },
      });
    }
    return {
      data: { versionNo },
      message: `Correction started: version ${versionNo}, copied from version ${v.versionNo}. Version ${v.versionNo} stays the record until the Chair approves the correction.`,
      audit: [
        {
          kind: 'minutes.correct',
          entityType: 'MinutesVersion',
          entityId: created.id,
          after: { versionNo, previousVersionId: v.id, previousVersionNo: v.versionNo },
        },
      ],
    };
  },
});

import { boardOf, defineAction } from '../action/define';
import { AppError, conflict, invalid } from '../errors';
import { formatDayLong, formatLongDate } from '../format';
import { displayLabel, nextDraftNumber, versionInSentence, versionLabel } from './numbering';
import { termsHash } from './hash';
import { STANDARD_SECTIONS, emptySections } from './sections';
import { agreeSchema, approveSchema, bodyField, createDraftSchema, editSectionsSchema, headingField } from './schema';
import { latestVersion, loadVersion, refuseIfAgreed, refuseIfNotLatest, refuseIfSigned, type LoadedVersion } from './guards';
import { signVersion } from './approval';
import { hasBegun } from '../rules/meetings';

const draftTitle = (label: string) => `Terms of Reference ${label} (draft)`;

/**
 * The draft as someone else saved it, in the form's own field names, to show beside the
 * words just typed: only the fields that differ, so the person sees at once what to
 * reconcile, and the new version so that their next save (having seen both) goes through.
 */
function clashValues(v: LoadedVersion, typed: Map<number, { heading?: string; body?: string }>): Record<string, string> {
  const values: Record<string, string> = { version: String(v.version) };
  for (const s of v.sections) {
    const mine = typed.get(s.position);
    if (mine?.heading !== s.heading) values[headingField(s.position)] = s.heading;
    if (mine?.body !== s.body) values[bodyField(s.position)] = s.body;
  }
  return values;
}

/**
 * An administrator starts a new draft from the board's latest version, copying its
 * sections (the first ever draft, 0.1, starts from the standard headings). The form names
 * the version it copies, so two people starting drafts at once cannot both succeed.
 */
export const createTermsDraft = defineAction({
  name: 'terms.create',
  scope: 'board',
  resource: 'terms',
  operation: 'create',
  schema: createDraftSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const latest = await latestVersion(ctx.tx, board.id);
    if (input.fromVersionId && latest?.id !== input.fromVersionId) {
      const named = await ctx.tx.termsVersion.findFirst({ where: { id: input.fromVersionId, boardId: board.id }, select: { id: true } });
      if (!named) throw new AppError('NOT_FOUND', 'That version of the terms of reference was not found');
    }
    if (latest && latest.id !== input.fromVersionId) {
      throw new AppError('CONFLICT', `Someone has started ${versionInSentence(latest)} since this page was opened. Reload the page and work on that version.`);
    }
    if (latest?.status === 'DRAFT') {
      throw new AppError('CONFLICT', `${displayLabel(latest)} is still a draft: edit it rather than starting another.`);
    }
    if (input.number && latest) {
      throw invalid({ number: [`The numbering continues from ${versionInSentence(latest)}: leave the number empty`] });
    }
    if (input.number && input.number.minor === 0) throw invalid({ number: ['A draft’s number has a point, like 0.1 or 0.2'] });
    const number = input.number ?? nextDraftNumber(latest);
    const label = versionLabel(number);
    const shown = versionInSentence({ ...number, label: input.label });
    const sections = latest ? latest.sections : STANDARD_SECTIONS.map((s, i) => ({ ...s, body: '', format: 'PARAGRAPHS' as const, position: i + 1 }));
    const created = await ctx.tx.termsVersion.create({
      data: {
        councilId: ctx.council.id,
        boardId: board.id,
        ...number,
        label: input.label,
        status: 'DRAFT',
        title: draftTitle(displayLabel({ ...number, label: input.label })),
        previousVersionId: latest?.id ?? null,
        sections: {
          create: sections.map((s) => ({ councilId: ctx.council.id, kind: s.kind, heading: s.heading, body: s.body, format: s.format, position: s.position })),
        },
      },
      select: { id: true },
    });
    const from = latest ? versionInSentence(latest) : null;
    return {
      data: { id: created.id, label },
      message: from ? `Draft ${shown} started from ${from}` : `Draft ${shown} started`,
      audit: [
        {
          kind: 'terms.create',
          entityType: 'TermsVersion',
          entityId: created.id,
          after: { version: label, label: displayLabel({ ...number, label: input.label }), from, sections: sections.map((s) => s.heading) },
        },
      ],
    };
  },
});

/**
 * An administrator saves a draft's sections. The save names the version it was editing;
 * if someone else saved in between, it is refused with their text so both can be seen.
 */
export const saveTermsDraft = defineAction({
  name: 'terms.update',
  scope: 'board',
  resource: 'terms',
  operation: 'update',
  schema: editSectionsSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const draft = await loadVersion(ctx.tx, board.id, input.termsId);
    refuseIfSigned(draft);
    refuseIfAgreed(draft);
    await refuseIfNotLatest(ctx.tx, board.id, draft);
    const positions = new Set(draft.sections.map((s) => s.position));
    const complete = draft.sections.every((s) => input.sections.get(s.position)?.heading !== undefined && input.sections.get(s.position)?.body !== undefined);
    if (!complete || [...input.sections.keys()].some((p) => !positions.has(p))) {
      throw new AppError('INVALID', "The form does not match this draft's sections. Copy anything you typed, then reload the page.");
    }
    const formatOf = (s: { position: number; format: LoadedVersion['sections'][number]['format'] }) => input.formats.get(s.position) ?? s.format;
    const differs = (s: LoadedVersion['sections'][number]) => {
      const next = input.sections.get(s.position);
      return next?.heading !== s.heading || next?.body !== s.body || formatOf(s) !== s.format;
    };
    const relabel = input.label !== undefined && input.label !== draft.label;
    // identical to what is stored: nothing to save, and nobody's words are at risk
    if (!draft.sections.some(differs) && !relabel) return { data: { version: draft.version }, message: 'There were no changes to save', audit: [] };

    const { count } = await ctx.tx.termsVersion.updateMany({
      where: { id: draft.id, version: input.version, status: 'DRAFT' },
      data: {
        version: { increment: 1 },
        ...(relabel ? { label: input.label, title: draftTitle(displayLabel({ ...draft, label: input.label ?? null })) } : {}),
      },
    });
    if (count === 0) {
      const current = await loadVersion(ctx.tx, board.id, draft.id);
      refuseIfSigned(current);
      refuseIfAgreed(current);
      throw conflict(clashValues(current, input.sections));
    }
    // read again now that this save holds the draft's row lock: compare with what is really stored
    const stored = await loadVersion(ctx.tx, board.id, draft.id);
    const changed = stored.sections.filter(differs);
    for (const s of changed) {
      const next = input.sections.get(s.position);
      await ctx.tx.termsSection.updateMany({
        where: { id: s.id, termsVersionId: draft.id },
        data: { heading: next?.heading, body: next?.body, format: formatOf(s) },
      });
    }
    const label = versionInSentence({ ...draft, label: relabel ? (input.label ?? null) : draft.label });
    return {
      data: { version: stored.version },
      message: `Draft ${label} saved`,
      audit: [
        {
          kind: 'terms.update',
          entityType: 'TermsVersion',
          entityId: draft.id,
          before: {
            version: versionLabel(draft),
            label: displayLabel(draft),
            sections: changed.map((s) => ({ position: s.position, heading: s.heading, body: s.body, format: s.format })),
          },
          after: {
            version: versionLabel(draft),
            label: displayLabel({ ...draft, label: relabel ? (input.label ?? null) : draft.label }),
            sections: changed.map((s) => ({ position: s.position, ...input.sections.get(s.position), format: formatOf(s) })),
          },
        },
      ],
    };
  },
});

/**
 * An administrator records that the board agreed a draft at one of its meetings, one
 * that has taken place. The agreed text is then fixed: further changes need a new draft.
 */
export const agreeTermsDraft = defineAction({
  name: 'terms.agree',
  scope: 'board',
  resource: 'terms',
  operation: 'update',
  schema: agreeSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const draft = await loadVersion(ctx.tx, board.id, input.termsId);
    refuseIfSigned(draft);
    refuseIfAgreed(draft);
    await refuseIfNotLatest(ctx.tx, board.id, draft);
    const meeting = await ctx.tx.meeting.findFirst({
      where: { id: input.meetingId, boardId: board.id },
      select: { id: true, title: true, startsAt: true, status: true },
    });
    if (!meeting) throw new AppError('NOT_FOUND', 'That meeting was not found on this board', { meetingId: ['Choose a meeting of this board'] });
    if (meeting.status === 'CANCELLED') throw invalid({ meetingId: ['That meeting was cancelled: choose the meeting at which the board agreed the draft'] });
    if (!hasBegun(meeting, ctx.now)) {
      throw invalid({ meetingId: ['That meeting has not taken place yet: record the agreement after the meeting'] });
    }
    const empty = emptySections(draft.sections);
    if (empty.length)
      throw new AppError(
        'INVALID',
        `Every section the board uses needs text before it can agree the draft (remove a section it does not use). Still empty: ${empty.join(', ')}.`,
      );
    const { count } = await ctx.tx.termsVersion.updateMany({
      where: { id: draft.id, version: input.version, status: 'DRAFT' },
      data: { status: 'AGREED', agreedAtMeetingId: meeting.id, version: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError('CONFLICT', 'The draft was changed while you were reading it. Reload the page, check the text, then record the agreement again.');
    const label = displayLabel(draft);
    return {
      data: { label: versionLabel(draft) },
      message: `${label} recorded as agreed by the board at ${meeting.title} on ${formatLongDate(meeting.startsAt)}`,
      audit: [
        {
          kind: 'terms.agree',
          entityType: 'TermsVersion',
          entityId: draft.id,
          before: { version: versionLabel(draft), label, status: 'DRAFT' },
          after: {
            version: versionLabel(draft),
            label,
            status: 'AGREED',
            meetingId: meeting.id,
            meeting: meeting.title,
            meetingStartsAt: meeting.startsAt,
            textHash: termsHash(draft.sections),
          },
        },
      ],
    };
  },
});

/**
 * The Chair approves the draft the board agreed: it becomes the next whole-numbered
 * version, the hash of exactly the text approved is kept, and the version it replaces is
 * superseded. The terms say "any changes to the terms shall be agreed by the Board and
 * approved by the Chair" (DOMAIN.md, source 001), so a draft the board has not agreed
 * at a meeting is refused: the Chair's approval follows the board's agreement.
 */
export const approveTermsDraft = defineAction({
  name: 'terms.approve',
  scope: 'board',
  resource: 'terms',
  operation: 'approve',
  schema: approveSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const draft = await loadVersion(ctx.tx, board.id, input.termsId);
    refuseIfSigned(draft);
    const before = displayLabel(draft);
    const route = await ctx.tx.board.findUniqueOrThrow({ where: { id: board.id }, select: { termsApprovalRoute: true, termsApprovalBody: true } });
    if (route.termsApprovalRoute === 'NAMED_BODY') {
      throw new AppError(
        'INVALID',
        `This board’s terms are approved by ${route.termsApprovalBody ?? 'a named body'}, not the Chair: the administrator records that decision with its date and reference.`,
      );
    }
    if (draft.status !== 'AGREED') {
      throw new AppError(
        'INVALID',
        `The board has not agreed ${versionInSentence(draft)} yet. Changes to the terms are agreed by the board and then approved by the Chair, so the agreement must be recorded at a meeting first.`,
      );
    }
    await refuseIfNotLatest(ctx.tx, board.id, draft);
    const hash = termsHash(draft.sections);
    const changedSince = 'The text changed after you opened it. Reload the page, read it again, then approve.';
    if (draft.version !== input.version || hash !== input.textHash) throw new AppError('CONFLICT', changedSince);
    const signed = await signVersion(
      ctx,
      board.id,
      draft,
      { hash, approvedAt: ctx.now, approvedById: ctx.actor.id, approvedByBody: null, reference: null, note: null, label: input.label },
      input.version,
    );
    const { label, review } = signed;
    return {
      data: { label: signed.urlLabel, reviewOn: review.reviewOn },
      message: `${label} approved. Next review due by ${formatDayLong(new Date(`${review.reviewOn}T00:00:00Z`))}`,
      audit: [
        {
          kind: 'terms.approve',
          entityType: 'TermsVersion',
          entityId: draft.id,
          before: { version: versionLabel(draft), label: before, status: 'AGREED' },
          after: { version: signed.urlLabel, label, status: 'APPROVED', approvedHash: hash, approvedAt: ctx.now, reviewOn: review.reviewOn },
        },
        ...signed.supersede,
      ],
    };
  },
});

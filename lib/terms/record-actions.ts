import { boardOf, defineAction, type ActionContext } from '../action/define';
import { AppError, invalid } from '../errors';
import { dbDay } from '../forms/fields';
import { formatDayLong } from '../format';
import { londonDay, startOfLondonDay, type LondonDay } from '../rules/london-calendar';
import { approvalDayClash, historicalNumberProblem, isNewestApproved } from '../rules/terms-shape';
import { termsHash } from './hash';
import { approvedNumber, displayLabel, versionLabel } from './numbering';
import { emptySections } from './sections';
import { recordDecisionSchema, recordHistorySchema } from './schema';
import { loadVersion, refuseIfNotLatest, refuseIfSigned } from './guards';
import { signVersion } from './approval';

const dayLong = (day: LondonDay) => formatDayLong(new Date(`${day}T00:00:00Z`));

/** The approved versions of a board with the London day of each approval, for approvalDayProblem. */
async function approvalDays(tx: ActionContext['tx'], boardId: string) {
  const signed = await tx.termsVersion.findMany({
    where: { boardId, approvedAt: { not: null } },
    select: { major: true, minor: true, label: true, approvedAt: true },
  });
  return signed.map((v) => ({ ...v, label: displayLabel(v), approvedOn: londonDay(v.approvedAt!) }));
}

/** Why an approval cannot be on this day (see approvalDayClash), in words, or null. */
async function approvalDayProblem(tx: ActionContext['tx'], boardId: string, number: { major: number; minor: number }, day: LondonDay) {
  const clash = approvalDayClash(number, day, await approvalDays(tx, boardId));
  if (!clash) return null;
  const { version, side } = clash;
  return side === 'before'
    ? `${version.label} was approved on ${dayLong(version.approvedOn)}, after this date: a version is approved after the versions before it`
    : `${version.label} was approved on ${dayLong(version.approvedOn)}, before this date: a version is approved before the versions after it`;
}

/**
 * Where a named body approves the board's terms (Shropshire's full Council, 002), the
 * administrator records its decision: the day (not in the future), its reference (a
 * minute number) and a note. The draft becomes the board's terms as of that day, exactly
 * as the text shown, and the next review runs from the day of the decision.
 */
export const recordTermsDecision = defineAction({
  name: 'terms.decision',
  scope: 'board',
  resource: 'terms',
  operation: 'update',
  schema: recordDecisionSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const draft = await loadVersion(ctx.tx, board.id, input.termsId);
    const route = await ctx.tx.board.findUniqueOrThrow({ where: { id: board.id }, select: { termsApprovalRoute: true, termsApprovalBody: true } });
    if (route.termsApprovalRoute !== 'NAMED_BODY' || !route.termsApprovalBody) {
      throw new AppError(
        'INVALID',
        'This board’s terms are approved by the Chair. To record another body’s decision, change the approval route in the board’s settings.',
      );
    }
    refuseIfSigned(draft);
    await refuseIfNotLatest(ctx.tx, board.id, draft);
    if (input.decidedOn > londonDay(ctx.now)) throw invalid({ decidedOn: ['The date of the decision must be today or in the past'] });
    const dayProblem = await approvalDayProblem(ctx.tx, board.id, approvedNumber(draft), input.decidedOn);
    if (dayProblem) throw invalid({ decidedOn: [dayProblem] });
    const empty = emptySections(draft.sections);
    if (empty.length) throw new AppError('INVALID', `Every section needs text before the terms can be approved. Still empty: ${empty.join(', ')}.`);
    const hash = termsHash(draft.sections);
    if (draft.version !== input.version || hash !== input.textHash) {
      throw new AppError('CONFLICT', 'The text changed after you opened it. Reload the page, read it again, then record the decision.');
    }
    const body = route.termsApprovalBody;
    const signed = await signVersion(
      ctx,
      board.id,
      draft,
      {
        hash,
        approvedAt: startOfLondonDay(input.decidedOn),
        approvedById: null,
        approvedByBody: body,
        reference: input.reference,
        note: input.note,
        label: input.label,
      },
      input.version,
    );
    return {
      data: { label: signed.urlLabel, reviewOn: signed.review.reviewOn },
      message: `${signed.label} recorded as approved by ${body} on ${dayLong(input.decidedOn)} (${input.reference})`,
      audit: [
        {
          kind: 'terms.decision',
          entityType: 'TermsVersion',
          entityId: draft.id,
          before: { version: versionLabel(draft), label: displayLabel(draft), status: draft.status },
          after: {
            version: signed.urlLabel,
            label: signed.label,
            status: 'APPROVED',
            approvedBy: body,
            decidedOn: input.decidedOn,
            reference: input.reference,
            note: input.note,
            approvedHash: hash,
            reviewOn: signed.review.reviewOn,
          },
        },
        ...signed.supersede,
      ],
    };
  },
});

/**
 * An administrator records a version the board had before Tabled, from its paper: its
 * number and label, the sections as written, when it was agreed and approved, and by
 * whom. It is marked as a historical record everywhere, never becomes the working draft,
 * and sits before every version drafted here. If it is the newest approved version, it
 * is the board's terms in force, and its approval date sets the next review.
 */
export const recordHistoricalTerms = defineAction({
  name: 'terms.history',
  scope: 'board',
  resource: 'terms',
  operation: 'create',
  schema: recordHistorySchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const today = londonDay(ctx.now);
    if (!input.number) throw invalid({ number: ['Enter the version’s number, like 2'] });
    if (input.approvedOn > today) throw invalid({ approvedOn: ['The date it was approved must be in the past'] });
    if (input.agreedOn && input.agreedOn > input.approvedOn) throw invalid({ agreedOn: ['The board agrees terms before they are approved: check the dates'] });
    const existing = await ctx.tx.termsVersion.findMany({
      where: { boardId: board.id },
      select: { id: true, major: true, minor: true, label: true, status: true, historical: true },
    });
    const problem = historicalNumberProblem(input.number, existing);
    if (problem) throw invalid({ number: [problem] });
    const dayProblem = await approvalDayProblem(ctx.tx, board.id, input.number, input.approvedOn);
    if (dayProblem) throw invalid({ approvedOn: [dayProblem] });
    const signed = existing.filter((v) => v.status === 'APPROVED' || v.status === 'SUPERSEDED');
    const inForce = isNewestApproved(input.number, signed);
    const before = existing
      .filter((v) => v.major < input.number!.major || (v.major === input.number!.major && v.minor < input.number!.minor))
      .sort((a, b) => b.major - a.major || b.minor - a.minor)[0];
    const label = displayLabel({ ...input.number, label: input.label });
    const previous = inForce ? existing.find((v) => v.status === 'APPROVED') : undefined;
    if (previous) await ctx.tx.termsVersion.updateMany({ where: { id: previous.id, status: 'APPROVED' }, data: { status: 'SUPERSEDED' } });
    const created = await ctx.tx.termsVersion.create({
      data: {
        councilId: ctx.council.id,
        boardId: board.id,
        ...input.number,
        label: input.label,
        historical: true,
        status: inForce ? 'APPROVED' : 'SUPERSEDED',
        title: `Terms of Reference ${label} (historical record)`,
        agreedOn: input.agreedOn ? dbDay(input.agreedOn) : null,
        approvedAt: startOfLondonDay(input.approvedOn),
        approvedByBody: input.approvedBy,
        approvalReference: input.reference,
        approvedHash: termsHash(input.sections),
        previousVersionId: before?.id ?? null,
        sections: { create: input.sections.map((s) => ({ councilId: ctx.council.id, kind: 'OTHER' as const, ...s })) },
      },
      select: { id: true },
    });
    return {
      data: { id: created.id, label: versionLabel(input.number) },
      message: `${label} recorded as a historical record${inForce ? ': it is the board’s terms in force' : ''}`,
      audit: [
        {
          kind: 'terms.history',
          entityType: 'TermsVersion',
          entityId: created.id,
          after: {
            historical: true,
            version: versionLabel(input.number),
            label,
            status: inForce ? 'APPROVED' : 'SUPERSEDED',
            agreedOn: input.agreedOn,
            approvedOn: input.approvedOn,
            approvedBy: input.approvedBy,
            reference: input.reference,
            sections: input.sections.map((s) => s.heading),
            approvedHash: termsHash(input.sections),
          },
        },
        ...(previous
          ? [
              {
                kind: 'terms.supersede' as const,
                entityType: 'TermsVersion',
                entityId: previous.id,
                before: { version: versionLabel(previous), label: displayLabel(previous), status: 'APPROVED' },
                after: { status: 'SUPERSEDED', by: `${label} (historical record)` },
              },
            ]
          : []),
      ],
    };
  },
});

import { boardOf, defineAction, type ActionContext } from '../action/define';
import { AppError } from '../errors';
import { closeGaps, moveSection } from '../rules/terms-shape';
import { displayLabel, versionLabel } from './numbering';
import { MAX_SECTIONS, addSectionSchema, moveSectionSchema, removeSectionSchema } from './schema';
import { loadVersion, refuseUnlessOpenDraft, type LoadedVersion } from './guards';

const changedMeanwhile = 'The draft was changed while you were reading it. Reload the page and try again: nothing you typed in the draft was lost.';

/** The open draft named by the form, claimed at the version the form was rendered from. */
async function claimDraft(ctx: ActionContext, termsId: string, version: number): Promise<LoadedVersion> {
  const board = boardOf(ctx);
  const draft = await loadVersion(ctx.tx, board.id, termsId);
  await refuseUnlessOpenDraft(ctx.tx, board.id, draft);
  const { count } = await ctx.tx.termsVersion.updateMany({ where: { id: draft.id, version, status: 'DRAFT' }, data: { version: { increment: 1 } } });
  if (count === 0) throw new AppError('CONFLICT', changedMeanwhile);
  return draft;
}

/**
 * Positions are unique only in practice (no constraint), but are rewritten in two steps
 * all the same, so that a reorder never leaves two sections at one place.
 */
async function renumber(ctx: ActionContext, draftId: string, sections: readonly { id: string; position: number }[]) {
  for (const s of sections) await ctx.tx.termsSection.updateMany({ where: { id: s.id, termsVersionId: draftId }, data: { position: s.position + 10_000 } });
  for (const s of sections) await ctx.tx.termsSection.updateMany({ where: { id: s.id, termsVersionId: draftId }, data: { position: s.position } });
}

const order = (sections: readonly { heading: string; position: number }[]) =>
  [...sections].sort((a, b) => a.position - b.position).map((s) => `${s.position}. ${s.heading}`);

/** An administrator adds a section at the end of an open draft: a known kind (membership, quorum…) or the board's own. */
export const addTermsSection = defineAction({
  name: 'terms.section.add',
  scope: 'board',
  resource: 'terms',
  operation: 'update',
  schema: addSectionSchema,
  async run(ctx, input) {
    const draft = await claimDraft(ctx, input.termsId, input.version);
    if (draft.sections.length >= MAX_SECTIONS) throw new AppError('INVALID', `A version has at most ${MAX_SECTIONS} sections`);
    const position = draft.sections.length + 1;
    const created = await ctx.tx.termsSection.create({
      data: { councilId: ctx.council.id, termsVersionId: draft.id, kind: input.kind, heading: input.heading, body: '', format: input.format, position },
      select: { id: true },
    });
    return {
      data: { id: created.id, position },
      message: `Section ${position}, ${input.heading}, added to ${displayLabel(draft)}`,
      audit: [
        {
          kind: 'terms.section.add',
          entityType: 'TermsVersion',
          entityId: draft.id,
          after: { version: versionLabel(draft), label: displayLabel(draft), position, heading: input.heading, kind: input.kind, format: input.format },
        },
      ],
    };
  },
});

/** An administrator removes a section the board does not use from an open draft; those after it move up. */
export const removeTermsSection = defineAction({
  name: 'terms.section.remove',
  scope: 'board',
  resource: 'terms',
  operation: 'update',
  schema: removeSectionSchema,
  async run(ctx, input) {
    const draft = await claimDraft(ctx, input.termsId, input.version);
    const gone = draft.sections.find((s) => s.id === input.sectionId);
    if (!gone) throw new AppError('NOT_FOUND', 'That section is not in this draft');
    if (draft.sections.length === 1) throw new AppError('INVALID', 'Terms of reference need at least one section: add another before removing this one');
    await ctx.tx.termsSection.deleteMany({ where: { id: gone.id, termsVersionId: draft.id } });
    const rest = closeGaps(draft.sections.filter((s) => s.id !== gone.id));
    await renumber(ctx, draft.id, rest);
    return {
      data: { removed: gone.heading },
      message: `Section “${gone.heading}” removed from ${displayLabel(draft)}`,
      audit: [
        {
          kind: 'terms.section.remove',
          entityType: 'TermsVersion',
          entityId: draft.id,
          before: {
            version: versionLabel(draft),
            label: displayLabel(draft),
            position: gone.position,
            heading: gone.heading,
            body: gone.body,
            format: gone.format,
          },
          after: { order: order(rest) },
        },
      ],
    };
  },
});

/** An administrator moves a section of an open draft one place up or down. */
export const moveTermsSection = defineAction({
  name: 'terms.section.move',
  scope: 'board',
  resource: 'terms',
  operation: 'update',
  schema: moveSectionSchema,
  async run(ctx, input) {
    const draft = await claimDraft(ctx, input.termsId, input.version);
    const section = draft.sections.find((s) => s.id === input.sectionId);
    if (!section) throw new AppError('NOT_FOUND', 'That section is not in this draft');
    const moved = moveSection(draft.sections, section.id, input.direction);
    if (!moved) throw new AppError('INVALID', `“${section.heading}” is already the ${input.direction === 'up' ? 'first' : 'last'} section`);
    await renumber(ctx, draft.id, moved);
    const to = moved.find((s) => s.id === section.id)?.position ?? section.position;
    return {
      data: { position: to },
      message: `“${section.heading}” moved ${input.direction} to section ${to}`,
      audit: [
        {
          kind: 'terms.section.move',
          entityType: 'TermsVersion',
          entityId: draft.id,
          before: { version: versionLabel(draft), label: displayLabel(draft), order: order(draft.sections) },
          after: { order: order(moved) },
        },
      ],
    };
  },
});

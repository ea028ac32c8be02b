import { boardOf, defineAction, type ActionContext } from '../../action/define';
import { AppError } from '../../errors';
import { formatDay } from '../../format';
import { dbDay } from '../../forms/fields';
import { columnsFromForm } from '../../imports/columns';
import type { Sheet } from '../../imports/sheet';
import { readUploadedSheet } from '../../imports/upload';
import { formatActionReference, nextActionNumber } from '../../rules/action-reference';
import { londonDay, type LondonDay } from '../../rules/london-calendar';
import { logFieldKeys, suggestLogMapping, type LogMapping } from './fields';
import { logMappedSheetSchema, logUploadSchema } from './schema';
import { checkLogMapping, validateLogImport, type ImportedAction, type LogImportPreview } from './validate';
import { describeCellProblem } from '../../imports/columns';

// Bringing in a board's earlier action log (issue 17.1), in the plan import's three steps
// (lib/imports): upload, map the columns, preview every row. The import is all or nothing,
// and each action keeps its history: the original and revised dates, when they were
// agreed, its status and when it was signed off, marked as imported.

async function knowledgeOf(ctx: ActionContext) {
  const board = boardOf(ctx);
  const [actions, seats, meetings] = await Promise.all([
    ctx.tx.action.findMany({ where: { boardId: board.id }, select: { reference: true } }),
    ctx.tx.seat.findMany({ where: { boardId: board.id }, select: { id: true, position: true, person: { select: { name: true } } } }),
    ctx.tx.meeting.findMany({
      where: { boardId: board.id, status: { not: 'CANCELLED' }, startsAt: { lte: ctx.now } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, startsAt: true, historical: true },
    }),
  ]);
  return {
    existingReferences: actions.map((a) => a.reference),
    seats: seats.map((s) => ({ id: s.id, position: s.position, name: s.person?.name ?? null })),
    meetings: meetings.map((m) => ({ id: m.id, title: m.title, historical: m.historical, day: londonDay(m.startsAt) })),
    today: londonDay(ctx.now),
  };
}

async function check(ctx: ActionContext, sheet: Sheet, mapping: LogMapping) {
  const mappingErrors = checkLogMapping(sheet.headers, mapping);
  if (Object.keys(mappingErrors).length) throw new AppError('INVALID', 'Check the column mapping', mappingErrors);
  return validateLogImport(sheet, mapping, await knowledgeOf(ctx));
}

/** Step 1: the uploaded file read into text, with a first guess at the column mapping. Nothing is saved. */
export const uploadLogImport = defineAction({
  name: 'actionImport.upload',
  scope: 'board',
  resource: 'action',
  operation: 'create',
  schema: logUploadSchema,
  async run(ctx, input) {
    boardOf(ctx);
    const { sheet, fileName, message } = await readUploadedSheet(input.file);
    return { data: { sheet, fileName, mapping: suggestLogMapping(sheet.headers) }, audit: [], message };
  },
});

/** Step 3: every row with its problems. Nothing is saved. */
export const previewLogImport = defineAction({
  name: 'actionImport.preview',
  scope: 'board',
  resource: 'action',
  operation: 'create',
  schema: logMappedSheetSchema,
  async run(ctx, input): Promise<{ data: { preview: LogImportPreview }; audit: [] }> {
    return { data: { preview: await check(ctx, input.sheet, columnsFromForm(logFieldKeys, input)) }, audit: [] };
  },
});

/** A day as the moment the record keeps for it: midday in London, well clear of either midnight. */
const onDay = (day: LondonDay) => new Date(`${day}T12:00:00Z`);

/** References for the rows that have none, drawn as the log draws them: the board's prefix, the year raised, the next number. */
async function drawReferences(ctx: ActionContext, actions: ImportedAction[], taken: string[]) {
  const [board] = await ctx.tx.$queryRaw<{ actionReferencePrefix: string }[]>`
    SELECT "actionReferencePrefix" FROM "Board" WHERE id = ${boardOf(ctx).id}::uuid FOR UPDATE`;
  const issued = [...taken];
  return actions.map((a) => {
    if (a.reference) return a.reference;
    const year = Number((a.raisedOn ?? londonDay(ctx.now)).slice(0, 4));
    const reference = formatActionReference(board!.actionReferencePrefix, year, nextActionNumber(issued, board!.actionReferencePrefix, year));
    issued.push(reference);
    return reference;
  });
}

/**
 * The import itself, all or nothing: the rows are checked again here (the form's copy of
 * the file is not trusted), and one problem anywhere saves nothing.
 */
export const commitLogImport = defineAction({
  name: 'actionImport.commit',
  scope: 'board',
  resource: 'action',
  operation: 'create',
  schema: logMappedSheetSchema,
  async run(ctx, input) {
    const board = boardOf(ctx);
    const preview = await check(ctx, input.sheet, columnsFromForm(logFieldKeys, input));
    if (preview.problems.length) {
      const n = preview.problems.length;
      throw new AppError('INVALID', `Nothing was imported: ${n} ${n === 1 ? 'problem' : 'problems'} to put right first`, {
        file: preview.problems.map(describeCellProblem),
      });
    }
    const actions = preview.rows.map((r) => r.action!);
    const existing = await ctx.tx.action.findMany({ where: { boardId: board.id }, select: { reference: true } });
    const references = await drawReferences(ctx, actions, [...existing.map((a) => a.reference), ...actions.flatMap((a) => (a.reference ? [a.reference] : []))]);
    const fileName = input.fileName || 'the imported file';
    const councilId = ctx.council.id;
    const imported: string[] = [];
    for (const [i, a] of actions.entries()) {
      const agreed = a.revision?.agreedOn ? a.revision : null;
      const created = await ctx.tx.action.create({
        data: {
          councilId,
          boardId: board.id,
          reference: references[i]!,
          description: a.description,
          ownerSeatId: a.ownerSeatId,
          ownerAgency: a.ownerAgency,
          dueOn: dbDay(a.dueOn),
          agreedDueOn: agreed ? dbDay(agreed.dueOn) : null,
          status: a.status,
          droppedReason: a.status === 'DROPPED' ? `Dropped in the board's earlier action log (imported from ${fileName})` : null,
          sourceMeetingId: a.raisedAtMeetingId,
          signedOffAtMeetingId: a.signedOff?.meetingId ?? null,
          signedOffAt: a.signedOff ? onDay(a.signedOff.on) : null,
          createdAt: a.raisedOn ? onDay(a.raisedOn) : ctx.now,
          importedAt: ctx.now,
          importedFrom: fileName,
        },
        select: { id: true, reference: true },
      });
      imported.push(created.reference);
      if (a.revision) {
        await ctx.tx.actionDueDateRevision.create({
          data: {
            councilId,
            actionId: created.id,
            previousDueOn: dbDay(a.dueOn),
            proposedDueOn: dbDay(a.revision.dueOn),
            reason: `Revised in the board's earlier action log (imported from ${fileName})`,
            proposedById: null,
            proposedAt: a.revision.agreedOn ? onDay(a.revision.agreedOn) : ctx.now,
            agreedAt: a.revision.agreedOn ? onDay(a.revision.agreedOn) : null,
            agreedAtMeetingId: a.revision.meetingId,
          },
        });
      }
      const notes = [`Imported from ${fileName}, the board's earlier action log.`];
      if (a.signedOff) notes.push(`Signed off as complete on ${formatDay(onDay(a.signedOff.on))} (historical record).`);
      if (a.progress) notes.push(`Progress notes: ${a.progress}`);
      await ctx.tx.actionUpdate.create({
        data: { councilId, actionId: created.id, body: notes.join(' '), statusAfter: a.status, authorId: ctx.actor.id, createdAt: ctx.now },
      });
    }
    const n = imported.length;
    return {
      data: { imported: n },
      message: `${n} ${n === 1 ? 'action' : 'actions'} imported into the action log from ${fileName}, each marked as imported with its history`,
      audit: [
        {
          kind: 'action.import-log',
          entityType: 'Board',
          entityId: board.id,
          after: {
            historical: true,
            fileName,
            actions: actions.map((a, i) => ({
              reference: references[i],
              status: a.status,
              dueOn: a.dueOn,
              revisedDueOn: a.revision?.dueOn ?? null,
              revisedAgreedOn: a.revision?.agreedOn ?? null,
              signedOffOn: a.signedOff?.on ?? null,
            })),
          },
        },
      ],
    };
  },
});

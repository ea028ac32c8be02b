import { defineAction, type ActionContext } from '../../action/define';
import { AppError, conflict, invalid } from '../../errors';
import { dbDay } from '../../forms/fields';
import { readSheet, SheetError, type Sheet } from '../../imports/sheet';
import { planOfBoard } from './plan-access';
import { addValueSchema, createMeasureSchema, updateMeasureSchema, valuesSheetSchema, valuesUploadSchema } from './schema';
import { describeValueProblem, MEASURE_VALUES_SHEET, validateValues } from './values-import';

/** The actions and themes a measure is linked to must be this plan's; anything else is not found. */
async function checkLinks(ctx: ActionContext, planId: string, actionIds: string[], themeIds: string[]) {
  const actionIdsUnique = [...new Set(actionIds)];
  const themeIdsUnique = [...new Set(themeIds)];
  const actions = actionIdsUnique.length ? await ctx.tx.planAction.count({ where: { id: { in: actionIdsUnique }, planId } }) : 0;
  const themes = themeIdsUnique.length ? await ctx.tx.planTheme.count({ where: { id: { in: themeIdsUnique }, planId } }) : 0;
  if (actions !== actionIdsUnique.length || themes !== themeIdsUnique.length)
    throw new AppError('NOT_FOUND', 'That action or theme was not found in this plan');
  return { actionIds: actionIdsUnique, themeIds: themeIdsUnique };
}

async function findMeasure(ctx: ActionContext, planId: string, measureId: string) {
  const measure = await ctx.tx.impactMeasure.findFirst({
    where: { id: measureId, planId },
    select: { id: true, title: true, unit: true, target: true, direction: true, tolerance: true, version: true },
  });
  if (!measure) throw new AppError('NOT_FOUND', 'That measure was not found');
  return measure;
}

const titleTaken = () => invalid({ title: ['The plan already has a measure with this title: choose another'] });

async function assertTitleFree(ctx: ActionContext, planId: string, title: string, exceptId?: string) {
  const clash = await ctx.tx.impactMeasure.findFirst({
    where: { planId, title: { equals: title, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw titleTaken();
}

/** An administrator defines a measure of impact: unit, target, which way is better, the amber tolerance, and what it evidences. */
export const createMeasure = defineAction({
  name: 'planMeasures.create',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: createMeasureSchema,
  async run(ctx, input) {
    const plan = await planOfBoard(ctx, input.planId, { open: true });
    const links = await checkLinks(ctx, plan.id, input.actionIds, input.themeIds);
    await assertTitleFree(ctx, plan.id, input.title);
    const councilId = ctx.council.id;
    const measure = await ctx.tx.impactMeasure.create({
      data: {
        councilId,
        planId: plan.id,
        title: input.title,
        unit: input.unit,
        target: input.target,
        direction: input.direction,
        tolerance: input.tolerance,
        actions: { create: links.actionIds.map((planActionId) => ({ councilId, planActionId })) },
        themes: { create: links.themeIds.map((themeId) => ({ councilId, themeId })) },
      },
      select: { id: true },
    });
    const after = { title: input.title, unit: input.unit, target: input.target, direction: input.direction, tolerance: input.tolerance, ...links };
    return {
      data: { measureId: measure.id },
      message: `Measure added: ${input.title}`,
      audit: [{ kind: 'plan.measure.create', entityType: 'ImpactMeasure', entityId: measure.id, after }],
    };
  },
});

/** Changes a measure's definition and links; a clash with someone else's edit shows both. */
export const updateMeasure = defineAction({
  name: 'planMeasures.update',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: updateMeasureSchema,
  async run(ctx, input) {
    const plan = await planOfBoard(ctx, input.planId, { open: true });
    const before = await findMeasure(ctx, plan.id, input.measureId);
    const links = await checkLinks(ctx, plan.id, input.actionIds, input.themeIds);
    await assertTitleFree(ctx, plan.id, input.title, before.id);
    const saved = await ctx.tx.impactMeasure.updateMany({
      where: { id: before.id, version: input.version },
      data: { title: input.title, unit: input.unit, target: input.target, direction: input.direction, tolerance: input.tolerance, version: { increment: 1 } },
    });
    if (saved.count === 0) {
      throw conflict({
        title: before.title,
        unit: before.unit,
        target: String(before.target),
        direction: before.direction,
        tolerance: before.tolerance === null ? '' : String(before.tolerance),
        version: String(before.version),
      });
    }
    const councilId = ctx.council.id;
    await ctx.tx.impactMeasureAction.deleteMany({ where: { measureId: before.id } });
    await ctx.tx.impactMeasureTheme.deleteMany({ where: { measureId: before.id } });
    if (links.actionIds.length)
      await ctx.tx.impactMeasureAction.createMany({ data: links.actionIds.map((planActionId) => ({ councilId, measureId: before.id, planActionId })) });
    if (links.themeIds.length)
      await ctx.tx.impactMeasureTheme.createMany({ data: links.themeIds.map((themeId) => ({ councilId, measureId: before.id, themeId })) });
    return {
      data: { measureId: before.id },
      message: `Measure saved: ${input.title}`,
      audit: [
        {
          kind: 'plan.measure.update',
          entityType: 'ImpactMeasure',
          entityId: before.id,
          before: {
            title: before.title,
            unit: before.unit,
            target: Number(before.target),
            direction: before.direction,
            tolerance: before.tolerance === null ? null : Number(before.tolerance),
          },
          after: { title: input.title, unit: input.unit, target: input.target, direction: input.direction, tolerance: input.tolerance, ...links },
        },
      ],
    };
  },
});

const periodTaken = (title: string) => invalid({ periodEnd: [`${title} already has a value for the period ending on that day`] });

/** One period's value of a measure. */
export const addMeasureValue = defineAction({
  name: 'planMeasures.addValue',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: addValueSchema,
  async run(ctx, input) {
    const plan = await planOfBoard(ctx, input.planId, { open: true });
    const measure = await findMeasure(ctx, plan.id, input.measureId);
    const periodEnd = dbDay(input.periodEnd);
    if (await ctx.tx.measureValue.findFirst({ where: { measureId: measure.id, periodEnd }, select: { id: true } })) throw periodTaken(measure.title);
    const value = await ctx.tx.measureValue.create({
      data: {
        councilId: ctx.council.id,
        measureId: measure.id,
        periodLabel: input.periodLabel,
        periodEnd,
        value: input.value,
        note: input.note,
        recordedById: ctx.actor.id,
        recordedAt: ctx.now,
      },
      select: { id: true },
    });
    return {
      data: { valueId: value.id },
      message: `${input.periodLabel}: ${input.value}${measure.unit === '%' ? '%' : measure.unit ? ` ${measure.unit}` : ''} recorded for ${measure.title}`,
      audit: [
        {
          kind: 'plan.measure.value',
          entityType: 'ImpactMeasure',
          entityId: measure.id,
          after: { periodLabel: input.periodLabel, periodEnd: input.periodEnd, value: input.value, note: input.note },
        },
      ],
    };
  },
});

async function valuesKnowledge(ctx: ActionContext, planId: string) {
  const measures = await ctx.tx.impactMeasure.findMany({ where: { planId }, select: { id: true, title: true, values: { select: { periodEnd: true } } } });
  return { measures, existing: measures.flatMap((m) => m.values.map((v) => `${m.id}|${v.periodEnd.toISOString().slice(0, 10)}`)) };
}

function checkedValues(sheet: Sheet, knowledge: Awaited<ReturnType<typeof valuesKnowledge>>) {
  const preview = validateValues(sheet, knowledge);
  if (preview.missingColumns.length)
    throw new AppError('INVALID', 'Check the file', {
      file: [`The file needs the columns ${preview.missingColumns.join(', ')} (with those headings in its first row)`],
    });
  return preview;
}

/** Step 1 of importing values: the file read and every row checked. Nothing is saved. */
export const previewMeasureValues = defineAction({
  name: 'planMeasures.previewValues',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: valuesUploadSchema,
  async run(ctx, input) {
    const plan = await planOfBoard(ctx, input.planId, { open: true });
    if (input.file.size === 0) throw invalid({ file: [input.file.name ? 'The file is empty' : 'Choose a CSV or Excel file of values'] });
    let sheet: Sheet;
    try {
      sheet = await readSheet(new Uint8Array(await input.file.arrayBuffer()), { preferSheet: MEASURE_VALUES_SHEET });
    } catch (error) {
      if (error instanceof SheetError) throw new AppError('INVALID', 'Check the file', { file: [error.message] });
      throw error;
    }
    const preview = checkedValues(sheet, await valuesKnowledge(ctx, plan.id));
    return { data: { sheet, fileName: input.file.name.slice(0, 255), preview }, audit: [] };
  },
});

/** Step 2: every value saved, or none; the rows are checked again here first. */
export const importMeasureValues = defineAction({
  name: 'planMeasures.importValues',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: valuesSheetSchema,
  async run(ctx, input) {
    const plan = await planOfBoard(ctx, input.planId, { open: true });
    const preview = checkedValues(input.sheet, await valuesKnowledge(ctx, plan.id));
    if (preview.problems.length) {
      const n = preview.problems.length;
      throw new AppError('INVALID', `Nothing was imported: ${n} ${n === 1 ? 'problem' : 'problems'} to put right first`, {
        file: preview.problems.map(describeValueProblem),
      });
    }
    const values = preview.rows.map((r) => r.value!);
    await ctx.tx.measureValue.createMany({
      data: values.map((v) => ({
        councilId: ctx.council.id,
        measureId: v.measureId,
        periodLabel: v.periodLabel,
        periodEnd: dbDay(v.periodEnd),
        value: v.value,
        note: v.note,
        recordedById: ctx.actor.id,
        recordedAt: ctx.now,
      })),
    });
    return {
      data: { imported: values.length },
      message: `${values.length} ${values.length === 1 ? 'value' : 'values'} imported`,
      audit: [
        {
          kind: 'plan.measure.import',
          entityType: 'ImprovementPlan',
          entityId: plan.id,
          after: { fileName: input.fileName ?? null, values: values.map((v) => ({ measure: v.measure, periodEnd: v.periodEnd, value: v.value })) },
        },
      ],
    };
  },
});

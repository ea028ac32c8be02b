import { defineAction, type ActionContext } from '../../action/define';
import { AppError } from '../../errors';
import type { PartnerKind } from '../../db/generated/prisma/client';
import { dbDay } from '../../forms/fields';
import { planActionRag } from '../../rules/plans';
import { londonDay } from '../../rules/london-calendar';
import { planOfBoard } from '../measures/plan-access';
import { suggestMapping, type ColumnMapping } from './fields';
import { mappedSheetSchema, mappingFromForm, uploadSchema } from './schema';
import type { Sheet } from '../../imports/sheet';
import { readUploadedSheet } from '../../imports/upload';
import { checkMapping, describeProblem, validateImport, type ImportPreview } from './validate';

const lower = (s: string) => s.trim().toLowerCase();

async function knowledgeOf(ctx: ActionContext, plan: { id: string; inspectionId: string | null }) {
  const existing = await ctx.tx.planAction.findMany({ where: { planId: plan.id }, select: { reference: true } });
  const findings = plan.inspectionId
    ? await ctx.tx.inspectionFinding.findMany({
        where: { inspectionId: plan.inspectionId },
        orderBy: { position: 'asc' },
        select: { id: true, reference: true },
      })
    : [];
  return { existingReferences: existing.map((a) => a.reference), findingReferences: findings.map((f) => f.reference), findings };
}

/** The mapping checked, then every row: the same check at preview and at commit. */
async function check(ctx: ActionContext, plan: { id: string; inspectionId: string | null }, sheet: Sheet, mapping: ColumnMapping) {
  const mappingErrors = checkMapping(sheet.headers, mapping);
  if (Object.keys(mappingErrors).length) throw new AppError('INVALID', 'Check the column mapping', mappingErrors);
  const knowledge = await knowledgeOf(ctx, plan);
  return { preview: validateImport(sheet, mapping, knowledge), knowledge };
}

/** Step 1: the uploaded file read into text, with a first guess at the column mapping. Nothing is saved. */
export const uploadPlanImport = defineAction({
  name: 'planImport.upload',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: uploadSchema,
  async run(ctx, input) {
    await planOfBoard(ctx, input.planId, { open: true });
    const { sheet, fileName, message } = await readUploadedSheet(input.file);
    return { data: { sheet, fileName, mapping: suggestMapping(sheet.headers) }, audit: [], message };
  },
});

/** Step 3: every row with its problems. Nothing is saved. */
export const previewPlanImport = defineAction({
  name: 'planImport.preview',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: mappedSheetSchema,
  async run(ctx, input): Promise<{ data: { preview: ImportPreview; mapping: ColumnMapping }; audit: [] }> {
    const plan = await planOfBoard(ctx, input.planId, { open: true });
    const mapping = mappingFromForm(input);
    const { preview } = await check(ctx, plan, input.sheet, mapping);
    return { data: { preview, mapping }, audit: [] };
  },
});

function agencyKind(name: string): PartnerKind {
  const n = name.toLowerCase();
  if (/police|constabulary/.test(n)) return 'POLICE';
  if (/nhs|health|icb|hospital|clinical|care board/.test(n)) return 'HEALTH';
  if (/school|academ|education|college/.test(n)) return 'SCHOOLS';
  if (/council/.test(n)) return 'COUNCIL';
  return 'OTHER';
}

/**
 * The import itself, all or nothing: the rows are checked again here (the form's copy of
 * the file is not trusted), and one problem anywhere saves nothing. Themes, partner
 * agencies and bodies the plan does not have yet are created, matched by name whatever
 * the case.
 */
export const commitPlanImport = defineAction({
  name: 'planImport.commit',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: mappedSheetSchema,
  async run(ctx, input) {
    const plan = await planOfBoard(ctx, input.planId, { open: true });
    const mapping = mappingFromForm(input);
    const { preview, knowledge } = await check(ctx, plan, input.sheet, mapping);
    if (preview.problems.length) {
      const n = preview.problems.length;
      throw new AppError('INVALID', `Nothing was imported: ${n} ${n === 1 ? 'problem' : 'problems'} to put right first`, {
        file: preview.problems.map(describeProblem),
      });
    }
    const actions = preview.rows.map((r) => r.action!);
    const councilId = ctx.council.id;

    const themes = await ctx.tx.planTheme.findMany({ where: { planId: plan.id }, select: { id: true, name: true, position: true } });
    const themeIds = new Map(themes.map((t) => [lower(t.name), t.id]));
    let position = Math.max(0, ...themes.map((t) => t.position));
    const themesCreated: string[] = [];
    for (const a of actions) {
      if (themeIds.has(lower(a.theme))) continue;
      const theme = await ctx.tx.planTheme.create({ data: { councilId, planId: plan.id, name: a.theme, position: ++position }, select: { id: true } });
      themeIds.set(lower(a.theme), theme.id);
      themesCreated.push(a.theme);
    }

    const agencies = await ctx.tx.partnerAgency.findMany({ select: { id: true, name: true } });
    const agencyIds = new Map(agencies.map((a) => [lower(a.name), a.id]));
    const agenciesCreated: string[] = [];
    for (const name of actions.flatMap((a) => a.agencies)) {
      if (agencyIds.has(lower(name))) continue;
      const agency = await ctx.tx.partnerAgency.create({ data: { councilId, name, kind: agencyKind(name) }, select: { id: true } });
      agencyIds.set(lower(name), agency.id);
      agenciesCreated.push(name);
    }

    const bodies = await ctx.tx.scrutinyBody.findMany({ select: { id: true, name: true } });
    const bodyIds = new Map(bodies.map((b) => [lower(b.name), b.id]));
    const bodiesCreated: string[] = [];
    for (const name of actions.flatMap((a) => [a.deliveryBody, a.scrutinyBody, a.secondScrutinyBody])) {
      if (!name || bodyIds.has(lower(name))) continue;
      const body = await ctx.tx.scrutinyBody.create({ data: { councilId, name }, select: { id: true } });
      bodyIds.set(lower(name), body.id);
      bodiesCreated.push(name);
    }
    const bodyId = (name: string | null) => (name ? bodyIds.get(lower(name))! : null);

    const created = await ctx.tx.planAction.createManyAndReturn({
      data: actions.map((a) => ({
        councilId,
        planId: plan.id,
        themeId: themeIds.get(lower(a.theme))!,
        reference: a.reference,
        description: a.action,
        leadOfficer: a.leadOfficer,
        dueOn: dbDay(a.dueOn),
        status: a.status,
        rag: planActionRag({ status: a.status, dueOn: a.dueOn, agreedDueOn: null, today: londonDay(ctx.now) }),
        deliveryBodyId: bodyId(a.deliveryBody),
        scrutinyBodyId: bodyId(a.scrutinyBody),
        secondScrutinyBodyId: bodyId(a.secondScrutinyBody),
      })),
      select: { id: true, reference: true },
    });
    const idOf = new Map(created.map((c) => [c.reference, c.id]));
    const findingIds = new Map(knowledge.findings.map((f) => [f.reference, f.id]));
    const findingLinks = actions.flatMap((a) => a.findings.map((f) => ({ councilId, planActionId: idOf.get(a.reference)!, findingId: findingIds.get(f)! })));
    if (findingLinks.length) await ctx.tx.planActionFinding.createMany({ data: findingLinks });
    const agencyLinks = actions.flatMap((a) =>
      a.agencies.map((name) => ({ councilId, planActionId: idOf.get(a.reference)!, agencyId: agencyIds.get(lower(name))! })),
    );
    if (agencyLinks.length) await ctx.tx.planActionAgency.createMany({ data: agencyLinks });

    const n = created.length;
    return {
      data: { imported: n, planId: plan.id },
      message: `${n} ${n === 1 ? 'action' : 'actions'} imported into ${plan.title}${themesCreated.length ? `, with ${themesCreated.length} new ${themesCreated.length === 1 ? 'theme' : 'themes'}` : ''}`,
      audit: [
        {
          kind: 'plan.import',
          entityType: 'ImprovementPlan',
          entityId: plan.id,
          after: { fileName: input.fileName ?? null, actions: actions.map((a) => a.reference), themesCreated, agenciesCreated, bodiesCreated },
        },
      ],
    };
  },
});

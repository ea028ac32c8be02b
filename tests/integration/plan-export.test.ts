import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { commitPlanImport, uploadPlanImport } from '../../lib/plans/import/actions';
import { createMeasure, importMeasureValues, previewMeasureValues } from '../../lib/plans/measures/actions';
import { planForExport } from '../../lib/plans/export/data';
import { renderPlanPdf } from '../../lib/plans/export/pdf';
import { renderPlanXlsx } from '../../lib/plans/export/xlsx';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { call, planWorld, type PlanWorld } from './plan-import-world';
import { readPdf } from './pdf-text';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const PLAN_CSV = [
  'Reference,Theme,Action,Lead officer,Due date,Status,Findings,Partner agencies,Delivery body,Scrutiny body,Second scrutiny body',
  'QA2.1,Quality Assurance,"Refresh the QA framework, with monthly audits",Principal Social Worker,31/03/2027,In progress,PA1; AFI1,Police; Northbridge NHS Trust,Executive Group,Improvement Board,Scrutiny Committee',
  'QA2.2,Quality Assurance,Feed audit learning back within four weeks,Principal Social Worker,2027-04-30,Awaiting sign-off,,,,,',
  'FL3.1,Improving Front Line,Reduce caseloads to 18,Head of Service,15/05/2027,Not started,PA1,Council,,Improvement Board,Executive Group',
].join('\n');

async function importInto(w: PlanWorld, planId: string, file: File) {
  const up = await uploadPlanImport.execute(call(w, { planId, file }));
  if (!up.ok) throw new Error(up.message);
  const form: Record<string, unknown> = { planId, sheet: JSON.stringify(up.data.sheet), fileName: up.data.fileName };
  for (const [k, v] of Object.entries(up.data.mapping)) form[`map-${k}`] = v === null ? '' : String(v);
  const result = await commitPlanImport.execute(call(w, form));
  if (!result.ok) throw new Error(`${result.message}: ${JSON.stringify(result.fieldErrors)}`);
  return result.data.imported;
}

/** A plan's content without ids: what the export and the import must carry across. */
async function contentOf(w: PlanWorld, planId: string) {
  const plan = await planForExport(w.council.id, w.board.id, planId);
  return plan!.themes.map((th) => ({
    theme: th.name,
    actions: th.actions.map((a) => ({
      reference: a.reference,
      description: a.description,
      leadOfficer: a.leadOfficer,
      dueOn: a.dueOn,
      status: a.status,
      findings: a.findings,
      agencies: a.agencies,
      deliveryBody: a.deliveryBody?.name ?? null,
      scrutinyBody: a.scrutinyBody?.name ?? null,
      secondScrutinyBody: a.secondScrutinyBody?.name ?? null,
    })),
  }));
}

async function emptyPlan(w: PlanWorld) {
  return withCouncil(w.council.id, (tx) =>
    tx.improvementPlan.create({ data: { councilId: w.council.id, boardId: w.board.id, inspectionId: w.inspection.id, title: 'Re-imported plan' } }),
  );
}

describe('exporting a plan', () => {
  it('writes an XLSX that re-imports to the same plan', async () => {
    const w = await planWorld(t.prisma);
    await importInto(w, w.plan.id, new File([PLAN_CSV], 'plan.csv'));
    const exported = await planForExport(w.council.id, w.board.id, w.plan.id);
    const xlsx = await renderPlanXlsx(exported!);
    const copy = await emptyPlan(w);
    expect(await importInto(w, copy.id, new File([new Uint8Array(xlsx)], 'plan.xlsx'))).toBe(4);
    const original = await contentOf(w, w.plan.id);
    expect(original.map((th) => th.theme)).toEqual(['Scrutiny', 'Quality Assurance', 'Improving Front Line']);
    expect(await contentOf(w, copy.id)).toEqual(original);
  });

  it('writes the measures’ values in a worksheet the values import reads back', async () => {
    const w = await planWorld(t.prisma);
    const measure = async (planId: string) => {
      const r = await createMeasure.execute(
        call(w, { planId, title: 'Children seen within timescale (%)', unit: '%', target: '90', direction: 'HIGHER_IS_BETTER', tolerance: '5' }),
      );
      if (!r.ok) throw new Error(r.message);
      return r.data.measureId;
    };
    const source = await measure(w.plan.id);
    await withCouncil(w.council.id, (tx) =>
      tx.measureValue.createMany({
        data: [
          {
            councilId: w.council.id,
            measureId: source,
            periodLabel: 'September 2026',
            periodEnd: new Date('2026-09-30T00:00:00Z'),
            value: 86,
            note: 'Provisional',
          },
          { councilId: w.council.id, measureId: source, periodLabel: 'October 2026', periodEnd: new Date('2026-10-31T00:00:00Z'), value: 88.5 },
        ],
      }),
    );
    const xlsx = await renderPlanXlsx((await planForExport(w.council.id, w.board.id, w.plan.id))!);
    const copy = await emptyPlan(w);
    const target = await measure(copy.id);
    const preview = await previewMeasureValues.execute(call(w, { planId: copy.id, file: new File([new Uint8Array(xlsx)], 'plan.xlsx') }));
    expect(preview.ok && preview.data.preview.problems).toEqual([]);
    expect(await importMeasureValues.execute(call(w, { planId: copy.id, sheet: JSON.stringify(preview.ok && preview.data.sheet) }))).toMatchObject({
      ok: true,
      data: { imported: 2 },
    });
    const values = await withCouncil(w.council.id, (tx) =>
      tx.measureValue.findMany({
        where: { measureId: target },
        orderBy: { periodEnd: 'asc' },
        select: { periodLabel: true, periodEnd: true, value: true, note: true },
      }),
    );
    expect(values.map((v) => [v.periodLabel, v.periodEnd, Number(v.value), v.note])).toEqual([
      ['September 2026', new Date('2026-09-30T00:00:00Z'), 86, 'Provisional'],
      ['October 2026', new Date('2026-10-31T00:00:00Z'), 88.5, null],
    ]);
  });

  it('writes a PDF with the plan’s title in its metadata and every theme with its actions in its text', async () => {
    const w = await planWorld(t.prisma);
    await importInto(w, w.plan.id, new File([PLAN_CSV], 'plan.csv'));
    await withCouncil(w.council.id, async (tx) => {
      await tx.planTheme.create({ data: { councilId: w.council.id, planId: w.plan.id, name: 'Communications', position: 9 } });
      await tx.impactMeasure.create({
        data: {
          councilId: w.council.id,
          planId: w.plan.id,
          title: 'Average caseload',
          unit: 'children',
          target: 18,
          direction: 'LOWER_IS_BETTER',
          tolerance: 2,
          values: { create: [{ councilId: w.council.id, periodLabel: 'October 2026', periodEnd: new Date('2026-10-31T00:00:00Z'), value: 19.3 }] },
        },
      });
    });
    const pdf = await renderPlanPdf((await planForExport(w.council.id, w.board.id, w.plan.id))!);
    const { title, pages } = await readPdf(pdf);
    expect(title).toBe('Improvement Plan 2026–28');
    const text = pages.join('\n');
    for (const theme of ['Scrutiny', 'Quality Assurance', 'Improving Front Line', 'Communications']) expect(text.split('\n')).toContain(theme);
    for (const ref of ['SC1.1', 'QA2.1', 'QA2.2', 'FL3.1']) expect(text).toContain(ref);
    expect(text).toContain('No actions under this theme.');
    expect(text).toContain('Measures of impact');
    expect(text).toContain('19.3 children in October 2026 against a target of 18 children (lower is better): near target.');
    expect(pdf.toString('latin1')).toContain('/StructTreeRoot');
  });

  it('finds nothing for another board’s plan', async () => {
    const w = await planWorld(t.prisma);
    expect(await planForExport(w.council.id, w.board.id, w.otherPlan.id)).toBeNull();
  });
});

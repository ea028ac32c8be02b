import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { addMeasureValue, createMeasure, importMeasureValues, previewMeasureValues, updateMeasure } from '../../lib/plans/measures/actions';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { call, planWorld, type PlanWorld } from './plan-import-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

async function measure(w: PlanWorld, over: Record<string, unknown> = {}) {
  const result = await createMeasure.execute(
    call(w, {
      planId: w.plan.id,
      title: 'Re-referrals within 12 months',
      unit: '%',
      target: '20',
      direction: 'LOWER_IS_BETTER',
      tolerance: '3',
      actionIds: [w.action.id],
      themeIds: w.theme.id,
      ...over,
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.measureId;
}

const measureOf = (w: PlanWorld, id: string) =>
  withCouncil(w.council.id, (tx) =>
    tx.impactMeasure.findUniqueOrThrow({ where: { id }, include: { actions: true, themes: true, values: { orderBy: { periodEnd: 'asc' } } } }),
  );

describe('measures of impact', () => {
  it('defines a measure with its direction, tolerance and links to actions and themes', async () => {
    const w = await planWorld(t.prisma);
    const id = await measure(w);
    const m = await measureOf(w, id);
    expect(m).toMatchObject({ title: 'Re-referrals within 12 months', unit: '%', direction: 'LOWER_IS_BETTER', version: 1 });
    expect(Number(m.target)).toBe(20);
    expect(Number(m.tolerance)).toBe(3);
    expect(m.actions.map((a) => a.planActionId)).toEqual([w.action.id]);
    expect(m.themes.map((x) => x.themeId)).toEqual([w.theme.id]);
    expect(
      await createMeasure.execute(call(w, { planId: w.plan.id, title: 'RE-REFERRALS within 12 months', target: '1', direction: 'LOWER_IS_BETTER' })),
    ).toMatchObject({ ok: false, fieldErrors: { title: [expect.stringMatching(/already has a measure/)] } });
  });

  it('refuses links to another board’s actions or themes, and a target that is not a number', async () => {
    const w = await planWorld(t.prisma);
    const foreign = await withCouncil(w.council.id, (tx) =>
      tx.planTheme.create({ data: { councilId: w.council.id, planId: w.otherPlan.id, name: 'Elsewhere', position: 1 } }),
    );
    expect(
      await createMeasure.execute(call(w, { planId: w.plan.id, title: 'X', target: '1', direction: 'HIGHER_IS_BETTER', themeIds: [foreign.id] })),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await createMeasure.execute(call(w, { planId: w.plan.id, title: 'X', target: 'ninety', direction: 'UP' }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { target: ['Enter the target as a number, for example 90'], direction: ['Choose whether a higher or a lower value is better'] },
    });
    expect(await createMeasure.execute(call(w, { planId: w.plan.id, title: 'X', target: '1', direction: 'HIGHER_IS_BETTER' }, w.member.id))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('changes a measure and its links, and shows the other version on a clash', async () => {
    const w = await planWorld(t.prisma);
    const id = await measure(w);
    const edit = {
      planId: w.plan.id,
      measureId: id,
      version: '1',
      title: 'Re-referrals within 12 months',
      unit: '%',
      target: '18',
      direction: 'LOWER_IS_BETTER',
      tolerance: '',
      themeIds: [],
    };
    expect(await updateMeasure.execute(call(w, edit))).toMatchObject({ ok: true });
    const m = await measureOf(w, id);
    expect([Number(m.target), m.tolerance, m.version, m.actions.length, m.themes.length]).toEqual([18, null, 2, 0, 0]);
    expect(await updateMeasure.execute(call(w, { ...edit, target: '15' }))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: { target: '18', version: '2' },
    });
  });

  it('refuses a version too large for the column as a bad form, not a server error', async () => {
    const w = await planWorld(t.prisma);
    const id = await measure(w);
    const edit = {
      planId: w.plan.id,
      measureId: id,
      title: 'Re-referrals within 12 months',
      unit: '%',
      target: '18',
      direction: 'LOWER_IS_BETTER',
      tolerance: '',
      themeIds: [],
    };
    for (const version of ['99999999999999999999', '99999999999', '2147483648', '-1']) {
      const r = await updateMeasure.execute(call(w, { ...edit, version }));
      expect(r.ok).toBe(false);
      expect(['INVALID', 'CONFLICT']).toContain(r.ok ? '' : r.code);
    }
    expect((await measureOf(w, id)).version).toBe(1);
  });

  it('records a value per period, once', async () => {
    const w = await planWorld(t.prisma);
    const id = await measure(w);
    const value = { planId: w.plan.id, measureId: id, periodLabel: 'October 2026', periodEnd: '31/10/2026', value: '21.5%', note: '' };
    expect(await addMeasureValue.execute(call(w, value))).toMatchObject({
      ok: true,
      message: 'October 2026: 21.5% recorded for Re-referrals within 12 months',
    });
    expect(await addMeasureValue.execute(call(w, { ...value, value: '20' }))).toMatchObject({
      ok: false,
      fieldErrors: { periodEnd: [expect.stringMatching(/already has a value/)] },
    });
    const m = await measureOf(w, id);
    expect(m.values.map((v) => [v.periodLabel, v.periodEnd, Number(v.value), v.recordedById])).toEqual([
      ['October 2026', new Date('2026-10-31T00:00:00Z'), 21.5, w.admin.id],
    ]);
  });

  it('imports values from a CSV all or nothing, naming each bad row and column', async () => {
    const w = await planWorld(t.prisma);
    const id = await measure(w);
    await measure(w, { title: 'Children seen within timescale', direction: 'HIGHER_IS_BETTER', target: '90', actionIds: [], themeIds: [] });
    const good =
      'Measure,Period,Period end,Value,Note\nRe-referrals within 12 months,August 2026,31/08/2026,24.3,\nchildren seen within timescale,August 2026,2026-08-31,82,Improving\nRe-referrals within 12 months,September 2026,30/09/2026,23.8%,';
    const bad = `${good}\nRe-referrals within 12 months,October 2026,31/10/2026,lots,\nCaseloads,October 2026,31/10/2026,19,`;
    const preview = await previewMeasureValues.execute(call(w, { planId: w.plan.id, file: new File([bad], 'values.csv') }));
    expect(preview.ok && preview.data.preview.problems).toEqual([
      { row: 5, column: 'Value', message: '"lots" is not a number: enter it like 88.5' },
      { row: 6, column: 'Measure', message: 'The plan has no measure called "Caseloads": add it on the measures page first, or correct the title' },
    ]);
    const refused = await importMeasureValues.execute(call(w, { planId: w.plan.id, sheet: JSON.stringify(preview.ok && preview.data.sheet) }));
    expect(refused).toMatchObject({ ok: false, message: 'Nothing was imported: 2 problems to put right first' });
    expect((await measureOf(w, id)).values).toEqual([]);

    const ok = await previewMeasureValues.execute(call(w, { planId: w.plan.id, file: new File([good], 'values.csv') }));
    expect(ok.ok && ok.data.preview.problems).toEqual([]);
    expect(await importMeasureValues.execute(call(w, { planId: w.plan.id, sheet: JSON.stringify(ok.ok && ok.data.sheet) }))).toMatchObject({
      ok: true,
      data: { imported: 3 },
    });
    expect((await measureOf(w, id)).values.map((v) => Number(v.value))).toEqual([24.3, 23.8]);
    // the same file again would give each period a second value
    const again = await importMeasureValues.execute(call(w, { planId: w.plan.id, sheet: JSON.stringify(ok.ok && ok.data.sheet) }));
    expect(!again.ok && again.fieldErrors?.file?.[0]).toBe(
      'Row 2, column "Period end": Re-referrals within 12 months already has a value for the period ending 2026-08-31',
    );
  });

  it('refuses a file of values without the headings it needs', async () => {
    const w = await planWorld(t.prisma);
    await measure(w);
    expect(await previewMeasureValues.execute(call(w, { planId: w.plan.id, file: new File(['Title,Value\nx,1'], 'v.csv') }))).toMatchObject({
      ok: false,
      fieldErrors: { file: ['The file needs the columns Measure, Period, Period end (with those headings in its first row)'] },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { commitPlanImport, previewPlanImport, uploadPlanImport } from '../../lib/plans/import/actions';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { call, planWorld, type PlanWorld } from './plan-import-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const GOOD = [
  'Ref,Priority,What we will do,Owner,Deadline,Progress,Findings,Partners,Delivered by,Scrutiny,Second scrutiny',
  'QA2.1,Quality Assurance,"Refresh the QA framework, with monthly audits",Principal Social Worker,31/03/2027,In progress,PA1; AFI1,Police; Northbridge NHS Trust,Executive Group,Improvement Board,Scrutiny Committee',
  'QA2.2,quality assurance,Feed audit learning back within four weeks,Principal Social Worker,2027-04-30,,,,,,',
  'SC1.2,Scrutiny,Train members on corporate parenting,Democratic Services Manager,15/05/2027,Not started,afi1,,,Improvement Board,',
].join('\n');

const file = (text: string, name = 'plan.csv') => new File([text], name, { type: 'text/csv' });

/** Upload then import with the suggested mapping, as the wizard does. */
async function upload(w: PlanWorld, text: string) {
  const up = await uploadPlanImport.execute(call(w, { planId: w.plan.id, file: file(text) }));
  if (!up.ok) throw new Error(up.message);
  const form: Record<string, unknown> = { planId: w.plan.id, sheet: JSON.stringify(up.data.sheet), fileName: up.data.fileName };
  for (const [k, v] of Object.entries(up.data.mapping)) form[`map-${k}`] = v === null ? '' : String(v);
  return form;
}

const actionsOf = (w: PlanWorld) =>
  withCouncil(w.council.id, (tx) =>
    tx.planAction.findMany({
      where: { planId: w.plan.id },
      orderBy: { reference: 'asc' },
      select: {
        reference: true,
        description: true,
        leadOfficer: true,
        dueOn: true,
        status: true,
        theme: { select: { name: true } },
        findings: { select: { finding: { select: { reference: true } } } },
        agencies: { select: { agency: { select: { name: true } } } },
        deliveryBody: { select: { name: true } },
        scrutinyBody: { select: { name: true } },
        secondScrutinyBody: { select: { name: true } },
      },
    }),
  );

describe('importing a plan’s actions', () => {
  it('imports a good file exactly: its rows, no more, matching themes whatever their case and creating the rest', async () => {
    const w = await planWorld(t.prisma);
    const form = await upload(w, GOOD);
    const preview = await previewPlanImport.execute(call(w, form));
    expect(preview.ok && preview.data.preview.problems).toEqual([]);
    const result = await commitPlanImport.execute({ ...call(w, form), now: new Date('2026-11-26T10:00:00Z') });
    expect(result).toMatchObject({ ok: true, data: { imported: 3 } });
    const actions = await actionsOf(w);
    expect(actions.map((a) => a.reference)).toEqual(['QA2.1', 'QA2.2', 'SC1.1', 'SC1.2']);
    const qa1 = actions.find((a) => a.reference === 'QA2.1')!;
    expect(qa1).toMatchObject({
      description: 'Refresh the QA framework, with monthly audits',
      leadOfficer: 'Principal Social Worker',
      dueOn: new Date('2027-03-31T00:00:00Z'),
      status: 'IN_PROGRESS',
      theme: { name: 'Quality Assurance' },
      deliveryBody: { name: 'Executive Group' },
      scrutinyBody: { name: 'Improvement Board' },
      secondScrutinyBody: { name: 'Scrutiny Committee' },
    });
    expect(qa1.findings.map((f) => f.finding.reference).sort()).toEqual(['AFI1', 'PA1']);
    expect(qa1.agencies.map((a) => a.agency.name).sort()).toEqual(['Northbridge NHS Trust', 'Police']);
    // rated as an action added by hand would be: in progress and months from due
    expect(
      await withCouncil(w.council.id, (tx) => tx.planAction.findFirst({ where: { planId: w.plan.id, reference: 'QA2.1' }, select: { rag: true } })),
    ).toEqual({ rag: 'GREEN' });
    expect(actions.find((a) => a.reference === 'QA2.2')).toMatchObject({
      theme: { name: 'Quality Assurance' },
      status: 'NOT_STARTED',
      dueOn: new Date('2027-04-30T00:00:00Z'),
    });
    expect(actions.find((a) => a.reference === 'SC1.2')!.theme.name).toBe('Scrutiny');
    const themes = await withCouncil(w.council.id, (tx) =>
      tx.planTheme.findMany({ where: { planId: w.plan.id }, orderBy: { position: 'asc' }, select: { name: true } }),
    );
    expect(themes.map((x) => x.name)).toEqual(['Scrutiny', 'Quality Assurance']);
    const audit = await withCouncil(w.council.id, (tx) => tx.auditEvent.findFirst({ where: { kind: 'plan.import', entityId: w.plan.id } }));
    expect(audit?.data).toMatchObject({ after: { actions: ['QA2.1', 'QA2.2', 'SC1.2'] } });
  });

  it('refuses the whole file for one bad row, naming its row and column, and saves nothing', async () => {
    const w = await planWorld(t.prisma);
    const bad = GOOD.replace('2027-04-30', '31/13/2027');
    const form = await upload(w, bad);
    const preview = await previewPlanImport.execute(call(w, form));
    expect(preview.ok && preview.data.preview.problems).toEqual([
      {
        row: 3,
        column: 'Deadline',
        field: 'dueOn',
        message: '"31/13/2027" is not a date: enter it as day/month/year, for example 31/03/2027, or as 2027-03-31',
      },
    ]);
    const before = await snapshot(w);
    const result = await commitPlanImport.execute(call(w, form));
    expect(result).toMatchObject({ ok: false, code: 'INVALID', message: 'Nothing was imported: 1 problem to put right first' });
    expect(!result.ok && result.fieldErrors?.file).toEqual([
      'Row 3, column "Deadline": "31/13/2027" is not a date: enter it as day/month/year, for example 31/03/2027, or as 2027-03-31',
    ]);
    expect(await snapshot(w)).toEqual(before);
  });

  it('checks the rows again at commit: a reference added since the preview blocks the import', async () => {
    const w = await planWorld(t.prisma);
    const form = await upload(w, GOOD);
    await withCouncil(w.council.id, (tx) =>
      tx.planAction.create({
        data: {
          councilId: w.council.id,
          planId: w.plan.id,
          themeId: w.theme.id,
          reference: 'SC1.2',
          description: 'Added meanwhile',
          leadOfficer: 'Someone',
          dueOn: new Date('2027-01-01T00:00:00Z'),
        },
      }),
    );
    const result = await commitPlanImport.execute(call(w, form));
    expect(!result.ok && result.fieldErrors?.file).toEqual([
      'Row 4, column "Ref": The plan already has an action SC1.2: give this one another reference, or leave it out of the file',
    ]);
    expect((await actionsOf(w)).map((a) => a.reference)).toEqual(['SC1.1', 'SC1.2']);
  });

  it('does not trust a doctored sheet in the form, and refuses a mapping with a required field missing', async () => {
    const w = await planWorld(t.prisma);
    const form = await upload(w, GOOD);
    expect(await commitPlanImport.execute(call(w, { ...form, sheet: '{"headers":"x"}' }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { sheet: [expect.stringMatching(/upload the file again/)] },
    });
    expect(await commitPlanImport.execute(call(w, { ...form, 'map-dueOn': '' }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { 'map-dueOn': ['Choose the column that holds the due date'] },
    });
    expect((await actionsOf(w)).length).toBe(1);
  });

  it('is for administrators only, and only for a plan of this board', async () => {
    const w = await planWorld(t.prisma);
    const form = await upload(w, GOOD);
    expect(await commitPlanImport.execute(call(w, form, w.member.id))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await commitPlanImport.execute(call(w, { ...form, planId: w.otherPlan.id }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await uploadPlanImport.execute(call(w, { planId: w.plan.id, file: file('') }))).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.any(String)] },
    });
  });
});

async function snapshot(w: PlanWorld) {
  return withCouncil(w.council.id, async (tx) => ({
    actions: await tx.planAction.count(),
    themes: await tx.planTheme.count(),
    agencies: await tx.partnerAgency.count(),
    bodies: await tx.scrutinyBody.count(),
    audit: await tx.auditEvent.count(),
  }));
}

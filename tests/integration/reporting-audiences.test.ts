import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCall } from '../../lib/action/define';
import type { ActionResult } from '../../lib/action/result';
import { addDecisionMaker, addReportingAudience, updateDecisionMaker, updateReportingAudience } from '../../lib/councils/lists-actions';
import { councilLists } from '../../lib/councils/lists-queries';
import { withCouncil } from '../../lib/db/tenant';
import { loadReport } from '../../lib/plans/reports/load';
import { buildReport } from '../../lib/plans/reports/model';
import { readReportQuery } from '../../lib/plans/reports/period';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { planWorld, type PlanWorld } from './plan-import-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

// St Helens' board also reports to a People's Board and a Safeguarding Board (source 000);
// Blackpool's plan goes to the Health and Wellbeing Board and the Children's Partnership
// (source 004). The council keeps its own list of whom reports go to.

const TODAY = '2026-12-01';
type Executable<T> = { execute: (call: ActionCall) => Promise<ActionResult<T>> };
const call = <T>(w: PlanWorld, action: Executable<T>, actor: { id: string }, input: Record<string, unknown>) =>
  action.execute({ actorId: actor.id, councilSlug: w.council.slug, input, now: new Date(`${TODAY}T12:00:00Z`) });

const report = async (w: PlanWorld, audience: string) =>
  (await buildReport({ councilId: w.council.id, boardId: w.board.id, planId: w.plan.id }, readReportQuery({ audience }, TODAY).query, TODAY))!;

async function added(w: PlanWorld, name: string) {
  const r = await call(w, addReportingAudience, w.admin, { name });
  if (!r.ok) throw new Error(`add: ${r.message}`);
  return r.data.id;
}

describe('reporting audiences', () => {
  it('start as Cabinet, scrutiny and the DfE, and a report can address any the administrator adds', async () => {
    const w = await planWorld(t.prisma);
    expect((await councilLists(w.council.id)).audiences.map((a) => a.name)).toEqual([
      'Cabinet',
      'Overview and Scrutiny Committee',
      'Department for Education (DfE)',
    ]);
    const peoples = await added(w, 'People’s Board');
    const safeguarding = await added(w, 'Safeguarding Board');

    const r = await report(w, `aud-${peoples}`);
    expect(r.unknownAudience).toBe(false);
    expect(r.addressee).toBe('the People’s Board');
    expect(r.audience).toBe(`aud-${peoples}`);
    expect(r.audiences.map((a) => a.label)).toEqual([
      'Cabinet',
      'Overview and Scrutiny Committee',
      'Department for Education (DfE)',
      'People’s Board',
      'Safeguarding Board',
    ]);
    expect((await report(w, `aud-${safeguarding}`)).addressee).toBe('the Safeguarding Board');
    // the list's Cabinet is the Cabinet an old link named
    const cabinet = r.audiences.find((a) => a.label === 'Cabinet')!.value;
    expect(await report(w, 'cabinet')).toMatchObject({ audience: cabinet, addressee: 'Cabinet' });
    expect(await report(w, cabinet)).toMatchObject({ audience: cabinet, addressee: 'Cabinet' });
  });

  it('Blackpool: follows the board’s reporting line to a body on the list, and refuses one archived or another council’s', async () => {
    const w = await planWorld(t.prisma);
    await withCouncil(w.council.id, (tx) =>
      tx.boardReportingLine.create({
        data: { councilId: w.council.id, boardId: w.board.id, body: 'OTHER', name: 'Health and Wellbeing Board', frequency: 'Quarterly' },
      }),
    );
    const hwb = await added(w, 'Health and Wellbeing Board');
    const partnership = await added(w, 'Children’s Partnership');
    const r = await report(w, `aud-${hwb}`);
    expect(r).toMatchObject({ addressee: 'the Health and Wellbeing Board', reportingLine: { name: 'Health and Wellbeing Board', frequency: 'Quarterly' } });
    // the line is offered once, as the list's entry
    expect(r.audiences.filter((a) => a.label === 'Health and Wellbeing Board')).toHaveLength(1);

    expect((await call(w, updateReportingAudience, w.admin, { audienceId: partnership, name: 'Children’s Partnership', archived: 'yes' })).ok).toBe(true);
    const ctx = w.ctx();
    const archived = await loadReport.read(ctx, w.plan.id, { audience: `aud-${partnership}` });
    expect(archived.errors).toEqual([{ field: 'audience', message: 'Choose who the report is for from the list' }]);
    expect(archived.model.addressee).toBe('Cabinet');
    expect(archived.model.audiences.map((a) => a.label)).not.toContain('Children’s Partnership');

    const other = await planWorld(t.prisma);
    const theirs = (await councilLists(other.council.id)).audiences[0]!.id;
    expect((await report(w, `aud-${theirs}`)).unknownAudience).toBe(true);
  });

  it('are kept by the council’s administrators: names unique, renamed and archived rather than deleted', async () => {
    const w = await planWorld(t.prisma);
    const taken = await call(w, addReportingAudience, w.admin, { name: ' cabinet ' });
    expect(taken.ok ? null : taken.fieldErrors?.name?.[0]).toBe('Cabinet is already on the list');
    const member = await call(w, addReportingAudience, w.member, { name: 'People’s Board' });
    expect(member.ok).toBe(false);
    const id = await added(w, 'Peoples Board');
    expect((await call(w, updateReportingAudience, w.admin, { audienceId: id, name: 'People’s Board', archived: 'no' })).ok).toBe(true);

    const maker = await call(w, addDecisionMaker, w.admin, { name: 'Executive Director of People', kind: 'OFFICER_ROLE' });
    expect(maker.ok).toBe(true);
    const badKind = await call(w, addDecisionMaker, w.admin, { name: 'The ICB', kind: 'NHS' });
    expect(badKind.ok ? null : badKind.fieldErrors?.kind?.[0]).toBe('Choose what kind of decision maker it is');
    if (!maker.ok) return;
    expect(
      (
        await call(w, updateDecisionMaker, w.admin, {
          decisionMakerId: maker.data.id,
          name: 'Executive Director of People',
          kind: 'OFFICER_ROLE',
          archived: 'yes',
        })
      ).ok,
    ).toBe(true);

    const lists = await councilLists(w.council.id);
    expect(lists.audiences.map((a) => a.name)).toContain('People’s Board');
    expect(lists.decisionMakers.map((d) => [d.name, d.kind, d.archived])).toEqual([
      ['Cabinet', 'CABINET', false],
      ['Full Council', 'FULL_COUNCIL', false],
      ['Director of Children’s Services', 'OFFICER_ROLE', false],
      ['Executive Director of People', 'OFFICER_ROLE', true],
    ]);
    const kinds = await withCouncil(w.council.id, (tx) =>
      tx.auditEvent.findMany({ where: { councilId: w.council.id, kind: { startsWith: 'council.' } }, orderBy: { createdAt: 'asc' }, select: { kind: true } }),
    );
    expect(kinds.map((k) => k.kind)).toEqual([
      'council.audience.add',
      'council.audience.update',
      'council.decision-maker.add',
      'council.decision-maker.update',
    ]);
  });
});

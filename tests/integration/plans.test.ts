import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCall } from '../../lib/action/define';
import type { ActionResult } from '../../lib/action/result';
import { withCouncil } from '../../lib/db/tenant';
import { carryOver } from '../../lib/plans/actions/carry-over';
import { agreeDueDate, proposeDueDate } from '../../lib/plans/actions/due-dates';
import { approvePlan, changePlanStatus, createPlan, recordPlanOutcome, updatePlan } from '../../lib/plans/actions/plan';
import { addAgency, addMilestone, addScrutinyBody, createPlanAction, updatePlanAction } from '../../lib/plans/actions/plan-actions';
import { reopenAction, signOffAction } from '../../lib/plans/actions/sign-off';
import { renameTheme, addTheme, moveTheme } from '../../lib/plans/actions/themes';
import { getCarryOver, getFindingsCoverage, getPlanAction, getPlanOverview } from '../../lib/plans/queries';
import { NEW_INSPECTION } from '../../lib/plans/schema';
import { DEFAULT_PLAN_THEMES } from '../../lib/rules/plans';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { governanceWorld } from './governance-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const DAY = 86_400_000;
const NOW = new Date('2026-03-10T12:00:00Z');

async function world() {
  const g = await governanceWorld(NOW);
  return {
    ...g,
    held: await g.meeting(g.board.id, -7),
    // held before the test's actions were added (BEFORE, 30 days back) and between that and \`held\`
    longAgo: await g.meeting(g.board.id, -40),
    between: await g.meeting(g.board.id, -20),
    future: await g.meeting(g.board.id, 14, 'SCHEDULED'),
    cancelled: await g.meeting(g.board.id, -3, 'CANCELLED'),
    otherBoardMeeting: await g.meeting(g.otherBoard.id, -7),
  };
}
type World = Awaited<ReturnType<typeof world>>;
type Executable<T> = { execute: (call: ActionCall) => Promise<ActionResult<T>> };

/** Actions are added and new dates proposed a month before the meeting (`held`, a week back) that decides them. */
const BEFORE = new Date(NOW.getTime() - 30 * DAY);
const addedEarlier = new Set<unknown>([createPlanAction, proposeDueDate]);
const call = <T>(w: World, action: Executable<T>, actor: { id: string }, input: Record<string, unknown>, now = addedEarlier.has(action) ? BEFORE : NOW) =>
  action.execute({ actorId: actor.id, councilSlug: w.council.slug, boardSlug: w.board.slug, input, now });

async function must<T>(p: Promise<ActionResult<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.code}: ${r.message} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
}

const ctxOf = (w: World) =>
  boardContext(
    w.council,
    {
      ...w.board,
      paperNoticeWorkingDays: 5,
      apologyNoticeWorkingDays: 2,
      minutesDistributionDays: 7,
      quorumMinimum: null,
      riskAppetiteScore: 12,
      isPublic: false,
    },
    w.admin.id,
  );

/** A plan answering a new focused visit with two priority actions and one area for improvement. */
async function makePlan(w: World, extra: Record<string, unknown> = {}) {
  const { id } = await must(
    call(w, createPlan, w.admin, {
      title: 'Improvement Plan 2026',
      submissionDeadline: '15/12/2026',
      inspectionChoice: NEW_INSPECTION,
      inspectionKind: 'FOCUSED_VISIT',
      inspectionTitle: 'Focused visit to the front door',
      visitedOn: '3/2/2026',
      judgement: 'INADEQUATE',
      priorityActions: 'Thresholds at the front door\nManagement oversight',
      immediateActions: '',
      areasForImprovement: 'Return home interviews',
      ...extra,
    }),
  );
  const read = await withCouncil(w.council.id, (tx) =>
    tx.improvementPlan.findUniqueOrThrow({
      where: { id },
      include: { themes: { orderBy: { position: 'asc' } }, inspection: { include: { findings: { orderBy: { position: 'asc' } } } } },
    }),
  );
  return { id, plan: read, themes: read.themes, findings: read.inspection?.findings ?? [] };
}

async function bodies(w: World) {
  const board = await must(call(w, addScrutinyBody, w.admin, { planId: (await firstPlan(w)).id, name: 'Improvement Board' }));
  const committee = await must(call(w, addScrutinyBody, w.admin, { planId: (await firstPlan(w)).id, name: 'Scrutiny Committee' }));
  const group = await must(call(w, addScrutinyBody, w.admin, { planId: (await firstPlan(w)).id, name: 'Executive Group' }));
  return { board: board.id, committee: committee.id, group: group.id };
}
const firstPlan = (w: World) =>
  withCouncil(w.council.id, (tx) => tx.improvementPlan.findFirstOrThrow({ where: { boardId: w.board.id }, orderBy: { createdAt: 'asc' } }));

const actionForm = (planId: string, themeId: string, extra: Record<string, unknown> = {}) => ({
  planId,
  themeId,
  description: 'Agree revised threshold guidance with partners.',
  leadOfficer: 'Head of Service',
  dueOn: '30/6/2026',
  findingIds: [],
  agencyIds: [],
  deliveryBodyId: '',
  scrutinyBodyId: '',
  secondScrutinyBodyId: '',
  reference: '',
  ...extra,
});

const readAction = (w: World, id: string) =>
  withCouncil(w.council.id, (tx) => tx.planAction.findUniqueOrThrow({ where: { id }, include: { signOffs: true, findings: true, revisions: true } }));

async function editForm(w: World, planId: string, id: string, extra: Record<string, unknown> = {}) {
  const a = await readAction(w, id);
  return {
    planId,
    actionId: id,
    version: String(a.version),
    themeId: a.themeId,
    reference: a.reference,
    description: a.description,
    leadOfficer: a.leadOfficer,
    status: a.status,
    findingIds: a.findings.map((f) => f.findingId),
    agencyIds: [],
    deliveryBodyId: a.deliveryBodyId ?? '',
    scrutinyBodyId: a.scrutinyBodyId ?? '',
    secondScrutinyBodyId: a.secondScrutinyBodyId ?? '',
    ...extra,
  };
}

const evidence = {
  documents: 'Completion report\nExecutive Group minutes',
  links: 'https://example.test/dashboard',
  measures: 'Re-referrals within 12 months (%)',
};

describe('plans.create', () => {
  it("starts a draft answering a new inspection, its findings typed by kind, with Blackpool's six themes", async () => {
    const w = await world();
    const { plan, themes, findings } = await makePlan(w);
    expect(plan.status).toBe('DRAFT');
    expect(plan.submissionDeadline?.toISOString().slice(0, 10)).toBe('2026-12-15');
    expect(plan.inspection).toMatchObject({ kind: 'FOCUSED_VISIT', judgement: 'INADEQUATE' });
    expect(themes.map((t) => t.name)).toEqual([...DEFAULT_PLAN_THEMES]);
    expect(findings.map((f) => [f.reference, f.kind, f.text])).toEqual([
      ['PA1', 'PRIORITY_ACTION', 'Thresholds at the front door'],
      ['PA2', 'PRIORITY_ACTION', 'Management oversight'],
      ['AFI1', 'AREA_FOR_IMPROVEMENT', 'Return home interviews'],
    ]);
  });

  it('keeps field errors and what was typed for a new inspection missing its details', async () => {
    const w = await world();
    const r = await call(w, createPlan, w.admin, {
      title: 'My plan',
      inspectionChoice: NEW_INSPECTION,
      inspectionKind: '',
      inspectionTitle: '',
      visitedOn: '31/2/2026',
      judgement: '',
      priorityActions: 'Keep me',
    });
    expect(r).toMatchObject({ ok: false, code: 'INVALID' });
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(['inspectionKind', 'inspectionTitle', 'judgement', 'visitedOn']);
    expect(r.values).toMatchObject({ title: 'My plan', priorityActions: 'Keep me' });
  });

  it('refuses a member', async () => {
    const w = await world();
    expect(await call(w, createPlan, w.member, { title: 'X', inspectionChoice: NEW_INSPECTION })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('themes', () => {
  it('adds, renames and reorders, refusing a duplicate name', async () => {
    const w = await world();
    const { id, themes } = await makePlan(w);
    await must(call(w, addTheme, w.admin, { planId: id, name: 'Voice of the Child' }));
    expect(await call(w, addTheme, w.admin, { planId: id, name: 'scrutiny' })).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.stringContaining('already')] },
    });
    await must(call(w, renameTheme, w.admin, { planId: id, themeId: themes[5]!.id, name: 'Communications and Engagement' }));
    await must(call(w, moveTheme, w.admin, { planId: id, themeId: themes[5]!.id, direction: 'up' }));
    const names = (await withCouncil(w.council.id, (tx) => tx.planTheme.findMany({ where: { planId: id }, orderBy: { position: 'asc' } }))).map((t) => t.name);
    expect(names).toEqual([
      'Performance Management',
      'Quality Assurance',
      'Improving Front Line',
      'Partnership Working',
      'Communications and Engagement',
      'Scrutiny',
      'Voice of the Child',
    ]);
  });
});

describe('finding coverage', () => {
  it('shows each finding with the actions answering it and warns for any with none, until an action answers it', async () => {
    const w = await world();
    const { id, themes, findings } = await makePlan(w);
    const [pa1, pa2, afi1] = findings;
    const a = await must(call(w, createPlanAction, w.admin, actionForm(id, themes[2]!.id, { findingIds: [pa1!.id, pa2!.id] })));
    expect(a.reference).toBe('IF3.1');
    let coverage = await getFindingsCoverage(ctxOf(w), id);
    expect(coverage.findings.map((f) => [f.reference, f.actions.map((x) => x.reference)])).toEqual([
      ['PA1', ['IF3.1']],
      ['PA2', ['IF3.1']],
      ['AFI1', []],
    ]);
    expect(coverage.uncovered.map((f) => f.reference)).toEqual(['AFI1']);
    expect((await getPlanOverview(ctxOf(w), id, { now: NOW })).uncovered).toBe(1);

    // a single checkbox posts one value, not a list
    await must(call(w, createPlanAction, w.admin, actionForm(id, themes[1]!.id, { findingIds: afi1!.id })));
    coverage = await getFindingsCoverage(ctxOf(w), id);
    expect(coverage.uncovered).toEqual([]);
  });

  it("refuses a finding of another plan's inspection", async () => {
    const w = await world();
    const first = await makePlan(w);
    const second = await makePlan(w, { title: 'SEND partnership plan' });
    const r = await call(w, createPlanAction, w.admin, actionForm(second.id, second.themes[0]!.id, { findingIds: [first.findings[0]!.id] }));
    expect(r).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { findingIds: [expect.any(String)] } });
  });
});

describe('two-layer scrutiny (004 5.10)', () => {
  it('records the delivery body, the scrutiny body and the second body that scrutinises the first', async () => {
    const w = await world();
    const { id, themes } = await makePlan(w);
    const b = await bodies(w);
    const agency = await must(call(w, addAgency, w.admin, { planId: id, name: 'Northshire Police', kind: 'POLICE' }));
    const a = await must(
      call(
        w,
        createPlanAction,
        w.admin,
        actionForm(id, themes[0]!.id, { deliveryBodyId: b.group, scrutinyBodyId: b.board, secondScrutinyBodyId: b.committee, agencyIds: [agency.id] }),
      ),
    );
    const stored = await readAction(w, a.id);
    expect(stored).toMatchObject({ deliveryBodyId: b.group, scrutinyBodyId: b.board, secondScrutinyBodyId: b.committee });
    const detail = await getPlanAction(ctxOf(w), id, a.id, NOW);
    expect(detail.scrutinyBody?.name).toBe('Improvement Board');
    expect(detail.secondScrutinyBody?.name).toBe('Scrutiny Committee');
    expect(detail.agencies.map((x) => x.agency.name)).toEqual(['Northshire Police']);
  });

  it('refuses a second body equal to the first, and a second with no first, keeping what was typed', async () => {
    const w = await world();
    const { id, themes } = await makePlan(w);
    const b = await bodies(w);
    const same = await call(
      w,
      createPlanAction,
      w.admin,
      actionForm(id, themes[0]!.id, { scrutinyBodyId: b.board, secondScrutinyBodyId: b.board, description: 'Typed words' }),
    );
    expect(same).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { secondScrutinyBodyId: [expect.stringContaining('different')] },
      values: { description: 'Typed words' },
    });
    const alone = await call(w, createPlanAction, w.admin, actionForm(id, themes[0]!.id, { secondScrutinyBodyId: b.committee }));
    expect(alone).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { scrutinyBodyId: [expect.any(String)] } });
    // and on edit
    const a = await must(call(w, createPlanAction, w.admin, actionForm(id, themes[0]!.id, { scrutinyBodyId: b.board })));
    const edit = await call(w, updatePlanAction, w.admin, await editForm(w, id, a.id, { secondScrutinyBodyId: b.board }));
    expect(edit).toMatchObject({ ok: false, fieldErrors: { secondScrutinyBodyId: [expect.any(String)] } });
    expect((await readAction(w, a.id)).secondScrutinyBodyId).toBeNull();
  });
});

describe('invalid input', () => {
  it('keeps field errors and the typed values', async () => {
    const w = await world();
    const { id, themes } = await makePlan(w);
    const r = await call(w, createPlanAction, w.admin, actionForm(id, themes[0]!.id, { description: '', leadOfficer: 'Ms Lead', dueOn: '32/1/2026' }));
    expect(r).toMatchObject({ ok: false, code: 'INVALID', values: { leadOfficer: 'Ms Lead', dueOn: '32/1/2026' } });
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(['description', 'dueOn']);
  });

  it('answers a clash of edits with the version someone else saved', async () => {
    const w = await world();
    const { id, themes } = await makePlan(w);
    const a = await must(call(w, createPlanAction, w.admin, actionForm(id, themes[0]!.id)));
    const stale = await editForm(w, id, a.id);
    await must(call(w, updatePlanAction, w.admin, { ...stale, leadOfficer: 'First saver' }));
    const r = await call(w, updatePlanAction, w.admin, { ...stale, leadOfficer: 'Second saver' });
    expect(r).toMatchObject({ ok: false, code: 'CONFLICT', current: { leadOfficer: 'First saver' }, values: { leadOfficer: 'Second saver' } });
  });
});

describe('the action page', () => {
  it('answers 404 for an action id that is not a uuid, and for another plan’s action', async () => {
    const w = await world();
    const { id, themes } = await makePlan(w);
    const other = await makePlan(w, { title: 'Another plan' });
    const a = await must(call(w, createPlanAction, w.admin, actionForm(id, themes[0]!.id)));
    for (const [planId, actionId] of [
      [id, 'abc'],
      [id, `${a.id}x`],
      [id, '99999999999999999999'],
      ['abc', a.id],
      [other.id, a.id],
    ]) {
      await expect(getPlanAction(ctxOf(w), planId!, actionId!, NOW)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    }
    expect((await getPlanAction(ctxOf(w), id, a.id, NOW)).id).toBe(a.id);
  });
});

describe('due date revisions', () => {
  it('are unagreed until a meeting that has taken place agrees them', async () => {
    const w = await world();
    const { id, themes } = await makePlan(w);
    const a = await must(call(w, createPlanAction, w.admin, actionForm(id, themes[0]!.id, { dueOn: '1/3/2026' })));
    const rev = await must(
      call(w, proposeDueDate, w.admin, { planId: id, actionId: a.id, proposedDueOn: '30/4/2026', reason: 'Delayed by the new case system' }),
    );
    expect((await readAction(w, a.id)).agreedDueOn).toBeNull();
    expect((await getPlanAction(ctxOf(w), id, a.id, NOW)).rag).toBe('RED');
    expect(await call(w, agreeDueDate, w.admin, { planId: id, actionId: a.id, revisionId: rev.id, meetingId: w.future.id })).toMatchObject({
      ok: false,
      fieldErrors: { meetingId: [expect.any(String)] },
    });
    expect(await call(w, agreeDueDate, w.admin, { planId: id, actionId: a.id, revisionId: rev.id, meetingId: w.otherBoardMeeting.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    await must(call(w, agreeDueDate, w.admin, { planId: id, actionId: a.id, revisionId: rev.id, meetingId: w.held.id }));
    const stored = await readAction(w, a.id);
    expect(stored.agreedDueOn?.toISOString().slice(0, 10)).toBe('2026-04-30');
    expect(stored.dueOn.toISOString().slice(0, 10)).toBe('2026-03-01');
    expect(stored.revisions[0]).toMatchObject({ agreedAtMeetingId: w.held.id });
    expect((await getPlanAction(ctxOf(w), id, a.id, NOW)).rag).toBe('GREEN');
  });

  it('follow the action log’s rule: a past date or the current date is refused, and a second proposal from a page that did not show the first is a clash', async () => {
    const w = await world();
    const { id, themes } = await makePlan(w);
    const a = await must(call(w, createPlanAction, w.admin, actionForm(id, themes[0]!.id, { dueOn: '30/6/2026' })));
    const propose = (proposedDueOn: string) => call(w, proposeDueDate, w.admin, { planId: id, actionId: a.id, proposedDueOn, reason: 'Delayed' }, NOW);
    expect(await propose('9/3/2026')).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { proposedDueOn: ['The new date must be today or later'] } });
    expect(await propose('30/6/2026')).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { proposedDueOn: ['The new date must be different from the current due date'] },
    });
    await must(propose('10/3/2026'));
    // one flow with the action log: proposing again replaces the waiting proposal only when the form showed it
    expect(await propose('31/7/2026')).toMatchObject({ ok: false, code: 'CONFLICT', current: { proposedDueOn: '10 Mar 2026' } });
    expect((await readAction(w, a.id)).revisions).toHaveLength(1);
  });

  it('are agreed only at a meeting held after the proposal, and only once when two agree at the same time', async () => {
    const w = await world();
    const { id, themes } = await makePlan(w);
    const a = await must(call(w, createPlanAction, w.admin, actionForm(id, themes[0]!.id)));
    const rev = await must(call(w, proposeDueDate, w.admin, { planId: id, actionId: a.id, proposedDueOn: '30/9/2026', reason: 'Delayed' }));
    const agree = (meetingId: string) => call(w, agreeDueDate, w.admin, { planId: id, actionId: a.id, revisionId: rev.id, meetingId });
    expect(await agree(w.longAgo.id)).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { meetingId: [expect.stringContaining('held before this date was proposed')] },
    });
    // two agreements at once: on the real server (TEST_DATABASE_URL) both read the revision unagreed, so only the guarded update stops the second
    const both = await Promise.all([agree(w.held.id), agree(w.between.id)]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const stored = await readAction(w, a.id);
    expect(stored.revisions).toHaveLength(1);
    const audit = await withCouncil(w.council.id, (tx) => tx.auditEvent.count({ where: { entityId: a.id, kind: 'plans.due-date.agree' } }));
    expect(audit).toBe(1);
  });
});

describe('sign-off at a meeting (004 5.9)', () => {
  async function planWithAction(w: World) {
    const { id, themes } = await makePlan(w);
    const a = await must(call(w, createPlanAction, w.admin, actionForm(id, themes[0]!.id)));
    return { planId: id, actionId: a.id };
  }
  const form = async (w: World, planId: string, actionId: string, extra: Record<string, unknown> = {}) => ({
    planId,
    actionId,
    version: String((await readAction(w, actionId)).version),
    meetingId: w.held.id,
    proposedBy: 'Director of Children’s Services',
    ...evidence,
    ...extra,
  });

  it('is refused without a meeting, at a meeting yet to happen, a cancelled one or another board’s', async () => {
    const w = await world();
    const { planId, actionId } = await planWithAction(w);
    for (const meetingId of ['', w.future.id, w.cancelled.id]) {
      const r = await call(w, signOffAction, w.admin, await form(w, planId, actionId, { meetingId }));
      expect(r).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { meetingId: [expect.any(String)] } });
    }
    expect(await call(w, signOffAction, w.admin, await form(w, planId, actionId, { meetingId: w.otherBoardMeeting.id }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    // a meeting that ended before the action was added cannot have signed it off
    expect(await call(w, signOffAction, w.admin, await form(w, planId, actionId, { meetingId: w.longAgo.id }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { meetingId: [expect.stringContaining('after the action was added')] },
    });
    expect(await call(w, signOffAction, w.member, await form(w, planId, actionId))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(w, signOffAction, w.admin, await form(w, planId, actionId, { documents: '', links: '', measures: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { documents: [expect.stringContaining('evidence')] },
    });
    expect(await call(w, signOffAction, w.admin, await form(w, planId, actionId, { links: 'not a link' }))).toMatchObject({
      ok: false,
      fieldErrors: { links: [expect.any(String)] },
    });
    const stored = await readAction(w, actionId);
    expect(stored.status).toBe('NOT_STARTED');
    expect(stored.signOffs).toEqual([]);
  });

  it('is recorded at a historical meeting (held before the board came to Tabled), though the action was added after it', async () => {
    const w = await world();
    const { planId, actionId } = await planWithAction(w);
    await withCouncil(w.council.id, (tx) => tx.meeting.update({ where: { id: w.longAgo.id }, data: { historical: true, status: 'HELD' } }));
    const r = await call(w, signOffAction, w.admin, await form(w, planId, actionId, { meetingId: w.longAgo.id }));
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining('(historical record)') });
    expect((await readAction(w, actionId)).status).toBe('SIGNED_OFF');
  });

  it('records the meeting, the proposer and the evidence seen, by the Chair or an administrator', async () => {
    const w = await world();
    const { planId, actionId } = await planWithAction(w);
    await must(call(w, signOffAction, w.chair, await form(w, planId, actionId, { summary: 'Members tested the audit results.' })));
    const stored = await readAction(w, actionId);
    expect(stored.status).toBe('SIGNED_OFF');
    expect(stored.rag).toBe('BLUE');
    expect(stored.signOffs).toHaveLength(1);
    expect(stored.signOffs[0]).toMatchObject({
      meetingId: w.held.id,
      proposedBy: 'Director of Children’s Services',
      recordedById: w.chair.id,
      evidence: {
        documents: ['Completion report', 'Executive Group minutes'],
        links: ['https://example.test/dashboard'],
        measures: ['Re-referrals within 12 months (%)'],
        summary: 'Members tested the audit results.',
      },
    });
  });

  it('makes the action immutable: edits, revised dates, milestones and a second sign-off are refused', async () => {
    const w = await world();
    const { planId, actionId } = await planWithAction(w);
    await must(call(w, signOffAction, w.admin, await form(w, planId, actionId)));
    const before = await readAction(w, actionId);
    const edit = await call(
      w,
      updatePlanAction,
      w.admin,
      await editForm(w, planId, actionId, { status: 'IN_PROGRESS', description: 'Changed after sign-off' }),
    );
    expect(edit).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('signed off') });
    expect(await call(w, proposeDueDate, w.admin, { planId, actionId, proposedDueOn: '1/9/2026', reason: 'Later' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await call(w, addMilestone, w.admin, { planId, actionId, title: 'New', dueOn: '1/9/2026' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await call(w, signOffAction, w.admin, await form(w, planId, actionId))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await readAction(w, actionId)).toEqual(before);
  });

  it('is held by the database too: a direct change to a signed-off action or its sign-off is refused', async () => {
    const w = await world();
    const { planId, actionId } = await planWithAction(w);
    await must(call(w, signOffAction, w.admin, await form(w, planId, actionId)));
    const refused = (sql: (tx: Parameters<Parameters<typeof withCouncil>[1]>[0]) => Promise<unknown>) =>
      expect(withCouncil(w.council.id, sql)).rejects.toThrow(/signed off|board's record/);
    await refused((tx) => tx.$executeRaw`UPDATE "PlanAction" SET description = 'Rewritten' WHERE id = ${actionId}::uuid`);
    await refused((tx) => tx.$executeRaw`UPDATE "PlanAction" SET status = 'NOT_STARTED' WHERE id = ${actionId}::uuid`);
    await refused((tx) => tx.$executeRaw`UPDATE "PlanActionSignOff" SET "proposedBy" = 'Someone else' WHERE "planActionId" = ${actionId}::uuid`);
    await refused((tx) => tx.$executeRaw`DELETE FROM "PlanActionSignOff" WHERE "planActionId" = ${actionId}::uuid`);
    expect((await readAction(w, actionId)).description).toBe('Agree revised threshold guidance with partners.');
  });

  it('is reopened only by the board at a meeting, with the reason on the record beside the sign-off', async () => {
    const w = await world();
    const { planId, actionId } = await planWithAction(w);
    await must(call(w, signOffAction, w.admin, await form(w, planId, actionId)));
    const version = String((await readAction(w, actionId)).version);
    expect(await call(w, reopenAction, w.member, { planId, actionId, version, meetingId: w.held.id, reason: 'x' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await call(w, reopenAction, w.admin, { planId, actionId, version, meetingId: w.future.id, reason: 'Audit shows drift' })).toMatchObject({
      ok: false,
      fieldErrors: { meetingId: [expect.any(String)] },
    });
    expect(await call(w, reopenAction, w.admin, { planId, actionId, version, meetingId: w.held.id, reason: '' })).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.any(String)] },
    });
    // a meeting before the one that signed it off cannot have reopened it
    expect(await call(w, reopenAction, w.admin, { planId, actionId, version, meetingId: w.between.id, reason: 'Audit shows drift' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { meetingId: [expect.stringContaining('after the board signed the action off')] },
    });
    await must(call(w, reopenAction, w.admin, { planId, actionId, version, meetingId: w.held.id, reason: 'The re-audit found drift had returned' }));
    const stored = await readAction(w, actionId);
    expect(stored.status).toBe('IN_PROGRESS');
    expect(stored.signOffs).toHaveLength(1);
    expect(stored.signOffs[0]).toMatchObject({
      reopenReason: 'The re-audit found drift had returned',
      reopenedAtMeetingId: w.held.id,
      reopenedById: w.admin.id,
      proposedBy: 'Director of Children’s Services',
    });
    expect(stored.signOffs[0]?.reopenedAt).toBeInstanceOf(Date);
    const detail = await getPlanAction(ctxOf(w), planId, actionId, NOW);
    expect(detail.signOffs[0]?.reopenedAtMeeting?.title).toBe(w.held.title);
    // now editable again, and a second sign-off is a new record
    await must(call(w, updatePlanAction, w.admin, await editForm(w, planId, actionId, { description: 'Strengthened after the re-audit' })));
    await must(call(w, signOffAction, w.admin, await form(w, planId, actionId)));
    expect((await readAction(w, actionId)).signOffs).toHaveLength(2);
    const audit = await withCouncil(w.council.id, (tx) =>
      tx.auditEvent.findMany({ where: { entityId: actionId }, orderBy: { id: 'asc' }, select: { kind: true } }),
    );
    expect(audit.map((e) => e.kind)).toEqual([
      'plans.actions.create',
      'plans.actions.sign-off',
      'plans.actions.reopen',
      'plans.actions.update',
      'plans.actions.sign-off',
    ]);
  });
});

describe('Ofsted’s response', () => {
  it('Blackpool: the Ofsted outcome is recorded after submission, with its judgement, its letter as one of the board’s papers and a note', async () => {
    const w = await world();
    const { id } = await makePlan(w);
    const read = () => withCouncil(w.council.id, (tx) => tx.improvementPlan.findUniqueOrThrow({ where: { id } }));
    const record = async (input: Record<string, unknown>, actor = w.admin) =>
      call(w, recordPlanOutcome, actor, {
        planId: id,
        version: String((await read()).version),
        outcomeOn: '10/3/2026',
        outcomeJudgement: 'GOOD',
        outcomeLetterPaperId: '',
        outcomeNote: '',
        ...input,
      });
    expect(await record({})).toMatchObject({ ok: false, fieldErrors: { outcomeOn: [expect.stringContaining('submitted first')] } });
    await must(
      call(w, updatePlan, w.admin, {
        planId: id,
        version: String((await read()).version),
        title: 'Improvement Plan 2026',
        submissionDeadline: '15/12/2026',
        submittedOn: '1/3/2026',
      }),
    );
    expect(await record({ outcomeOn: '28/2/2026' })).toMatchObject({
      ok: false,
      fieldErrors: { outcomeOn: [expect.stringContaining('after the plan was submitted')] },
    });
    expect(await record({ outcomeOn: '1/1/2027' })).toMatchObject({ ok: false, fieldErrors: { outcomeOn: [expect.stringContaining('in the future')] } });
    expect(await record({ outcomeJudgement: 'EXCELLENT' })).toMatchObject({ ok: false, fieldErrors: { outcomeJudgement: ['Choose the judgement'] } });
    expect(await record({}, w.member)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // the letter is a paper of this board's meetings, not another board's
    const [ours, theirs] = await withCouncil(w.council.id, async (tx) => [
      await tx.paper.create({ data: { councilId: w.council.id, meetingId: w.held.id, title: 'Ofsted letter on the improvement plan', marking: 'OFFICIAL' } }),
      await tx.paper.create({ data: { councilId: w.council.id, meetingId: w.otherBoardMeeting.id, title: 'Another board’s paper', marking: 'OFFICIAL' } }),
    ]);
    expect(await record({ outcomeLetterPaperId: theirs!.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await record({ outcomeLetterPaperId: ours!.id, outcomeNote: 'The plan is fit for purpose.' })).toMatchObject({
      ok: true,
      message: expect.stringContaining('good'),
    });
    expect(await read()).toMatchObject({
      outcomeJudgement: 'GOOD',
      outcomeLetterPaperId: ours!.id,
      outcomeNote: 'The plan is fit for purpose.',
      outcomeOn: new Date('2026-03-10T00:00:00Z'),
    });
    const [event] = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ where: { kind: 'plans.record-outcome' } }));
    expect(event!.data).toMatchObject({ after: { outcomeJudgement: 'GOOD', outcomeOn: '2026-03-10' } });
  });
});

describe('plan status', () => {
  it('Blackpool: the plan is approved by the Chair at a board meeting that has taken place, on the record; transition waits for every action to be finished', async () => {
    const w = await world();
    const { id, themes } = await makePlan(w);
    const version = async () => String((await withCouncil(w.council.id, (tx) => tx.improvementPlan.findUniqueOrThrow({ where: { id } }))).version);
    expect(await call(w, changePlanStatus, w.admin, { planId: id, version: await version(), status: 'APPROVED' })).toMatchObject({
      ok: false,
      fieldErrors: { status: [expect.stringContaining('Chair')] },
    });
    expect(await call(w, approvePlan, w.admin, { planId: id, version: await version(), meetingId: w.held.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // the board agrees the plan at one of its meetings that has taken place
    expect(await call(w, approvePlan, w.chair, { planId: id, version: await version() })).toMatchObject({
      ok: false,
      fieldErrors: { meetingId: ['Choose the meeting at which the board agreed the plan'] },
    });
    expect(await call(w, approvePlan, w.chair, { planId: id, version: await version(), meetingId: w.future.id })).toMatchObject({
      ok: false,
      fieldErrors: { meetingId: [expect.stringContaining('has taken place')] },
    });
    expect(await call(w, approvePlan, w.chair, { planId: id, version: await version(), meetingId: w.otherBoardMeeting.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await must(call(w, approvePlan, w.chair, { planId: id, version: await version(), meetingId: w.held.id }))).toBeDefined();
    const approved = await withCouncil(w.council.id, (tx) => tx.improvementPlan.findUniqueOrThrow({ where: { id } }));
    expect(approved).toMatchObject({ status: 'APPROVED', approvedById: w.chair.id, approvedAt: NOW, approvedAtMeetingId: w.held.id });
    await must(call(w, changePlanStatus, w.admin, { planId: id, version: await version(), status: 'IN_DELIVERY' }));

    const a = await must(call(w, createPlanAction, w.admin, actionForm(id, themes[0]!.id)));
    const r = await call(w, changePlanStatus, w.admin, { planId: id, version: await version(), status: 'TRANSITION' });
    expect(r).toMatchObject({ ok: false, fieldErrors: { status: [expect.stringContaining(a.reference)] } });
    await must(
      call(w, signOffAction, w.admin, {
        planId: id,
        actionId: a.id,
        version: String((await readAction(w, a.id)).version),
        meetingId: w.held.id,
        proposedBy: 'DCS',
        ...evidence,
      }),
    );
    await must(call(w, changePlanStatus, w.admin, { planId: id, version: await version(), status: 'TRANSITION' }));
    // a stale version is refused
    expect(await call(w, updatePlan, w.admin, { planId: id, version: '1', title: 'Renamed' })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});

describe('carry-over (004 5.4)', () => {
  async function twoPlans(w: World) {
    const old = await makePlan(w, { title: 'Improvement Plan 2024' });
    const mk = (extra: Record<string, unknown> = {}) => must(call(w, createPlanAction, w.admin, actionForm(old.id, old.themes[0]!.id, extra)));
    const done = await mk();
    const open1 = await mk();
    const open2 = await mk();
    await must(
      call(w, signOffAction, w.admin, {
        planId: old.id,
        actionId: done.id,
        version: String((await readAction(w, done.id)).version),
        meetingId: w.held.id,
        proposedBy: 'DCS',
        ...evidence,
      }),
    );
    const next = await makePlan(w, { title: 'Improvement Plan 2026', previousPlanId: old.id });
    const target = await must(call(w, createPlanAction, w.admin, actionForm(next.id, next.themes[1]!.id)));
    return { old, next, done, open1, open2, target };
  }

  it('the "nothing lost" check fails while one outstanding action is left unmapped, and approval waits for it', async () => {
    const w = await world();
    const { old, next, done, open1, open2, target } = await twoPlans(w);
    await must(call(w, carryOver, w.admin, { planId: next.id, fromActionId: open1.id, toActionId: target.id }));
    let view = await getCarryOver(ctxOf(w), next.id);
    expect(view.check.nothingLost).toBe(false);
    expect(view.check.lost.map((a) => a.reference)).toEqual([open2.reference]);
    expect(view.oldRows.find((r) => r.id === done.id)?.lost).toBe(false);
    const version = String((await withCouncil(w.council.id, (tx) => tx.improvementPlan.findUniqueOrThrow({ where: { id: next.id } }))).version);
    expect(await call(w, approvePlan, w.chair, { planId: next.id, version, meetingId: w.held.id })).toMatchObject({
      ok: false,
      fieldErrors: { status: [expect.stringContaining(open2.reference)] },
    });

    expect(await call(w, carryOver, w.admin, { planId: next.id, fromActionId: open2.id, toActionId: '', closedReason: '' })).toMatchObject({
      ok: false,
      fieldErrors: { toActionId: [expect.any(String)] },
    });
    expect(await call(w, carryOver, w.admin, { planId: next.id, fromActionId: done.id, toActionId: target.id })).toMatchObject({ ok: false, code: 'INVALID' });
    await must(call(w, carryOver, w.admin, { planId: next.id, fromActionId: open2.id, closedReason: 'Now delivered by the SEND partnership plan' }));
    view = await getCarryOver(ctxOf(w), next.id);
    expect(view.check.nothingLost).toBe(true);
    await must(call(w, approvePlan, w.chair, { planId: next.id, version, meetingId: w.held.id }));

    // visible both ways: the new action names where it came from, the old plan where its actions went
    expect(view.carriedInto.find((t) => t.id === target.id)?.from.map((f) => f.reference)).toEqual([open1.reference]);
    const fromOld = await getCarryOver(ctxOf(w), old.id);
    expect(fromOld.outgoing.find((o) => o.id === open1.id)?.row?.to?.reference).toBe(target.reference);
    expect(fromOld.outgoing.find((o) => o.id === open2.id)?.row?.closedReason).toBe('Now delivered by the SEND partnership plan');
    expect(fromOld.outgoingCheck.nothingLost).toBe(true);
    expect((await getPlanAction(ctxOf(w), next.id, target.id, NOW)).carriedFrom.map((c) => c.from.reference)).toEqual([open1.reference]);
    expect((await getPlanAction(ctxOf(w), old.id, open1.id, NOW)).carriedTo[0]?.to?.reference).toBe(target.reference);
    expect((await readAction(w, open1.id)).status).toBe('CARRIED_OVER');
    expect((await readAction(w, open2.id)).status).toBe('CLOSED');
  });

  it("refuses a target outside the new plan, and another plan's action as the source", async () => {
    const w = await world();
    const { old, next, open1 } = await twoPlans(w);
    const other = await makePlan(w, { title: 'Unrelated plan' });
    const stray = await must(call(w, createPlanAction, w.admin, actionForm(other.id, other.themes[0]!.id)));
    expect(await call(w, carryOver, w.admin, { planId: next.id, fromActionId: open1.id, toActionId: stray.id })).toMatchObject({
      ok: false,
      fieldErrors: { toActionId: [expect.any(String)] },
    });
    expect(await call(w, carryOver, w.admin, { planId: next.id, fromActionId: stray.id, closedReason: 'x' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call(w, carryOver, w.admin, { planId: old.id, fromActionId: open1.id, closedReason: 'x' })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('is fixed once the new plan is in delivery', async () => {
    const w = await world();
    const { next, open1, open2, target } = await twoPlans(w);
    await must(call(w, carryOver, w.admin, { planId: next.id, fromActionId: open1.id, toActionId: target.id }));
    await must(call(w, carryOver, w.admin, { planId: next.id, fromActionId: open2.id, closedReason: 'Superseded' }));
    const version = async () => String((await withCouncil(w.council.id, (tx) => tx.improvementPlan.findUniqueOrThrow({ where: { id: next.id } }))).version);
    await must(call(w, approvePlan, w.chair, { planId: next.id, version: await version(), meetingId: w.held.id }));
    // approved: still open to a change of mind
    await must(call(w, carryOver, w.admin, { planId: next.id, fromActionId: open2.id, toActionId: target.id }));
    await must(call(w, changePlanStatus, w.admin, { planId: next.id, version: await version(), status: 'IN_DELIVERY' }));
    expect(await call(w, carryOver, w.admin, { planId: next.id, fromActionId: open2.id, closedReason: 'Changed in delivery' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('in delivery'),
    });
    const row = await withCouncil(w.council.id, (tx) => tx.planCarryOver.findUniqueOrThrow({ where: { fromPlanActionId: open2.id } }));
    expect(row).toMatchObject({ toPlanActionId: target.id, closedReason: null });
  });

  it("leaves another plan's mapping of the same old action alone", async () => {
    const w = await world();
    const { old, next, open1, target } = await twoPlans(w);
    await must(call(w, carryOver, w.admin, { planId: next.id, fromActionId: open1.id, toActionId: target.id }));
    // a second plan (a SEND plan) follows the same old plan
    const send = await makePlan(w, { title: 'SEND Improvement Plan', previousPlanId: old.id });
    const sendAction = await must(call(w, createPlanAction, w.admin, actionForm(send.id, send.themes[0]!.id)));
    expect(await call(w, carryOver, w.admin, { planId: send.id, fromActionId: open1.id, toActionId: sendAction.id })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining(target.reference),
    });
    expect(await call(w, carryOver, w.admin, { planId: send.id, fromActionId: open1.id, closedReason: 'Not ours' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    const row = await withCouncil(w.council.id, (tx) => tx.planCarryOver.findUniqueOrThrow({ where: { fromPlanActionId: open1.id } }));
    expect(row).toMatchObject({ toPlanActionId: target.id, closedReason: null });
    expect((await readAction(w, open1.id)).status).toBe('CARRIED_OVER');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreeDate, proposeDate } from '../../lib/action-log/actions';
import type { ActionResult } from '../../lib/action/result';
import { withCouncil } from '../../lib/db/tenant';
import { proposalToken } from '../../lib/due-date-revisions/schema';
import { agreeDueDate, proposeDueDate } from '../../lib/plans/actions/due-dates';
import { createPlan } from '../../lib/plans/actions/plan';
import { createPlanAction } from '../../lib/plans/actions/plan-actions';
import { NEW_INSPECTION } from '../../lib/plans/schema';
import { ACTION_NOW, actionWorld, type ActionWorld } from './action-log-world';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';

// One revision flow (lib/due-date-revisions) behind the action log's actions and the plans'
// actions: the same behaviour is asserted for both, each through its own actions, action
// names and audit kinds.

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

type Revision = {
  id: string;
  previousDueOn: Date;
  proposedDueOn: Date;
  reason: string;
  proposedAt: Date;
  agreedAt: Date | null;
  agreedAtMeetingId: string | null;
};
type Subject = {
  entityId: string;
  /** the agree form's meeting field */
  meetingField: string;
  propose(input: { proposedDueOn: string; reason: string; seenProposal?: string }, at?: Date): Promise<ActionResult<unknown>>;
  agree(revisionId: string, meetingId: string, at?: Date): Promise<ActionResult<unknown>>;
  read(): Promise<{ dueOn: Date; agreedDueOn: Date | null; revisions: Revision[] }>;
};
type Feature = { name: string; proposeKind: string; agreeKind: string; start(w: ActionWorld): Promise<Subject> };

function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(`${r.code}: ${r.message} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
}

const actionLog: Feature = {
  name: 'an action of the action log',
  proposeKind: 'action.revise_due_date',
  agreeKind: 'action.agree_due_date',
  async start(w) {
    const { actionId } = await w.add({ dueOn: '30/4/2026' });
    const read = () => w.action(actionId);
    return {
      entityId: actionId,
      meetingField: 'agreedAtMeetingId',
      propose: (input, at) => proposeDate.execute({ ...w.call(w.admin.id, at), input: { actionId, ...input } }),
      agree: async (revisionId, meetingId, at) =>
        agreeDate.execute({
          ...w.call(w.admin.id, at),
          input: { actionId, revisionId, agreedAtMeetingId: meetingId, version: String((await read()).version) },
        }),
      read,
    };
  },
};

const planAction: Feature = {
  name: 'an action of an improvement plan',
  proposeKind: 'plans.due-date.propose',
  agreeKind: 'plans.due-date.agree',
  async start(w) {
    const call = (input: Record<string, unknown>, at = ACTION_NOW) => ({ ...w.call(w.admin.id, at), input });
    const plan = ok(
      await createPlan.execute(
        call({
          title: 'Improvement Plan 2026',
          inspectionChoice: NEW_INSPECTION,
          inspectionKind: 'FOCUSED_VISIT',
          inspectionTitle: 'Focused visit',
          visitedOn: '3/2/2026',
          judgement: 'INADEQUATE',
          priorityActions: '',
          immediateActions: '',
          areasForImprovement: '',
        }),
      ),
    );
    const theme = await withCouncil(w.council.id, (tx) => tx.planTheme.findFirstOrThrow({ where: { planId: plan.id }, orderBy: { position: 'asc' } }));
    const action = ok(
      await createPlanAction.execute(
        call({
          planId: plan.id,
          themeId: theme.id,
          description: 'Agree revised threshold guidance with partners.',
          leadOfficer: 'Head of Service',
          dueOn: '30/4/2026',
          findingIds: [],
          agencyIds: [],
          deliveryBodyId: '',
          scrutinyBodyId: '',
          secondScrutinyBodyId: '',
          reference: '',
        }),
      ),
    );
    const key = { planId: plan.id, actionId: action.id };
    return {
      entityId: action.id,
      meetingField: 'meetingId',
      propose: (input, at) => proposeDueDate.execute(call({ ...key, ...input }, at)),
      agree: (revisionId, meetingId, at) => agreeDueDate.execute(call({ ...key, revisionId, meetingId }, at)),
      read: () =>
        withCouncil(w.council.id, (tx) =>
          tx.planAction.findUniqueOrThrow({ where: { id: action.id }, include: { revisions: { orderBy: { proposedAt: 'asc' } } } }),
        ),
    };
  },
};

const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10);
const later = (minutes: number) => new Date(ACTION_NOW.getTime() + minutes * 60_000);
const auditCount = (w: ActionWorld, kind: string, entityId: string) => withCouncil(w.council.id, (tx) => tx.auditEvent.count({ where: { kind, entityId } }));

describe.each([actionLog, planAction])('a revised due date of $name', (feature) => {
  it('is proposed with a reason, beside the original, and does not count until agreed', async () => {
    const w = await actionWorld(t);
    const s = await feature.start(w);
    ok(await s.propose({ proposedDueOn: '29/5/2026', reason: 'The audit team is short of two auditors.' }));
    const a = await s.read();
    expect(a.agreedDueOn).toBeNull();
    expect(day(a.dueOn)).toBe('2026-04-30');
    expect(a.revisions).toHaveLength(1);
    expect(a.revisions[0]).toMatchObject({ reason: 'The audit team is short of two auditors.', agreedAt: null, agreedAtMeetingId: null });
    expect([day(a.revisions[0]!.previousDueOn), day(a.revisions[0]!.proposedDueOn)]).toEqual(['2026-04-30', '2026-05-29']);
    expect(await s.propose({ proposedDueOn: '19/3/2026', reason: 'Past', seenProposal: proposalToken(a.revisions[0]) })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { proposedDueOn: ['The new date must be today or later'] },
    });
  });

  it('replaces the waiting proposal it was shown; one made since the page loaded is a clash, shown and not replaced', async () => {
    const w = await actionWorld(t);
    const s = await feature.start(w);
    ok(await s.propose({ proposedDueOn: '29/5/2026', reason: 'First thought', seenProposal: '' }));
    const [first] = (await s.read()).revisions;
    // proposed from a page loaded before the first proposal: a clash that hands back the proposal waiting
    const clash = await s.propose({ proposedDueOn: '30/6/2026', reason: 'Second thought', seenProposal: '' }, later(1));
    expect(clash).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: { seenProposal: proposalToken(first), proposedDueOn: '29 May 2026', reason: 'First thought' },
    });
    expect((await s.read()).revisions).toEqual([first]);
    // proposing again, having seen it, replaces it
    ok(await s.propose({ proposedDueOn: '30/6/2026', reason: 'Second thought', seenProposal: proposalToken(first) }, later(2)));
    const { revisions } = await s.read();
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ id: first!.id, reason: 'Second thought', agreedAt: null, proposedAt: later(2) });
    expect([day(revisions[0]!.previousDueOn), day(revisions[0]!.proposedDueOn)]).toEqual(['2026-04-30', '2026-06-30']);
    // the audit trail keeps both proposals, the second naming the one it replaced
    const audit = await withCouncil(w.council.id, (tx) =>
      tx.auditEvent.findMany({ where: { kind: feature.proposeKind, entityId: s.entityId }, orderBy: { id: 'asc' } }),
    );
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      data: { before: { proposedDueOn: '2026-05-29', reason: 'First thought' }, after: { proposedDueOn: '2026-06-30', reason: 'Second thought' } },
    });
    // and the first proposer's page is now stale in turn
    expect(await s.propose({ proposedDueOn: '31/7/2026', reason: 'Later still', seenProposal: proposalToken(first) }, later(3))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });

  it('is agreed at a meeting that ended after it was proposed, and then counts; once only', async () => {
    const w = await actionWorld(t);
    const s = await feature.start(w);
    ok(await s.propose({ proposedDueOn: '29/5/2026', reason: 'Slipped' }));
    const [revision] = (await s.read()).revisions;
    ok(await s.agree(revision!.id, w.sitting.id, later(30)));
    const a = await s.read();
    expect(day(a.agreedDueOn)).toBe('2026-05-29');
    expect(day(a.dueOn)).toBe('2026-04-30');
    expect(a.revisions[0]).toMatchObject({ agreedAtMeetingId: w.sitting.id, agreedAt: later(30) });
    expect(await auditCount(w, feature.agreeKind, s.entityId)).toBe(1);
    expect(await s.agree(revision!.id, w.sitting.id, later(31))).toMatchObject({ ok: false, code: 'CONFLICT' });
    // a page that still shows the agreed proposal cannot replace it: it is the board's now
    expect(await s.propose({ proposedDueOn: '30/6/2026', reason: 'Again', seenProposal: proposalToken(revision) }, later(32))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await auditCount(w, feature.agreeKind, s.entityId)).toBe(1);
  });

  it('is refused agreement at a meeting that ended before it was proposed', async () => {
    const w = await actionWorld(t);
    const s = await feature.start(w);
    ok(await s.propose({ proposedDueOn: '29/5/2026', reason: 'Slipped' }));
    const [revision] = (await s.read()).revisions;
    expect(await s.agree(revision!.id, w.held.id)).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { [s.meetingField]: ['That meeting was held before this date was proposed: choose the meeting that agreed it'] },
    });
    const a = await s.read();
    expect(a.agreedDueOn).toBeNull();
    expect(a.revisions[0]).toMatchObject({ agreedAt: null, agreedAtMeetingId: null });
    expect(await auditCount(w, feature.agreeKind, s.entityId)).toBe(0);
  });
});

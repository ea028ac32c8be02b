import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import {
  addAgendaItem,
  addStandingItem,
  linkAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  unlinkAgendaItem,
  updateAgendaItem,
} from '../../lib/meetings/agenda/actions';
import { agreeAgenda } from '../../lib/meetings/agenda/agreement';
import { getAgendaState, getLinkOptions } from '../../lib/meetings/agenda/queries';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const now = new Date('2026-03-20T12:00:00Z');

async function world() {
  const council = await make.council();
  const admin = await make.person(council, 'Board Administrator', { role: 'ADMIN', key: 'admin' });
  const chair = await make.person(council, 'Alex Morgan', { key: 'chair' });
  const member = await make.person(council, 'Sam Patel', { key: 'member' });
  const board = await make.board(council);
  const other = await make.executiveGroup(council);
  await make.seat(council, board, chair, { role: 'INDEPENDENT_CHAIR', agency: 'Westshire County Council', position: 'Independent Chair' });
  const seat = await make.seat(council, board, member);
  const march = await make.meeting(council, board, { startsAt: '2026-03-03T10:00:00Z', status: 'HELD' });
  await make.meeting(council, board, { startsAt: '2026-03-17T10:00:00Z', status: 'CANCELLED' });
  const april = await make.meeting(council, board, { startsAt: '2026-04-07T09:00:00Z' });
  const theirs = await make.meeting(council, other, { title: 'Executive Group', startsAt: '2026-04-21T13:00:00Z', endsAt: '2026-04-21T14:30:00Z' });
  const rows = await withCouncil(council.id, async (tx) => {
    const action = await tx.action.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        reference: 'IB-2026-001',
        description: 'Audit 50 case files',
        dueOn: new Date('2026-05-01'),
        ownerSeatId: seat.id,
      },
    });
    const closedAction = await tx.action.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        reference: 'IB-2026-002',
        description: 'Done already',
        dueOn: new Date('2026-01-01'),
        status: 'CLOSED',
      },
    });
    const risk = await tx.risk.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        reference: 'R-01',
        title: 'Social worker vacancies',
        description: 'd',
        category: 'Workforce',
        inherentLikelihood: 4,
        inherentImpact: 4,
        currentLikelihood: 4,
        currentImpact: 3,
        targetLikelihood: 2,
        targetImpact: 2,
        reviewDueOn: new Date('2026-04-01'),
      },
    });
    const plan = await tx.improvementPlan.create({ data: { councilId: council.id, boardId: board.id, title: 'Improvement plan' } });
    const theme = await tx.planTheme.create({ data: { councilId: council.id, planId: plan.id, position: 1, name: 'Quality Assurance' } });
    const planAction = await tx.planAction.create({
      data: {
        councilId: council.id,
        planId: plan.id,
        themeId: theme.id,
        reference: 'QA1',
        description: 'Monthly audit programme',
        leadOfficer: 'Head of QA',
        dueOn: new Date('2026-06-30'),
      },
    });
    const theirAction = await tx.action.create({
      data: { councilId: council.id, boardId: other.id, reference: 'EG-2026-001', description: 'Executive Group action', dueOn: new Date('2026-05-01') },
    });
    return { board, other, march, april, theirs, action, closedAction, risk, planAction, theirAction };
  });
  const call = (actorId: string, input: Record<string, unknown>, when = now) => ({
    actorId,
    councilSlug: council.slug,
    boardSlug: 'improvement-board',
    input,
    now: when,
  });
  const items = (meetingId = rows.april.id) =>
    withCouncil(council.id, (tx) => tx.agendaItem.findMany({ where: { meetingId }, orderBy: { position: 'asc' }, include: { links: true } }));
  const meeting = (id = rows.april.id) => withCouncil(council.id, (tx) => tx.meeting.findUniqueOrThrow({ where: { id } }));
  const audit = () => withCouncil(council.id, (tx) => tx.auditEvent.findMany({ orderBy: { id: 'asc' } }));
  const ctx = (actorId = admin.id, roles: ('ADMINISTRATOR' | 'CHAIR')[] = ['ADMINISTRATOR']) => boardContext(council, { ...rows.board }, actorId, roles);
  return { council, admin, chair, member, ...rows, call, items, meeting, audit, ctx };
}
type World = Awaited<ReturnType<typeof world>>;

const item = (w: World, over: Record<string, unknown> = {}) => ({
  meetingId: w.april.id,
  title: 'Performance report',
  presenter: 'Head of Performance',
  purpose: 'ASSURANCE',
  durationMinutes: '20',
  actionId: '',
  riskId: '',
  planActionId: '',
  ...over,
});

async function add(w: World, over: Record<string, unknown> = {}) {
  const result = await addAgendaItem.execute(w.call(w.admin.id, item(w, over)));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.itemId;
}

const titles = async (w: World) => (await w.items()).map((i) => `${i.position}. ${i.title}`);

describe('agenda items', () => {
  it('are added in order with presenter, purpose, timing and links to this board’s action, risk and plan action', async () => {
    const w = await world();
    const result = await addAgendaItem.execute(w.call(w.admin.id, item(w, { actionId: w.action.id, riskId: w.risk.id, planActionId: w.planAction.id })));
    expect(result).toMatchObject({ ok: true, message: '“Performance report” added to the agenda.' });
    await add(w, { title: 'Voice of the child', purpose: 'INFORMATION', presenter: '', durationMinutes: '' });
    const [first, second] = await w.items();
    expect(first).toMatchObject({
      position: 1,
      title: 'Performance report',
      presenter: 'Head of Performance',
      purpose: 'ASSURANCE',
      durationMinutes: 20,
      standing: null,
    });
    expect(first!.links.map((l) => [l.actionId, l.riskId, l.planActionId])).toEqual(
      expect.arrayContaining([
        [w.action.id, null, null],
        [null, w.risk.id, null],
        [null, null, w.planAction.id],
      ]),
    );
    expect(second).toMatchObject({ position: 2, presenter: null, durationMinutes: null, purpose: 'INFORMATION' });
    const [event] = await w.audit();
    expect(event).toMatchObject({ kind: 'agenda.item.add', entityType: 'AgendaItem', actorId: w.admin.id });
    expect((event!.data as { after: { links: string[] } }).after.links).toEqual(['IB-2026-001', 'R-01', 'QA1']);
  });

  it('refuses a missing title, a bad purpose or timing, and another board’s action, adding nothing', async () => {
    const w = await world();
    expect(await addAgendaItem.execute(w.call(w.admin.id, item(w, { title: '' })))).toMatchObject({
      ok: false,
      fieldErrors: { title: ['Enter the title of the item'] },
    });
    expect(await addAgendaItem.execute(w.call(w.admin.id, item(w, { purpose: 'GOSSIP' })))).toMatchObject({
      ok: false,
      fieldErrors: { purpose: [expect.any(String)] },
    });
    expect(await addAgendaItem.execute(w.call(w.admin.id, item(w, { durationMinutes: '-5' })))).toMatchObject({
      ok: false,
      fieldErrors: { durationMinutes: [expect.stringMatching(/minutes/)] },
    });
    expect(await addAgendaItem.execute(w.call(w.admin.id, item(w, { actionId: w.theirAction.id })))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await addAgendaItem.execute(w.call(w.admin.id, item(w, { meetingId: w.theirs.id })))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await w.items()).toEqual([]);
    expect(await w.meeting()).toMatchObject({ version: 1 });
  });

  it('are for administrators: the Chair and members cannot change the agenda', async () => {
    const w = await world();
    expect(await addAgendaItem.execute(w.call(w.chair.id, item(w)))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await addAgendaItem.execute(w.call(w.member.id, item(w)))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await w.items()).toEqual([]);
  });

  it('cannot change on a held or cancelled meeting', async () => {
    const w = await world();
    const result = await addAgendaItem.execute(w.call(w.admin.id, item(w, { meetingId: w.march.id })));
    expect(result).toMatchObject({ ok: false, code: 'INVALID', message: expect.stringMatching(/held meeting/) });
  });

  it('are edited with the agenda version they were read at; a stale edit shows the version saved since', async () => {
    const w = await world();
    const id = await add(w);
    const edit = (version: string, title: string) =>
      updateAgendaItem.execute(w.call(w.admin.id, { itemId: id, version, title, presenter: 'Director', purpose: 'DECISION', durationMinutes: '30' }));
    expect(await edit('2', 'Performance report: February')).toMatchObject({ ok: true, message: 'Agenda item saved.' });
    expect(await edit('2', 'Stale title')).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: { title: 'Performance report: February', purpose: 'DECISION', durationMinutes: '30', version: '3' },
    });
    expect((await w.items())[0]).toMatchObject({ title: 'Performance report: February', presenter: 'Director', purpose: 'DECISION', durationMinutes: 30 });
  });

  it('move up and down, refusing to move past either end', async () => {
    const w = await world();
    const a = await add(w, { title: 'A' });
    await add(w, { title: 'B' });
    const c = await add(w, { title: 'C' });
    expect(await moveAgendaItem.execute(w.call(w.admin.id, { itemId: c, direction: 'up' }))).toMatchObject({ ok: true, data: { position: 2 } });
    expect(await titles(w)).toEqual(['1. A', '2. C', '3. B']);
    expect(await moveAgendaItem.execute(w.call(w.admin.id, { itemId: a, direction: 'down' }))).toMatchObject({ ok: true });
    expect(await titles(w)).toEqual(['1. C', '2. A', '3. B']);
    expect(await moveAgendaItem.execute(w.call(w.admin.id, { itemId: c, direction: 'up' }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: '“C” is already first on the agenda',
    });
    expect(await moveAgendaItem.execute(w.call(w.admin.id, { itemId: c, direction: 'sideways' }))).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await titles(w)).toEqual(['1. C', '2. A', '3. B']);
    expect((await w.audit()).at(-1)).toMatchObject({ kind: 'agenda.item.move', entityId: a, data: { before: { position: 1 }, after: { position: 2 } } });
  });

  it('are removed and the rest renumbered, but not while they have papers', async () => {
    const w = await world();
    await add(w, { title: 'A' });
    const b = await add(w, { title: 'B' });
    const c = await add(w, { title: 'C' });
    await withCouncil(w.council.id, (tx) =>
      tx.paper.create({ data: { councilId: w.council.id, meetingId: w.april.id, agendaItemId: c, title: 'Performance pack' } }),
    );
    expect(await removeAgendaItem.execute(w.call(w.admin.id, { itemId: c }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: expect.stringMatching(/has papers/),
    });
    expect(await removeAgendaItem.execute(w.call(w.admin.id, { itemId: b }))).toMatchObject({ ok: true, message: '“B” removed from the agenda.' });
    expect(await titles(w)).toEqual(['1. A', '2. C']);
    expect((await w.audit()).at(-1)).toMatchObject({ kind: 'agenda.item.remove', entityId: b, data: { before: { title: 'B', position: 2 } } });
  });

  it('link and unlink actions, risks and plan actions of this board only', async () => {
    const w = await world();
    const id = await add(w);
    expect(await linkAgendaItem.execute(w.call(w.admin.id, { itemId: id, target: 'risk', riskId: w.risk.id }))).toMatchObject({
      ok: true,
      message: 'R-01 linked to “Performance report”.',
    });
    expect(await linkAgendaItem.execute(w.call(w.admin.id, { itemId: id, target: 'risk', riskId: w.risk.id }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { riskId: ['R-01 is already linked to this item'] },
    });
    expect(await linkAgendaItem.execute(w.call(w.admin.id, { itemId: id, target: 'action', actionId: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { actionId: ['Choose an action to link'] },
    });
    expect(await linkAgendaItem.execute(w.call(w.admin.id, { itemId: id, target: 'action', actionId: w.theirAction.id }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const [linked] = await w.items();
    expect(linked!.links).toHaveLength(1);
    const state = await getAgendaState(w.ctx(), w.april.id);
    expect(state.linksByItem.get(id)).toEqual([{ id: linked!.links[0]!.id, kind: 'Risk', reference: 'R-01', text: 'Social worker vacancies' }]);
    expect(await unlinkAgendaItem.execute(w.call(w.admin.id, { linkId: linked!.links[0]!.id }))).toMatchObject({ ok: true });
    expect((await w.items())[0]!.links).toEqual([]);
  });

  it('offers open actions, risks and plan actions of this board to link', async () => {
    const w = await world();
    const options = await getLinkOptions(w.ctx());
    expect(options.actions.map((a) => a.reference)).toEqual(['IB-2026-001']);
    expect(options.risks.map((r) => r.reference)).toEqual(['R-01']);
    expect(options.planActions.map((p) => p.reference)).toEqual(['QA1']);
  });
});

describe('standing items', () => {
  it('are added with one click each and fall into their usual places, whatever order they are clicked in', async () => {
    const w = await world();
    await add(w, { title: 'Performance report' });
    for (const standing of ['FORWARD_PLAN', 'ACTION_LOG', 'RISK_LOG', 'APOLOGIES', 'DECLARATIONS_OF_INTEREST', 'PREVIOUS_MINUTES']) {
      expect(await addStandingItem.execute(w.call(w.admin.id, { meetingId: w.april.id, standing })), standing).toMatchObject({ ok: true });
    }
    expect(await titles(w)).toEqual([
      '1. Declarations of interest',
      '2. Welcome, introductions and apologies',
      // the last meeting held, not the cancelled one after it
      expect.stringMatching(/^3\. Minutes of the meeting held on Tuesday,? 3 March 2026 and matters arising$/),
      '4. Action log',
      '5. Performance report',
      '6. Risk log',
      '7. Forward plan',
    ]);
    const items = await w.items();
    expect(items.map((i) => [i.standing, i.purpose, i.presenter])).toEqual([
      ['DECLARATIONS_OF_INTEREST', 'INFORMATION', 'Alex Morgan'],
      ['APOLOGIES', 'INFORMATION', 'Alex Morgan'],
      ['PREVIOUS_MINUTES', 'DECISION', 'Alex Morgan'],
      ['ACTION_LOG', 'ASSURANCE', null],
      [null, 'ASSURANCE', 'Head of Performance'],
      ['RISK_LOG', 'ASSURANCE', null],
      ['FORWARD_PLAN', 'DECISION', 'Alex Morgan'],
    ]);
    expect((await getAgendaState(w.ctx(), w.april.id)).standingMissing).toEqual([]);
  });

  it('are offered once: a second is refused', async () => {
    const w = await world();
    await addStandingItem.execute(w.call(w.admin.id, { meetingId: w.april.id, standing: 'APOLOGIES' }));
    expect(await addStandingItem.execute(w.call(w.admin.id, { meetingId: w.april.id, standing: 'APOLOGIES' }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: 'Apologies is already on the agenda',
    });
    expect((await getAgendaState(w.ctx(), w.april.id)).standingMissing).toEqual([
      'DECLARATIONS_OF_INTEREST',
      'PREVIOUS_MINUTES',
      'ACTION_LOG',
      'RISK_LOG',
      'FORWARD_PLAN',
    ]);
    expect(await w.items()).toHaveLength(1);
  });
});

describe('the Chair’s agreement', () => {
  it('records who agreed the agenda and when, with the agenda they agreed', async () => {
    const w = await world();
    await addStandingItem.execute(w.call(w.admin.id, { meetingId: w.april.id, standing: 'APOLOGIES' }));
    await add(w, { riskId: w.risk.id });
    const { version } = await w.meeting();
    const agreedAt = new Date('2026-03-25T16:30:00Z');
    expect(await agreeAgenda.execute(w.call(w.chair.id, { meetingId: w.april.id, version: String(version) }, agreedAt))).toMatchObject({
      ok: true,
      message: 'Agenda agreed',
    });
    expect(await w.meeting()).toMatchObject({ agendaAgreedById: w.chair.id, agendaAgreedAt: agreedAt, version });
    const event = (await w.audit()).at(-1)!;
    expect(event).toMatchObject({ kind: 'agenda.agree', actorId: w.chair.id, entityId: w.april.id });
    expect((event.data as { after: { items: { title: string; links: string[] }[] } }).after.items.map((i) => [i.title, i.links])).toEqual([
      ['Welcome, introductions and apologies', []],
      ['Performance report', ['R-01']],
    ]);
    const state = await getAgendaState(w.ctx(w.chair.id, ['CHAIR']), w.april.id);
    expect(state.agreed).toEqual({ at: agreedAt, by: 'Alex Morgan', onBehalfOf: null });
    expect(state.cleared).toBeNull();
    expect(await agreeAgenda.execute(w.call(w.chair.id, { meetingId: w.april.id, version: String(version) }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: 'This agenda is already agreed',
    });
  });

  it('is the Chair’s alone', async () => {
    const w = await world();
    await add(w);
    for (const who of [w.admin.id, w.member.id]) {
      expect(await agreeAgenda.execute(w.call(who, { meetingId: w.april.id, version: '2' }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await w.meeting()).toMatchObject({ agendaAgreedById: null, agendaAgreedAt: null });
  });

  it('refuses an agenda that changed since the Chair read it, and an empty one', async () => {
    const w = await world();
    expect(await agreeAgenda.execute(w.call(w.chair.id, { meetingId: w.april.id, version: '1' }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: 'There is nothing on the agenda to agree yet',
    });
    await add(w);
    const read = (await w.meeting()).version;
    await add(w, { title: 'Late addition' });
    expect(await agreeAgenda.execute(w.call(w.chair.id, { meetingId: w.april.id, version: String(read) }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await w.meeting()).toMatchObject({ agendaAgreedAt: null });
  });

  it('is cleared by any later change to the agenda, which says so and is recorded', async () => {
    const w = await world();
    const id = await add(w);
    const agreedAt = new Date('2026-03-25T16:30:00Z');
    await agreeAgenda.execute(w.call(w.chair.id, { meetingId: w.april.id, version: String((await w.meeting()).version) }, agreedAt));
    const changedAt = new Date('2026-03-26T09:00:00Z');
    const result = await addStandingItem.execute(w.call(w.admin.id, { meetingId: w.april.id, standing: 'RISK_LOG' }, changedAt));
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringContaining('The Chair had agreed the agenda: that agreement is now cleared, so the Chair needs to agree the agenda again.'),
    });
    expect(await w.meeting()).toMatchObject({ agendaAgreedById: null, agendaAgreedAt: null });
    const kinds = (await w.audit()).map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(['agenda.agreement.clear', 'agenda.item.add']);
    const state = await getAgendaState(w.ctx(), w.april.id);
    expect(state.agreed).toBeNull();
    expect(state.cleared).toEqual({ agreedAt, changedAt, changedBy: 'Board Administrator' });
    // each kind of change clears it
    const changes = [
      () => moveAgendaItem.execute(w.call(w.admin.id, { itemId: id, direction: 'down' })),
      () => updateAgendaItem.execute(w.call(w.admin.id, { itemId: id, version: String(version), title: 'Renamed', purpose: 'DECISION' })),
      () => linkAgendaItem.execute(w.call(w.admin.id, { itemId: id, target: 'action', actionId: w.action.id })),
    ];
    let version = (await w.meeting()).version;
    for (const change of changes) {
      version = (await w.meeting()).version;
      expect(await agreeAgenda.execute(w.call(w.chair.id, { meetingId: w.april.id, version: String(version) }))).toMatchObject({ ok: true });
      expect(await change()).toMatchObject({ ok: true, message: expect.stringContaining('agreement is now cleared') });
      expect(await w.meeting()).toMatchObject({ agendaAgreedAt: null });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { addForwardPlanToAgenda, createForwardPlanItem, removeForwardPlanItem, updateForwardPlanItem } from '../../lib/forward-plan/actions';
import { forwardPlanForMeeting, getForwardPlan, getForwardPlanItem } from '../../lib/forward-plan/queries';
import { addStandingItem } from '../../lib/meetings/agenda/actions';
import { agreeAgenda } from '../../lib/meetings/agenda/agreement';
import { getBoardOverview } from '../../lib/boards/queries';
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
  const board = await make.board(council, { riskAppetiteScore: 12 });
  const other = await make.executiveGroup(council);
  await make.seat(council, board, chair, { role: 'INDEPENDENT_CHAIR', agency: 'Westshire', position: 'Independent Chair' });
  await make.seat(council, board, member);
  const meeting = (b: { id: string }, startsAt: string, status: 'SCHEDULED' | 'HELD' | 'CANCELLED' = 'SCHEDULED') =>
    make.meeting(council, b, { startsAt, status });
  const rows = {
    board,
    other,
    march: await meeting(board, '2026-03-03T10:00:00Z', 'HELD'),
    april: await meeting(board, '2026-04-07T09:00:00Z'),
    may: await meeting(board, '2026-05-05T09:00:00Z'),
    june: await meeting(board, '2026-06-02T09:00:00Z'),
    july: await meeting(board, '2026-07-07T09:00:00Z'),
    cancelled: await meeting(board, '2026-04-21T09:00:00Z', 'CANCELLED'),
    theirs: await meeting(other, '2026-04-14T09:00:00Z'),
  };
  const call = (actorId: string, input: Record<string, unknown>, when = now) => ({
    actorId,
    councilSlug: council.slug,
    boardSlug: 'improvement-board',
    input,
    now: when,
  });
  const ctx = () =>
    boardContext(
      council,
      {
        id: rows.board.id,
        slug: rows.board.slug,
        name: rows.board.name,
        kind: rows.board.kind,
        status: rows.board.status,
        isPublic: false,
        paperNoticeWorkingDays: 5,
        apologyNoticeWorkingDays: 2,
        minutesDistributionDays: 7,
        quorumMinimum: null,
        riskAppetiteScore: 12,
      },
      admin.id,
    );
  const agenda = (meetingId: string) =>
    withCouncil(council.id, (tx) =>
      tx.agendaItem.findMany({
        where: { meetingId },
        orderBy: { position: 'asc' },
        select: { id: true, title: true, position: true, purpose: true, presenter: true, standing: true },
      }),
    );
  const items = () => withCouncil(council.id, (tx) => tx.forwardPlanItem.findMany({ orderBy: { createdAt: 'asc' } }));
  return { council, admin, chair, member, ...rows, call, ctx, agenda, items };
}

const plan = (meetingId: string, title: string, kind = 'REPORT', presenter = 'Head of Fostering') => ({ meetingId, kind, title, presenter });

describe('forward plan items', () => {
  it('are added for a coming meeting or one not yet scheduled, and listed by meeting', async () => {
    const w = await world();
    expect(await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Annual fostering report')))).toMatchObject({ ok: true });
    expect(await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Children missing education', 'DEEP_DIVE', '')))).toMatchObject({
      ok: true,
    });
    expect(await createForwardPlanItem.execute(w.call(w.admin.id, plan('', 'Ofsted monitoring visit feedback', 'INSPECTION_MILESTONE')))).toMatchObject({
      ok: true,
    });
    const p = await getForwardPlan(w.ctx(), now);
    expect(p.meetings.map((m) => [m.startsAt.toISOString().slice(0, 10), m.forwardPlan.map((i) => i.title)])).toEqual([
      ['2026-04-07', ['Annual fostering report', 'Children missing education']],
      ['2026-05-05', []],
      ['2026-06-02', []],
      ['2026-07-07', []],
    ]);
    expect(p.unscheduled.map((i) => [i.title, i.kind])).toEqual([['Ofsted monitoring visit feedback', 'INSPECTION_MILESTONE']]);
  });

  it('refuses bad input with field errors, keeping what was typed, and past, cancelled or foreign meetings', async () => {
    const w = await world();
    const bad = await createForwardPlanItem.execute(w.call(w.admin.id, { meetingId: w.april.id, kind: 'PARTY', title: '  ', presenter: 'x'.repeat(201) }));
    expect(bad).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: {
        kind: ['Choose what kind of item it is'],
        title: ['Enter the title of the item'],
        presenter: ['The presenter must be 200 characters or fewer'],
      },
      values: { kind: 'PARTY', presenter: 'x'.repeat(201) },
    });
    expect(await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.march.id, 'Too late')))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { meetingId: [expect.stringContaining('already started')] },
    });
    expect(await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.cancelled.id, 'Cancelled')))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { meetingId: [expect.stringContaining('cancelled')] },
    });
    expect(await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.theirs.id, 'Another board')))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await createForwardPlanItem.execute(w.call(w.member.id, plan(w.april.id, 'Member')))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await w.items()).toEqual([]);
  });

  it('moves an item to another meeting and removes one', async () => {
    const w = await world();
    const created = await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Annual fostering report')));
    if (!created.ok) throw new Error('not created');
    const moved = await updateForwardPlanItem.execute(
      w.call(w.admin.id, { itemId: created.data.itemId, version: '1', ...plan(w.may.id, 'Annual fostering report 2025-26') }),
    );
    expect(moved).toMatchObject({ ok: true, message: expect.stringContaining('moved to the meeting on') });
    expect((await w.items())[0]).toMatchObject({ meetingId: w.may.id, title: 'Annual fostering report 2025-26' });
    expect(await removeForwardPlanItem.execute(w.call(w.admin.id, { itemId: created.data.itemId }))).toMatchObject({ ok: true });
    expect(await w.items()).toEqual([]);
  });
});

describe('two people editing one item', () => {
  it('refuses the second save over the first, showing the saved version, and saves once the clash has been seen', async () => {
    const w = await world();
    const created = await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Annual fostering report')));
    if (!created.ok) throw new Error('not created');
    // both open the form at version 1; the first moves the item to May
    expect(
      await updateForwardPlanItem.execute(
        w.call(w.admin.id, { itemId: created.data.itemId, version: '1', ...plan(w.may.id, 'Annual fostering report 2025-26') }),
      ),
    ).toMatchObject({ ok: true });
    // the second, still at version 1, retitles it for April: refused, nothing overwritten
    const clash = await updateForwardPlanItem.execute(
      w.call(w.admin.id, { itemId: created.data.itemId, version: '1', ...plan(w.april.id, 'Fostering annual report', 'DEEP_DIVE') }),
    );
    expect(clash).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: {
        meetingId: expect.stringContaining('Improvement Board'),
        kind: 'Report due',
        title: 'Annual fostering report 2025-26',
        presenter: 'Head of Fostering',
        version: '2',
      },
      values: { title: 'Fostering annual report', kind: 'DEEP_DIVE', meetingId: w.april.id },
    });
    expect(clash.ok === false && clash.current?.meetingId).toMatch(/5 May 2026/);
    expect((await w.items())[0]).toMatchObject({ meetingId: w.may.id, title: 'Annual fostering report 2025-26', kind: 'REPORT', version: 2 });
    // having seen both, they save again at the version the clash showed
    expect(
      await updateForwardPlanItem.execute(
        w.call(w.admin.id, { itemId: created.data.itemId, version: '2', ...plan(w.april.id, 'Fostering annual report', 'DEEP_DIVE') }),
      ),
    ).toMatchObject({ ok: true });
    expect((await w.items())[0]).toMatchObject({ meetingId: w.april.id, title: 'Fostering annual report', kind: 'DEEP_DIVE', version: 3 });
    // a save with no version at all is refused, not taken as the latest
    expect(await updateForwardPlanItem.execute(w.call(w.admin.id, { itemId: created.data.itemId, ...plan(w.april.id, 'No version') }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { version: [expect.any(String)] },
    });
    expect((await w.items())[0]).toMatchObject({ title: 'Fostering annual report' });
  });

  it('gives the edit page the version to carry in its form', async () => {
    const w = await world();
    const created = await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Annual fostering report')));
    if (!created.ok) throw new Error('not created');
    expect(await getForwardPlanItem(w.ctx(), created.data.itemId)).toMatchObject({ id: created.data.itemId, version: 1 });
  });
});

describe('ids from the URL', () => {
  // 36 dashes passed the old loose pattern and reached Postgres as a uuid: a 500
  const malformed = ['------------------------------------', 'ffffffff-ffff-ffff-ffff-fffffffffffg', '0123456789abcdef0123456789abcdef0123', 'not-a-uuid'];

  it('a malformed meeting id finds nothing planned rather than failing', async () => {
    const w = await world();
    await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Annual fostering report')));
    for (const id of malformed) expect(await forwardPlanForMeeting(w.ctx(), id)).toEqual([]);
    expect((await forwardPlanForMeeting(w.ctx(), w.april.id)).map((i) => i.title)).toEqual(['Annual fostering report']);
  });

  it('a malformed item id is a page not found, not a database error', async () => {
    const w = await world();
    for (const id of malformed) await expect(getForwardPlanItem(w.ctx(), id)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});

describe('items left behind', () => {
  it('lists items whose meeting was cancelled or passed without them, until they are moved', async () => {
    const w = await world();
    const created = await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.may.id, 'Annual fostering report')));
    await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Missed at April', 'OTHER')));
    if (!created.ok) throw new Error('not created');
    await withCouncil(w.council.id, (tx) => tx.meeting.update({ where: { id: w.may.id }, data: { status: 'CANCELLED' } }));
    const later = new Date('2026-04-10T12:00:00Z');
    const p = await getForwardPlan(w.ctx(), later);
    expect(p.stranded.map((i) => [i.title, i.meeting?.status])).toEqual([
      ['Missed at April', 'SCHEDULED'],
      ['Annual fostering report', 'CANCELLED'],
    ]);
    expect(p.meetings.flatMap((m) => m.forwardPlan)).toEqual([]);
    expect(
      await updateForwardPlanItem.execute(
        w.call(w.admin.id, { itemId: created.data.itemId, version: '1', ...plan(w.june.id, 'Annual fostering report') }, later),
      ),
    ).toMatchObject({ ok: true });
    expect((await getForwardPlan(w.ctx(), later)).stranded.map((i) => i.title)).toEqual(['Missed at April']);
  });
});

describe('drafting the agenda from the forward plan', () => {
  it('turns the meeting’s items into agenda items before the closing standing items, exactly once', async () => {
    const w = await world();
    for (const standing of ['APOLOGIES', 'ACTION_LOG', 'RISK_LOG', 'FORWARD_PLAN']) {
      expect(await addStandingItem.execute(w.call(w.admin.id, { meetingId: w.april.id, standing }))).toMatchObject({ ok: true });
    }
    await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Annual fostering report')));
    await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Children missing education', 'DEEP_DIVE', 'Head of Education')));
    await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.may.id, 'Not this meeting')));

    const first = await addForwardPlanToAgenda.execute(w.call(w.admin.id, { meetingId: w.april.id }));
    expect(first).toMatchObject({ ok: true, data: { added: 2 } });
    const agenda = await w.agenda(w.april.id);
    expect(agenda.map((a) => [a.position, a.standing ?? a.title, a.standing ? null : a.purpose])).toEqual([
      [1, 'APOLOGIES', null],
      [2, 'ACTION_LOG', null],
      [3, 'Annual fostering report', 'ASSURANCE'],
      [4, 'Deep dive: Children missing education', 'ASSURANCE'],
      [5, 'RISK_LOG', null],
      [6, 'FORWARD_PLAN', null],
    ]);
    expect(agenda[3]?.presenter).toBe('Head of Education');
    const items = await w.items();
    expect(items.filter((i) => i.meetingId === w.april.id).map((i) => i.agendaItemId)).toEqual([agenda[2]!.id, agenda[3]!.id]);
    expect(items.find((i) => i.meetingId === w.may.id)?.agendaItemId).toBeNull();

    // a second run adds nothing
    const second = await addForwardPlanToAgenda.execute(w.call(w.admin.id, { meetingId: w.april.id }));
    expect(second).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await w.agenda(w.april.id)).toHaveLength(6);

    // a later item is added alone
    await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Inspection milestone: focused visit letter', 'INSPECTION_MILESTONE')));
    expect(await addForwardPlanToAgenda.execute(w.call(w.admin.id, { meetingId: w.april.id }))).toMatchObject({ ok: true, data: { added: 1 } });
    const after = await w.agenda(w.april.id);
    expect(after.map((a) => a.title).slice(2, 5)).toEqual([
      'Annual fostering report',
      'Deep dive: Children missing education',
      'Inspection milestone: focused visit letter',
    ]);
    expect(new Set(after.map((a) => a.title)).size).toBe(after.length);
  });

  it('does not duplicate items when two runs race', async () => {
    const w = await world();
    await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Annual fostering report')));
    const results = await Promise.all([
      addForwardPlanToAgenda.execute(w.call(w.admin.id, { meetingId: w.april.id })),
      addForwardPlanToAgenda.execute(w.call(w.admin.id, { meetingId: w.april.id })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await w.agenda(w.april.id)).toHaveLength(1);
  });

  it('clears the Chair’s agreement, as any agenda change does, and keeps a moved item off the old agenda', async () => {
    const w = await world();
    await addStandingItem.execute(w.call(w.admin.id, { meetingId: w.april.id, standing: 'APOLOGIES' }));
    const version = (await withCouncil(w.council.id, (tx) => tx.meeting.findUniqueOrThrow({ where: { id: w.april.id } }))).version;
    expect(await agreeAgenda.execute(w.call(w.chair.id, { meetingId: w.april.id, version: String(version) }))).toMatchObject({ ok: true });
    const created = await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Annual fostering report')));
    if (!created.ok) throw new Error('not created');
    const added = await addForwardPlanToAgenda.execute(w.call(w.admin.id, { meetingId: w.april.id }));
    expect(added).toMatchObject({ ok: true, message: expect.stringContaining('the Chair needs to agree the agenda again') });
    // taking it onto the agenda moved its version on: the form reloaded after that shows 2
    expect(
      await updateForwardPlanItem.execute(w.call(w.admin.id, { itemId: created.data.itemId, version: '2', ...plan(w.may.id, 'Annual fostering report') })),
    ).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { meetingId: [expect.stringContaining('remove it from that agenda')] },
    });
    expect(await removeForwardPlanItem.execute(w.call(w.admin.id, { itemId: created.data.itemId }))).toMatchObject({ ok: false, code: 'INVALID' });
  });
});

describe('the board dashboard', () => {
  it('lists risks above appetite, reviews due and the next three meetings’ forward plan', async () => {
    const w = await world();
    await withCouncil(w.council.id, async (tx) => {
      const risk = (reference: string, l: number, i: number, due: string, status: 'OPEN' | 'CLOSED' = 'OPEN') =>
        tx.risk.create({
          data: {
            councilId: w.council.id,
            boardId: w.board.id,
            reference,
            title: `Risk ${reference}`,
            description: 'd',
            category: 'Workforce',
            status,
            inherentLikelihood: 5,
            inherentImpact: 5,
            currentLikelihood: l,
            currentImpact: i,
            targetLikelihood: 1,
            targetImpact: 1,
            reviewDueOn: new Date(`${due}T00:00:00Z`),
          },
        });
      await risk('R-01', 4, 4, '2026-03-10'); // 16, overdue
      await risk('R-02', 5, 4, '2026-05-30'); // 20, not due
      await risk('R-03', 3, 4, '2026-04-03'); // 12: at appetite, due soon
      await risk('R-04', 5, 5, '2026-01-01', 'CLOSED'); // closed: neither
      await risk('R-05', 2, 2, '2026-04-04'); // 15 days ahead: not due
    });
    await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.april.id, 'Annual fostering report')));
    await createForwardPlanItem.execute(w.call(w.admin.id, plan(w.july.id, 'Fourth meeting: not on the dashboard')));
    const o = await getBoardOverview(w.ctx(), now);
    expect(o.aboveAppetite.map((r) => [r.reference, r.score])).toEqual([
      ['R-02', 20],
      ['R-01', 16],
    ]);
    expect(o.risksAboveAppetite).toBe(2);
    expect(o.reviewsDue.map((r) => [r.reference, r.review])).toEqual([
      ['R-01', 'overdue'],
      ['R-03', 'due-soon'],
    ]);
    expect(o.forwardPlan.map((m) => [m.startsAt.toISOString().slice(0, 10), m.forwardPlan.map((i) => i.title)])).toEqual([
      ['2026-04-07', ['Annual fostering report']],
      ['2026-05-05', []],
      ['2026-06-02', []],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addReportingLine, changeBoardStatus, createBoard, removeReportingLine, updateBoard } from '../../lib/boards/actions';
import { boardFormDefaults } from '../../lib/boards/form-values';
import { editableBoardSelect } from '../../lib/boards/form-values';
import { withCouncil } from '../../lib/db/tenant';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const now = new Date('2026-03-20T12:00:00Z');

/** A council with an admin, a plain council member who chairs nothing, and a board member and Chair by board access. */
async function council() {
  const c = await make.council();
  const person = (label: string) =>
    t.prisma.person.create({ data: { name: label, email: `${c.slug}-${label.toLowerCase().replace(/ /g, '-')}@example.test` } });
  const [admin, member, chair] = [await person('Admin'), await person('Board member'), await person('Chair')];
  await withCouncil(c.id, async (tx) => {
    await tx.councilMembership.create({ data: { councilId: c.id, personId: admin.id, role: 'ADMIN' } });
    await tx.councilMembership.create({ data: { councilId: c.id, personId: member.id, role: 'MEMBER' } });
    await tx.councilMembership.create({ data: { councilId: c.id, personId: chair.id, role: 'MEMBER' } });
  });
  const create = async (input: Record<string, unknown>) => {
    const result = await createBoard.execute({
      actorId: admin.id,
      councilSlug: c.slug,
      input: { effectiveOn: '2026-01-05', decision: 'Cabinet agreed to set the board up.', kind: 'IMPROVEMENT_BOARD', ...input },
      now,
    });
    if (!result.ok) throw new Error(`createBoard: ${JSON.stringify(result)}`);
    return result.data;
  };
  const grant = (boardId: string, personId: string, role: 'MEMBER' | 'CHAIR') =>
    withCouncil(c.id, (tx) => tx.boardAccess.create({ data: { councilId: c.id, boardId, personId, role } }));
  const read = (boardId: string) =>
    withCouncil(c.id, (tx) => tx.board.findUniqueOrThrow({ where: { id: boardId }, select: { ...editableBoardSelect, slug: true, status: true } }));
  return { council: c, admin, member, chair, create, grant, read };
}
type World = Awaited<ReturnType<typeof council>>;

const as = (w: World, actorId: string, slug: string) => ({ actorId, councilSlug: w.council.slug, boardSlug: slug, now });

/** The edit form as the settings page fills it, with some fields changed. */
async function editForm(w: World, boardId: string, changes: Record<string, string>) {
  return { ...boardFormDefaults(await w.read(boardId)), ...changes };
}

describe('setting up a board', () => {
  it('uses every rule’s default, derives the address and prefix, and records the decision as its first status', async () => {
    const w = await council();
    const { boardId, slug } = await w.create({ name: 'Children’s Services Improvement Board' });
    expect(slug).toBe('childrens-services-improvement-board');
    expect(await w.read(boardId)).toMatchObject({
      status: 'PROVISIONAL',
      isPublic: false,
      virtualAttendance: true,
      paperNoticeWorkingDays: 5,
      apologyNoticeWorkingDays: 2,
      substitutesPerMember: 1,
      minutesDistributionDays: 7,
      publicationNoticeDays: 7,
      termsReviewMonths: 6,
      scheduleReviewMonths: 6,
      quorumMinimum: null,
      riskAppetiteScore: 12,
      actionReferencePrefix: 'CSIB',
      version: 1,
    });
    const history = await withCouncil(w.council.id, (tx) => tx.boardStatusChange.findMany({ where: { boardId } }));
    expect(history).toMatchObject([{ status: 'PROVISIONAL', decision: 'Cabinet agreed to set the board up.', recordedById: w.admin.id }]);
    expect(history[0]!.effectiveOn.toISOString().slice(0, 10)).toBe('2026-01-05');
    const audit = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ where: { kind: 'board.create' } }));
    expect(audit).toHaveLength(1);
  });

  it('keeps each address unique in the council and each prefix unique', async () => {
    const w = await council();
    expect((await w.create({ name: 'Improvement Board' })).slug).toBe('improvement-board');
    expect((await w.create({ name: 'Improvement Board' })).slug).toBe('improvement-board-2');
    const third = await createBoard.execute({
      actorId: w.admin.id,
      councilSlug: w.council.slug,
      now,
      input: { name: 'Other', kind: 'PLANNING_GROUP', actionReferencePrefix: 'ib', effectiveOn: '2026-01-05', decision: 'x' },
    });
    expect(third).toMatchObject({ ok: false, code: 'INVALID' });
    expect(third.ok ? null : third.fieldErrors?.actionReferencePrefix?.[0]).toMatch(/Improvement Board already uses IB/);
  });

  it('takes the quorum as "the Chair decides" or a minimum count, and the settings typed', async () => {
    const w = await council();
    const { boardId } = await w.create({
      name: 'Trust',
      kind: 'CHILDRENS_TRUST',
      isPublic: 'true',
      defaultVenue: ' Civic Centre ',
      virtualAttendance: 'false',
      quorumRule: 'MINIMUM',
      quorumMinimum: '6',
      paperNoticeWorkingDays: '10',
      publicationNoticeDays: '14',
      status: 'ESTABLISHED',
      actionReferencePrefix: 'ct1',
    });
    expect(await w.read(boardId)).toMatchObject({
      kind: 'CHILDRENS_TRUST',
      status: 'ESTABLISHED',
      isPublic: true,
      defaultVenue: 'Civic Centre',
      virtualAttendance: false,
      quorumMinimum: 6,
      paperNoticeWorkingDays: 10,
      publicationNoticeDays: 14,
      actionReferencePrefix: 'CT1',
    });
  });

  it('answers bad input with every field named, keeping what was typed', async () => {
    const w = await council();
    const input = {
      name: '',
      kind: 'SUPPER_CLUB',
      paperNoticeWorkingDays: '50',
      apologyNoticeWorkingDays: 'two',
      substitutesPerMember: '2',
      termsReviewMonths: '0',
      quorumRule: 'MINIMUM',
      quorumMinimum: '',
      riskAppetiteScore: '30',
      actionReferencePrefix: '1-B',
      effectiveOn: '31/2/2026',
      decision: ' ',
    };
    const result = await createBoard.execute({ actorId: w.admin.id, councilSlug: w.council.slug, now, input });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('INVALID');
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(
      [
        'actionReferencePrefix',
        'apologyNoticeWorkingDays',
        'decision',
        'effectiveOn',
        'kind',
        'name',
        'paperNoticeWorkingDays',
        'quorumMinimum',
        'riskAppetiteScore',
        'substitutesPerMember',
        'termsReviewMonths',
      ].sort(),
    );
    expect(result.fieldErrors?.paperNoticeWorkingDays?.[0]).toMatch(/from 0 to 20/);
    expect(result.fieldErrors?.effectiveOn?.[0]).toMatch(/real date/);
    expect(result.values).toEqual(input);
    expect(await withCouncil(w.council.id, (tx) => tx.board.count())).toBe(0);
  });

  it('refuses a future setting-up date', async () => {
    const w = await council();
    const result = await createBoard.execute({
      actorId: w.admin.id,
      councilSlug: w.council.slug,
      now,
      input: { name: 'Later', kind: 'PLANNING_GROUP', effectiveOn: '2026-04-01', decision: 'x' },
    });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { effectiveOn: [expect.stringMatching(/today or in the past/)] } });
  });

  it('is for council admins only', async () => {
    const w = await council();
    const result = await createBoard.execute({
      actorId: w.member.id,
      councilSlug: w.council.slug,
      now,
      input: { name: 'Mine', kind: 'PLANNING_GROUP', effectiveOn: '2026-01-05', decision: 'x' },
    });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('editing a board', () => {
  it('saves the details and rules and moves the version on', async () => {
    const w = await council();
    const { boardId, slug } = await w.create({ name: 'Improvement Board' });
    const result = await updateBoard.execute({
      ...as(w, w.admin.id, slug),
      input: await editForm(w, boardId, { name: 'Renamed Board', quorumRule: 'MINIMUM', quorumMinimum: '5', termsReviewMonths: '12' }),
    });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    // the address stays, so saved links keep working
    expect(await w.read(boardId)).toMatchObject({ name: 'Renamed Board', slug, quorumMinimum: 5, termsReviewMonths: 12, version: 2 });
    const back = await updateBoard.execute({ ...as(w, w.admin.id, slug), input: await editForm(w, boardId, { quorumRule: 'NONE', quorumMinimum: '5' }) });
    expect(back.ok).toBe(true);
    expect((await w.read(boardId)).quorumMinimum).toBeNull();
  });

  it('gives the second of two saves from the same version a clash with the first’s values, losing neither', async () => {
    const w = await council();
    const { boardId, slug } = await w.create({ name: 'Improvement Board' });
    const form = await editForm(w, boardId, {});
    const first = await updateBoard.execute({ ...as(w, w.admin.id, slug), input: { ...form, name: 'First person’s name', defaultVenue: 'Room 1' } });
    expect(first.ok).toBe(true);
    const second = await updateBoard.execute({ ...as(w, w.admin.id, slug), input: { ...form, name: 'Second person’s name', paperNoticeWorkingDays: '8' } });
    expect(second).toMatchObject({ ok: false, code: 'CONFLICT' });
    if (second.ok) return;
    expect(second.current).toMatchObject({
      version: '2',
      name: 'First person’s name',
      defaultVenue: 'Room 1',
      kind: 'Improvement board',
      quorumRule: 'None: the Chair decides',
    });
    expect(second.values).toMatchObject({ name: 'Second person’s name', paperNoticeWorkingDays: '8', version: '1' });
    expect(await w.read(boardId)).toMatchObject({ name: 'First person’s name', paperNoticeWorkingDays: 5, version: 2 });
    // having seen both, the second person saves again on the version the form took up
    const again = await updateBoard.execute({ ...as(w, w.admin.id, slug), input: { ...second.values, version: second.current?.version } });
    expect(again.ok).toBe(true);
    expect(await w.read(boardId)).toMatchObject({ name: 'Second person’s name', paperNoticeWorkingDays: 8, defaultVenue: null, version: 3 });
  });

  it('lets exactly one of two saves racing each other through', async () => {
    const w = await council();
    const { boardId, slug } = await w.create({ name: 'Improvement Board' });
    const form = await editForm(w, boardId, {});
    const results = await Promise.all(['A', 'B'].map((n) => updateBoard.execute({ ...as(w, w.admin.id, slug), input: { ...form, name: `Board ${n}` } })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.code))).toEqual(['CONFLICT']);
    expect((await w.read(boardId)).version).toBe(2);
  });

  it('refuses a board as its own parent or a parent cycle, and a parent in another council', async () => {
    const w = await council();
    const ib = await w.create({ name: 'Improvement Board' });
    const eg = await w.create({ name: 'Executive Group', kind: 'EXECUTIVE_GROUP', parentBoardId: ib.boardId });
    const wg = await w.create({ name: 'Working Group', kind: 'PLANNING_GROUP', parentBoardId: eg.boardId });
    const self = await updateBoard.execute({ ...as(w, w.admin.id, ib.slug), input: await editForm(w, ib.boardId, { parentBoardId: ib.boardId }) });
    expect(self).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { parentBoardId: [expect.stringMatching(/cannot support itself/)] } });
    const cycle = await updateBoard.execute({ ...as(w, w.admin.id, ib.slug), input: await editForm(w, ib.boardId, { parentBoardId: wg.boardId }) });
    expect(cycle).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { parentBoardId: [expect.stringMatching(/^Working Group already supports this board/)] },
    });
    expect((await w.read(ib.boardId)).parentBoardId).toBeNull();
    // moving the working group up to the board is fine
    expect((await updateBoard.execute({ ...as(w, w.admin.id, wg.slug), input: await editForm(w, wg.boardId, { parentBoardId: ib.boardId }) })).ok).toBe(true);
    const other = await council();
    const foreign = await other.create({ name: 'Their board' });
    const result = await updateBoard.execute({ ...as(w, w.admin.id, eg.slug), input: await editForm(w, eg.boardId, { parentBoardId: foreign.boardId }) });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('applies a form only to the board it was rendered for', async () => {
    const w = await council();
    const a = await w.create({ name: 'Board A' });
    const b = await w.create({ name: 'Board B' });
    const result = await updateBoard.execute({ ...as(w, w.admin.id, a.slug), input: await editForm(w, b.boardId, { name: 'Hijacked' }) });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await w.read(b.boardId)).name).toBe('Board B');
  });

  it('is for the board’s administrators: a member or the Chair is refused', async () => {
    const w = await council();
    const { boardId, slug } = await w.create({ name: 'Improvement Board' });
    await w.grant(boardId, w.member.id, 'MEMBER');
    await w.grant(boardId, w.chair.id, 'CHAIR');
    for (const actor of [w.member, w.chair]) {
      expect(await updateBoard.execute({ ...as(w, actor.id, slug), input: await editForm(w, boardId, { name: 'Mine now' }) })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(
        await changeBoardStatus.execute({ ...as(w, actor.id, slug), input: { boardId, status: 'ESTABLISHED', effectiveOn: '2026-03-01', decision: 'x' } }),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect((await w.read(boardId)).name).toBe('Improvement Board');
  });
});

describe('board status', () => {
  const change = (w: World, slug: string, boardId: string, status: string, effectiveOn: string, decision = `Decided: ${status}`) =>
    changeBoardStatus.execute({ ...as(w, w.admin.id, slug), input: { boardId, status, effectiveOn, decision } });
  const history = (w: World, boardId: string) =>
    withCouncil(w.council.id, (tx) =>
      tx.boardStatusChange.findMany({
        where: { boardId },
        orderBy: [{ effectiveOn: 'asc' }, { createdAt: 'asc' }],
        select: { status: true, decision: true, effectiveOn: true },
      }),
    );

  it('keeps every change as history; bad transitions are refused and dissolution is final', async () => {
    const w = await council();
    const { boardId, slug } = await w.create({ name: 'Improvement Board' });
    expect(await change(w, slug, boardId, 'PROVISIONAL', '2026-02-01')).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { status: [expect.stringMatching(/already provisional/)] },
    });
    expect(await change(w, slug, boardId, 'ESTABLISHED', '2026-01-04')).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { effectiveOn: [expect.any(String)] },
    });
    expect(await change(w, slug, boardId, 'ESTABLISHED', '2026-03-21')).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { effectiveOn: [expect.any(String)] },
    });
    expect(await change(w, slug, boardId, 'ESTABLISHED', '2026-02-01', 'Cabinet agreed to establish the Board.')).toMatchObject({ ok: true });
    expect(await change(w, slug, boardId, 'PROVISIONAL', '2026-02-10')).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { status: [expect.stringMatching(/cannot become provisional again/)] },
    });
    expect(await change(w, slug, boardId, 'DISSOLVED', '2026-03-20', 'Requirements substantially met.')).toMatchObject({ ok: true });
    // dissolution is final: a dissolved board takes no change at all, its status included
    expect(await change(w, slug, boardId, 'ESTABLISHED', '2026-03-20')).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: expect.stringMatching(/has been dissolved/),
    });
    expect((await w.read(boardId)).status).toBe('DISSOLVED');
    expect((await history(w, boardId)).map((h) => [h.status, h.effectiveOn.toISOString().slice(0, 10), h.decision])).toEqual([
      ['PROVISIONAL', '2026-01-05', 'Cabinet agreed to set the board up.'],
      ['ESTABLISHED', '2026-02-01', 'Cabinet agreed to establish the Board.'],
      ['DISSOLVED', '2026-03-20', 'Requirements substantially met.'],
    ]);
  });

  it('needs the date and the decision behind a change', async () => {
    const w = await council();
    const { boardId, slug } = await w.create({ name: 'Improvement Board' });
    const result = await change(w, slug, boardId, 'ESTABLISHED', '', '');
    expect(result).toMatchObject({ ok: false, code: 'INVALID' });
    expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {})).sort()).toEqual(['decision', 'effectiveOn']);
  });

  it('applies only one of two identical changes made at once', async () => {
    const w = await council();
    const { boardId, slug } = await w.create({ name: 'Improvement Board' });
    const results = await Promise.all([change(w, slug, boardId, 'ESTABLISHED', '2026-02-01'), change(w, slug, boardId, 'ESTABLISHED', '2026-02-01')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await history(w, boardId)).toHaveLength(2);
  });
});

describe('reporting lines', () => {
  it('adds Cabinet, the DfE and the parent board (itself on set-up) by their usual names, refuses duplicates, and removes', async () => {
    const w = await council();
    const ib = await w.create({ name: 'Improvement Board' });
    const eg = await w.create({ name: 'Executive Group', kind: 'EXECUTIVE_GROUP', parentBoardId: ib.boardId });
    const add = (slug: string, boardId: string, input: Record<string, string>) =>
      addReportingLine.execute({ ...as(w, w.admin.id, slug), input: { boardId, ...input } });
    expect(await add(ib.slug, ib.boardId, { body: 'CABINET', frequency: 'Six-monthly' })).toMatchObject({
      ok: true,
      message: 'Improvement Board now reports to Cabinet',
    });
    expect(await add(ib.slug, ib.boardId, { body: 'DFE' })).toMatchObject({ ok: true });
    expect(await add(ib.slug, ib.boardId, { body: 'SCRUTINY_COMMITTEE', lineName: 'Children and Young People Scrutiny Committee' })).toMatchObject({
      ok: true,
    });
    expect(await add(ib.slug, ib.boardId, { body: 'CABINET' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { lineName: [expect.stringMatching(/already reports to Cabinet/)] },
    });
    expect(await add(ib.slug, ib.boardId, { body: 'PARENT_BOARD' })).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { body: [expect.any(String)] } });
    expect(await add(ib.slug, ib.boardId, { body: 'OTHER' })).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { lineName: [expect.any(String)] } });
    // the Executive Group was given its line to the board it supports when it was set up
    expect(
      await withCouncil(w.council.id, (tx) => tx.boardReportingLine.findMany({ where: { boardId: eg.boardId }, select: { body: true, name: true } })),
    ).toEqual([{ body: 'PARENT_BOARD', name: 'Improvement Board' }]);
    expect(await add(eg.slug, eg.boardId, { body: 'PARENT_BOARD' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { lineName: [expect.stringMatching(/already reports to Improvement Board/)] },
    });
    const lines = await withCouncil(w.council.id, (tx) => tx.boardReportingLine.findMany({ where: { boardId: ib.boardId }, orderBy: { name: 'asc' } }));
    expect(lines.map((l) => [l.body, l.name, l.frequency])).toEqual([
      ['CABINET', 'Cabinet', 'Six-monthly'],
      ['SCRUTINY_COMMITTEE', 'Children and Young People Scrutiny Committee', null],
      ['DFE', 'Department for Education', null],
    ]);
    // a line of one board cannot be removed through another board's page
    expect(await removeReportingLine.execute({ ...as(w, w.admin.id, eg.slug), input: { lineId: lines[0]!.id } })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await removeReportingLine.execute({ ...as(w, w.admin.id, ib.slug), input: { lineId: lines[0]!.id } })).toMatchObject({ ok: true });
    expect(await withCouncil(w.council.id, (tx) => tx.boardReportingLine.count({ where: { boardId: ib.boardId } }))).toBe(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { addMitigation, changeRiskStatus, completeMitigation, createRisk, escalateRisk, reviewRisk, updateRisk } from '../../lib/risk-log/actions';
import { getRisk, listRisks, riskFormOptions } from '../../lib/risk-log/queries';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const now = new Date('2026-03-20T12:00:00Z');

const riskForm = (over: Record<string, string> = {}) => ({
  title: 'Social worker vacancies',
  description: 'Too few permanent social workers.',
  cause: 'National shortage',
  consequence: 'Drift for children',
  category: 'Workforce',
  ownerSeatId: '',
  ownerName: 'Head of Workforce',
  inherentLikelihood: '5',
  inherentImpact: '5',
  currentLikelihood: '4',
  currentImpact: '4',
  targetLikelihood: '2',
  targetImpact: '3',
  controls: 'Market supplement',
  reviewDueOn: '1/5/2026',
  ...over,
});

async function world() {
  const council = await make.council();
  const admin = await make.person(council, 'Board Administrator', { role: 'ADMIN', key: 'admin' });
  const member = await make.person(council, 'Sam Patel', { key: 'member' });
  const observer = await make.person(council, 'Olu Observer', { key: 'observer' });
  const board = await make.board(council, { riskAppetiteScore: 12 });
  const other = await make.executiveGroup(council);
  const rows = {
    board,
    other,
    seat: await make.seat(council, board, member, { position: 'Director of Children’s Services' }),
    otherSeat: await make.seat(council, other, member),
  };
  await make.access(council, board, observer, 'OBSERVER');
  const call = (actorId: string, input: Record<string, unknown>, when = now, boardSlug = 'improvement-board') => ({
    actorId,
    councilSlug: council.slug,
    boardSlug,
    input,
    now: when,
  });
  const ctx = (boardRow = rows.board) =>
    boardContext(
      council,
      {
        id: boardRow.id,
        slug: boardRow.slug,
        name: boardRow.name,
        kind: boardRow.kind,
        status: boardRow.status,
        isPublic: false,
        paperNoticeWorkingDays: 5,
        apologyNoticeWorkingDays: 2,
        minutesDistributionDays: 7,
        quorumMinimum: null,
        riskAppetiteScore: boardRow.riskAppetiteScore,
      },
      admin.id,
    );
  const risk = (id: string) =>
    withCouncil(council.id, (tx) =>
      tx.risk.findUniqueOrThrow({ where: { id }, include: { reviews: { orderBy: [{ reviewedOn: 'asc' }, { createdAt: 'asc' }] }, mitigations: true } }),
    );
  return { council, admin, member, observer, ...rows, call, ctx, risk };
}

describe('adding and editing a risk', () => {
  it('adds a risk with the next reference, its score kept by the database and its first assessment in the history', async () => {
    const w = await world();
    const first = await createRisk.execute(w.call(w.admin.id, riskForm({ ownerSeatId: w.seat.id, ownerName: '' })));
    expect(first).toMatchObject({ ok: true, data: { reference: 'R-01' } });
    const second = await createRisk.execute(w.call(w.admin.id, riskForm({ title: 'Demand' })));
    expect(second).toMatchObject({ ok: true, data: { reference: 'R-02' } });
    if (!first.ok) return;
    const row = await w.risk(first.data.riskId);
    expect(row).toMatchObject({ currentScore: 16, ownerSeatId: w.seat.id, status: 'OPEN', version: 1 });
    expect(row.reviewDueOn.toISOString().slice(0, 10)).toBe('2026-05-01');
    expect(row.reviews.map((r) => [r.likelihood, r.impact, r.note])).toEqual([[4, 4, 'Risk added to the log.']]);
  });

  it('refuses bad input field by field, keeping what was typed', async () => {
    const w = await world();
    const result = await createRisk.execute(
      w.call(w.admin.id, riskForm({ title: ' ', currentLikelihood: '6', currentImpact: '', inherentImpact: 'three', reviewDueOn: '31/2/2026' })),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('INVALID');
    expect(result.fieldErrors).toMatchObject({
      title: ['Enter a title for the risk'],
      currentLikelihood: ['The current likelihood must be a whole number from 1 to 5'],
      currentImpact: ['Choose the current impact from 1 to 5'],
      inherentImpact: ['The inherent impact must be a whole number from 1 to 5'],
      reviewDueOn: ['Enter the next review date as a real date, for example 3/11/2026'],
    });
    expect(result.values).toMatchObject({
      currentLikelihood: '6',
      inherentImpact: 'three',
      reviewDueOn: '31/2/2026',
      description: 'Too few permanent social workers.',
    });
    expect(await withCouncil(w.council.id, (tx) => tx.risk.count())).toBe(0);
  });

  it('refuses a target worse than the inherent risk and a review date already past', async () => {
    const w = await world();
    const result = await createRisk.execute(
      w.call(w.admin.id, riskForm({ inherentLikelihood: '2', inherentImpact: '2', targetLikelihood: '3', targetImpact: '3', reviewDueOn: '19/3/2026' })),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: {
        targetLikelihood: [expect.stringContaining('The target score (9) cannot be higher than the inherent score (4)')],
        reviewDueOn: ['The next review date must be today or later'],
      },
    });
  });

  it('lets only administrators add risks, and members edit them', async () => {
    const w = await world();
    expect(await createRisk.execute(w.call(w.member.id, riskForm()))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const created = await createRisk.execute(w.call(w.admin.id, riskForm()));
    if (!created.ok) throw new Error('not created');
    const edit = await updateRisk.execute(
      w.call(w.member.id, { ...riskForm({ title: 'Permanent social worker vacancies' }), riskId: created.data.riskId, version: '1' }),
    );
    expect(edit).toMatchObject({ ok: true });
    expect(await updateRisk.execute(w.call(w.observer.id, { ...riskForm(), riskId: created.data.riskId, version: '2' }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('refuses an owner seat of another board of the council', async () => {
    const w = await world();
    expect(await createRisk.execute(w.call(w.admin.id, riskForm({ ownerSeatId: w.otherSeat.id })))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('detects a clash of edits and shows the version saved first', async () => {
    const w = await world();
    const created = await createRisk.execute(w.call(w.admin.id, riskForm()));
    if (!created.ok) throw new Error('not created');
    const riskId = created.data.riskId;
    expect(await updateRisk.execute(w.call(w.admin.id, { ...riskForm({ title: 'Saved first' }), riskId, version: '1' }))).toMatchObject({ ok: true });
    const late = await updateRisk.execute(w.call(w.member.id, { ...riskForm({ title: 'Saved second' }), riskId, version: '1' }));
    expect(late).toMatchObject({ ok: false, code: 'CONFLICT', current: { title: 'Saved first', version: '2' }, values: { title: 'Saved second' } });
    expect((await w.risk(riskId)).title).toBe('Saved first');
  });

  it('adds a changed current score to the history when the risk is edited', async () => {
    const w = await world();
    const created = await createRisk.execute(w.call(w.admin.id, riskForm()));
    if (!created.ok) throw new Error('not created');
    await updateRisk.execute(w.call(w.admin.id, { ...riskForm({ currentLikelihood: '5' }), riskId: created.data.riskId, version: '1' }));
    const row = await w.risk(created.data.riskId);
    expect(row.currentScore).toBe(20);
    expect(row.reviews.map((r) => r.likelihood * r.impact)).toEqual([16, 20]);
  });
});

describe('reviewing a risk', () => {
  it('moves the current scores, sets the next review, and keeps the history with its trend', async () => {
    const w = await world();
    const created = await createRisk.execute(w.call(w.admin.id, riskForm(), new Date('2026-01-10T12:00:00Z')));
    if (!created.ok) throw new Error('not created');
    const riskId = created.data.riskId;
    const first = await reviewRisk.execute(
      w.call(
        w.member.id,
        { riskId, version: '1', reviewedOn: '20/2/2026', likelihood: '5', impact: '4', note: 'Vacancies rose', nextReviewOn: '20/3/2026' },
        new Date('2026-02-20T12:00:00Z'),
      ),
    );
    expect(first).toMatchObject({ ok: true, message: expect.stringContaining('rose from 16 to 20') });
    const second = await reviewRisk.execute(
      w.call(w.member.id, { riskId, version: '2', reviewedOn: '20/3/2026', likelihood: '3', impact: '4', note: '', nextReviewOn: '1 May 2026' }),
    );
    expect(second).toMatchObject({ ok: true, message: expect.stringContaining('fell from 20 to 12') });
    const row = await w.risk(riskId);
    expect(row).toMatchObject({ currentLikelihood: 3, currentImpact: 4, currentScore: 12, version: 3 });
    expect(row.reviewDueOn.toISOString().slice(0, 10)).toBe('2026-05-01');
    expect(row.reviews.map((r) => [r.reviewedOn.toISOString().slice(0, 10), r.likelihood * r.impact])).toEqual([
      ['2026-01-10', 16],
      ['2026-02-20', 20],
      ['2026-03-20', 12],
    ]);
    const page = await getRisk(w.ctx(), 'R-01', now);
    expect(page.history.map((p) => [p.score, p.change])).toEqual([
      [16, null],
      [20, 'rising'],
      [12, 'falling'],
    ]);
    expect(page.trend).toBe('falling');
    expect(page.reviews[1]?.reviewer).toBe('Sam Patel');
    const list = await listRisks(w.ctx(), {}, now);
    expect(list.rows[0]).toMatchObject({ reference: 'R-01', current: 12, inherent: 25, target: 6, rating: 'high', trend: 'falling', aboveAppetite: false });
  });

  it('refuses a review in the future, a next review not after it, and a stale version', async () => {
    const w = await world();
    const created = await createRisk.execute(w.call(w.admin.id, riskForm()));
    if (!created.ok) throw new Error('not created');
    const riskId = created.data.riskId;
    const bad = await reviewRisk.execute(
      w.call(w.member.id, { riskId, version: '1', reviewedOn: '21/3/2026', likelihood: '0', impact: '4', nextReviewOn: '21/3/2026' }),
    );
    expect(bad).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { likelihood: ['The likelihood must be a whole number from 1 to 5'] },
      values: { likelihood: '0' },
    });
    const dates = await reviewRisk.execute(
      w.call(w.member.id, { riskId, version: '1', reviewedOn: '21/3/2026', likelihood: '3', impact: '4', nextReviewOn: '21/3/2026' }),
    );
    expect(dates).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { reviewedOn: ['The review date cannot be in the future'], nextReviewOn: ['The next review must be after this review'] },
    });
    await reviewRisk.execute(w.call(w.member.id, { riskId, version: '1', reviewedOn: '20/3/2026', likelihood: '3', impact: '4', nextReviewOn: '1/4/2026' }));
    const stale = await reviewRisk.execute(
      w.call(w.admin.id, { riskId, version: '1', reviewedOn: '20/3/2026', likelihood: '5', impact: '5', nextReviewOn: '1/4/2026' }),
    );
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT', current: { likelihood: '3', impact: '4' } });
    expect((await w.risk(riskId)).reviews).toHaveLength(2);
  });
});

describe('mitigations and status', () => {
  it('adds and completes mitigations, closes and reopens a risk', async () => {
    const w = await world();
    const created = await createRisk.execute(w.call(w.admin.id, riskForm()));
    if (!created.ok) throw new Error('not created');
    const riskId = created.data.riskId;
    expect(await addMitigation.execute(w.call(w.member.id, { riskId, mitigation: '', mitigationDueOn: 'soon' }))).toMatchObject({
      ok: false,
      fieldErrors: { mitigation: ['Describe the mitigation'], mitigationDueOn: ['Enter the due date as a real date, for example 3/11/2026'] },
    });
    const added = await addMitigation.execute(
      w.call(w.member.id, { riskId, mitigation: 'Recruit an academy cohort', mitigationOwner: 'Head of HR', mitigationDueOn: '30/6/2026' }),
    );
    if (!added.ok) throw new Error('not added');
    expect(await completeMitigation.execute(w.call(w.member.id, { riskId, mitigationId: added.data.mitigationId }))).toMatchObject({ ok: true });
    expect((await w.risk(riskId)).mitigations.map((m) => [m.description, m.done])).toEqual([['Recruit an academy cohort', true]]);

    expect(await changeRiskStatus.execute(w.call(w.member.id, { riskId, version: '1', status: 'ESCALATED' }))).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await changeRiskStatus.execute(w.call(w.member.id, { riskId, version: '1', status: 'CLOSED' }))).toMatchObject({ ok: true });
    expect(
      await reviewRisk.execute(w.call(w.member.id, { riskId, version: '2', reviewedOn: '20/3/2026', likelihood: '1', impact: '1', nextReviewOn: '1/4/2026' })),
    ).toMatchObject({ ok: false, code: 'INVALID' });
    const list = await listRisks(w.ctx(), {}, now);
    expect(list.total).toBe(0);
    expect((await listRisks(w.ctx(), { status: 'all' }, now)).total).toBe(1);
    expect(await changeRiskStatus.execute(w.call(w.member.id, { riskId, version: '2', status: 'OPEN' }))).toMatchObject({ ok: true });
  });
});

describe('escalation', () => {
  it('creates a linked risk on another board of the council, and both pages show the link', async () => {
    const w = await world();
    const created = await createRisk.execute(w.call(w.admin.id, riskForm({ ownerSeatId: w.seat.id, ownerName: '' })));
    if (!created.ok) throw new Error('not created');
    const result = await escalateRisk.execute(
      w.call(w.admin.id, { riskId: created.data.riskId, version: '1', targetBoardId: w.other.id, escalationNote: 'Needs Cabinet decisions' }),
    );
    expect(result).toMatchObject({ ok: true, data: { reference: 'R-01', boardSlug: 'executive-group' } });
    if (!result.ok) return;
    const source = await w.risk(created.data.riskId);
    expect(source).toMatchObject({ status: 'ESCALATED', escalatedToRiskId: result.data.escalatedRiskId });
    const target = await w.risk(result.data.escalatedRiskId);
    expect(target).toMatchObject({ boardId: w.other.id, status: 'OPEN', currentScore: 16, ownerName: 'Sam Patel, Director of Children’s Services' });
    expect(target.reviews[0]?.note).toContain('Escalated from the Improvement Board log (R-01). Needs Cabinet decisions');

    const sourcePage = await getRisk(w.ctx(), 'R-01', now);
    expect(sourcePage.escalatedTo).toMatchObject({ reference: 'R-01', board: { slug: 'executive-group' } });
    const targetPage = await getRisk(w.ctx(w.other), 'R-01', now);
    expect(targetPage.escalatedFrom).toEqual([expect.objectContaining({ reference: 'R-01', board: expect.objectContaining({ slug: 'improvement-board' }) })]);

    // both logs show the link in their lists too
    expect((await listRisks(w.ctx(), { status: 'all' }, now)).rows[0]?.escalatedTo).toMatchObject({ reference: 'R-01', board: { name: 'Executive Group' } });
    expect((await listRisks(w.ctx(w.other), {}, now)).rows[0]?.escalatedFrom).toEqual([
      expect.objectContaining({ reference: 'R-01', board: expect.objectContaining({ name: 'Improvement Board' }) }),
    ]);
    // a risk page answers only for its own board's reference
    await expect(getRisk(w.ctx(w.other), 'R-02', now)).rejects.toThrow();

    // closing the escalated risk on its own log keeps the link
    expect(await changeRiskStatus.execute(w.call(w.admin.id, { riskId: created.data.riskId, version: '2', status: 'CLOSED' }))).toMatchObject({ ok: true });
    expect((await w.risk(created.data.riskId)).escalatedToRiskId).toBe(result.data.escalatedRiskId);
    // and a second escalation is refused
    expect(await escalateRisk.execute(w.call(w.admin.id, { riskId: created.data.riskId, version: '3', targetBoardId: w.other.id }))).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
  });

  it('refuses a board of another council, this board itself, and members who are not administrators', async () => {
    const w = await world();
    const foreign = await world();
    const created = await createRisk.execute(w.call(w.admin.id, riskForm()));
    if (!created.ok) throw new Error('not created');
    const riskId = created.data.riskId;
    expect(await escalateRisk.execute(w.call(w.admin.id, { riskId, version: '1', targetBoardId: foreign.board.id }))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await escalateRisk.execute(w.call(w.admin.id, { riskId, version: '1', targetBoardId: w.board.id }))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { targetBoardId: [expect.any(String)] },
    });
    expect(await escalateRisk.execute(w.call(w.member.id, { riskId, version: '1', targetBoardId: w.other.id }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await withCouncil(foreign.council.id, (tx) => tx.risk.count())).toBe(0);
    expect((await w.risk(riskId)).status).toBe('OPEN');
  });
});

describe('escalation needs the right to add risks on the receiving board', () => {
  /** Council members (not council admins) who administer the Improvement Board only, or it and another board. */
  async function boardAdmins(w: Awaited<ReturnType<typeof world>>) {
    const person = (name: string, key: string) => t.prisma.person.create({ data: { name, email: `${w.council.slug}-${key}@example.test` } });
    const boardAdmin = await person('Priya Board-Admin', 'board-admin');
    const seated = await person('Mo Seated', 'seated');
    const both = await person('Jo Both', 'both');
    const privateBoard = await withCouncil(w.council.id, async (tx) => {
      const secret = await tx.board.create({
        data: { councilId: w.council.id, slug: 'safeguarding-panel', name: 'Confidential Safeguarding Panel', kind: 'EXECUTIVE_GROUP' },
      });
      for (const p of [boardAdmin, seated, both]) {
        await tx.councilMembership.create({ data: { councilId: w.council.id, personId: p.id, role: 'MEMBER' } });
        await tx.boardAccess.create({ data: { councilId: w.council.id, boardId: w.board.id, personId: p.id, role: 'ADMINISTRATOR' } });
      }
      // a member's seat on the Executive Group lets them see its log, not add to it
      await tx.seat.create({
        data: { councilId: w.council.id, boardId: w.other.id, personId: seated.id, role: 'MEMBER', agency: 'Health', position: 'Designated Nurse' },
      });
      await tx.boardAccess.create({ data: { councilId: w.council.id, boardId: w.other.id, personId: both.id, role: 'ADMINISTRATOR' } });
      return secret;
    });
    return { boardAdmin, seated, both, privateBoard };
  }
  const asPerson = (w: Awaited<ReturnType<typeof world>>, personId: string) => ({
    ...w.ctx(),
    actor: { id: personId, name: 'Test person', email: null },
    councilRole: 'MEMBER' as const,
  });
  const targetRisks = (w: Awaited<ReturnType<typeof world>>, boardId: string) => withCouncil(w.council.id, (tx) => tx.risk.count({ where: { boardId } }));

  it('refuses an administrator of this board who has no role on the target, writing nothing', async () => {
    const w = await world();
    const p = await boardAdmins(w);
    const created = await createRisk.execute(w.call(p.boardAdmin.id, riskForm()));
    if (!created.ok) throw new Error('not created');
    const riskId = created.data.riskId;
    for (const target of [w.other.id, p.privateBoard.id]) {
      const refused = await escalateRisk.execute(w.call(p.boardAdmin.id, { riskId, version: '1', targetBoardId: target }));
      expect(refused).toMatchObject({ ok: false });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.ok ? 'ok' : refused.code);
      expect(await targetRisks(w, target)).toBe(0);
    }
    // a seat as a member of the target shows its log but does not let them add to it
    expect(await escalateRisk.execute(w.call(p.seated.id, { riskId, version: '1', targetBoardId: w.other.id }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await targetRisks(w, w.other.id)).toBe(0);
    expect(await w.risk(riskId)).toMatchObject({ status: 'OPEN', escalatedToRiskId: null, version: 1 });
    expect(await withCouncil(w.council.id, (tx) => tx.auditEvent.count({ where: { kind: 'risk.escalate' } }))).toBe(0);
  });

  it('offers only the boards the person may add risks to, never naming the others', async () => {
    const w = await world();
    const p = await boardAdmins(w);
    expect((await riskFormOptions(asPerson(w, p.boardAdmin.id))).boards).toEqual([]);
    expect((await riskFormOptions(asPerson(w, p.seated.id))).boards).toEqual([]);
    expect((await riskFormOptions(asPerson(w, p.both.id))).boards).toEqual([{ id: w.other.id, name: 'Executive Group' }]);
    // a council admin administers every board, so is offered all the others
    expect((await riskFormOptions(w.ctx())).boards.map((b) => b.name)).toEqual(['Confidential Safeguarding Panel', 'Executive Group']);
  });

  it('lets a council admin, or an administrator of both boards, escalate', async () => {
    const w = await world();
    const p = await boardAdmins(w);
    const mine = await createRisk.execute(w.call(p.both.id, riskForm()));
    const theirs = await createRisk.execute(w.call(w.admin.id, riskForm({ title: 'Demand' })));
    if (!mine.ok || !theirs.ok) throw new Error('not created');
    expect(await escalateRisk.execute(w.call(p.both.id, { riskId: mine.data.riskId, version: '1', targetBoardId: w.other.id }))).toMatchObject({
      ok: true,
      data: { reference: 'R-01' },
    });
    expect(await escalateRisk.execute(w.call(w.admin.id, { riskId: theirs.data.riskId, version: '1', targetBoardId: p.privateBoard.id }))).toMatchObject({
      ok: true,
      data: { reference: 'R-01', boardSlug: 'safeguarding-panel' },
    });
    expect(await targetRisks(w, w.other.id)).toBe(1);
    expect(await targetRisks(w, p.privateBoard.id)).toBe(1);
  });
});

describe('the risk log page', () => {
  async function seeded() {
    const w = await world();
    const defs: [string, number, number, string, string, 'OPEN' | 'MONITORING' | 'CLOSED', string][] = [
      // reference, likelihood, impact, category, review due, status, owner
      ['R-01', 4, 4, 'Workforce', '2026-03-01', 'OPEN', 'seat'],
      ['R-02', 4, 4, 'Demand', '2026-03-25', 'OPEN', ''],
      ['R-03', 2, 3, 'Workforce', '2026-06-01', 'MONITORING', 'seat'],
      ['R-04', 5, 5, 'Finance', '2026-01-01', 'CLOSED', ''],
      ['R-05', 3, 4, 'Data', '2026-03-19', 'OPEN', ''],
    ];
    await withCouncil(w.council.id, async (tx) => {
      for (const [reference, l, i, category, due, status, owner] of defs) {
        await tx.risk.create({
          data: {
            councilId: w.council.id,
            boardId: w.board.id,
            reference,
            title: `Risk ${reference}`,
            description: 'd',
            category,
            status,
            ownerSeatId: owner ? w.seat.id : null,
            inherentLikelihood: 5,
            inherentImpact: 5,
            currentLikelihood: l,
            currentImpact: i,
            targetLikelihood: 1,
            targetImpact: 1,
            reviewDueOn: new Date(`${due}T00:00:00Z`),
          },
        });
      }
    });
    return w;
  }

  it('counts the heat map from the database and filters to a cell', async () => {
    const w = await seeded();
    const r = await listRisks(w.ctx(), {}, now);
    expect(r.heatMap[3]?.[3]).toBe(2);
    expect(r.heatMap[1]?.[2]).toBe(1);
    expect(r.heatMap[2]?.[3]).toBe(1);
    expect(r.heatMap[4]?.[4]).toBe(0); // closed
    expect(r.openTotal).toBe(4);
    const cell = await listRisks(w.ctx(), { status: 'active', likelihood: 4, impact: 4 }, now);
    expect(cell.rows.map((x) => x.reference)).toEqual(['R-01', 'R-02']);
  });

  it('filters by appetite, review, category and owner, and sorts by score or review date', async () => {
    const w = await seeded();
    const refs = async (f: Parameters<typeof listRisks>[1]) => (await listRisks(w.ctx(), f, now)).rows.map((x) => x.reference);
    expect(await refs({ appetite: 'above' })).toEqual(['R-01', 'R-02']);
    expect(await refs({ review: 'overdue' })).toEqual(['R-01', 'R-05']);
    expect(await refs({ review: 'due', sort: 'review' })).toEqual(['R-01', 'R-05', 'R-02']);
    expect(await refs({ category: 'Workforce' })).toEqual(['R-01', 'R-03']);
    expect(await refs({ owner: w.seat.id, sort: 'reference' })).toEqual(['R-01', 'R-03']);
    expect(await refs({ status: 'all' })).toEqual(['R-04', 'R-01', 'R-02', 'R-05', 'R-03']);
    const r = await listRisks(w.ctx(), {}, now);
    expect(r.overdueReviews).toBe(2);
    expect(r.rows.find((x) => x.reference === 'R-02')?.review).toBe('due-soon');
  });

  it('pages through 120 risks fifty at a time', async () => {
    const w = await world();
    await withCouncil(w.council.id, (tx) =>
      tx.risk.createMany({
        data: Array.from({ length: 120 }, (_, n) => ({
          councilId: w.council.id,
          boardId: w.board.id,
          reference: `R${String(n + 1).padStart(3, '0')}`,
          title: `Risk ${n + 1}`,
          description: 'd',
          category: 'Demand',
          inherentLikelihood: 5,
          inherentImpact: 5,
          currentLikelihood: 1 + (n % 5),
          currentImpact: 1 + ((n >> 2) % 5),
          targetLikelihood: 1,
          targetImpact: 1,
          reviewDueOn: new Date('2026-06-01'),
        })),
      }),
    );
    const last = await listRisks(w.ctx(), { page: 3, sort: 'reference' }, now);
    expect(last).toMatchObject({ total: 120, pages: 3 });
    expect(last.rows.map((x) => x.reference)).toEqual(Array.from({ length: 20 }, (_, n) => `R${String(n + 101).padStart(3, '0')}`));
    const bulk = await withCouncil(w.council.id, (tx) =>
      tx.risk.findMany({ where: { boardId: w.board.id }, select: { currentLikelihood: true, currentImpact: true, currentScore: true } }),
    );
    expect(bulk.every((b) => b.currentScore === b.currentLikelihood * b.currentImpact)).toBe(true);
  });
});

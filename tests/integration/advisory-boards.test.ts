import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCall } from '../../lib/action/define';
import type { ActionResult } from '../../lib/action/result';
import { updateBoard } from '../../lib/boards/actions';
import { boardFormDefaults, editableBoardSelect } from '../../lib/boards/form-values';
import { withCouncil } from '../../lib/db/tenant';
import { approveMinutes, correctMinutes, distributeMinutes, saveMinutesDraft, sendMinutesToChair, startMinutes } from '../../lib/minutes/actions';
import { decisionField, discussionField } from '../../lib/minutes/fields';
import { liveAttendance, liveQuorum, minutesText, versionSelect } from '../../lib/minutes/load';
import { buildReport } from '../../lib/plans/reports/model';
import { reportDocument } from '../../lib/plans/reports/document';
import { recordRecommendationOutcome } from '../../lib/recommendations/actions';
import { listRecommendations, recommendationSummary } from '../../lib/recommendations/queries';
import { minutesHash } from '../../lib/rules/minutes';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

// Shropshire's Children's Improvement Board (DOMAIN.md source 002) is one of the council's
// "Statutory and Advisory Bodies": it decides nothing itself; formal decisions go to Cabinet
// or a named officer. Its minutes record recommendations, and each is followed to its outcome.

const NOW = new Date('2026-03-20T12:00:00Z');

async function world() {
  const council = await make.council('Shropshire Test Council');
  const admin = await make.person(council, 'The admin', { role: 'ADMIN', key: 'admin' });
  const chair = await make.person(council, 'The chair', { key: 'chair' });
  const member = await make.person(council, 'The member', { key: 'member' });
  const board = await make.board(council, { name: 'Children’s Improvement Board' });
  const otherBoard = await make.executiveGroup(council, { actionReferencePrefix: 'EG' });
  await make.seat(council, board, chair, { role: 'INDEPENDENT_CHAIR', agency: 'Local Government Association', position: 'Chair' });
  await make.seat(council, board, member, { agency: 'The council', position: 'Portfolio Holder for Children and Education' });
  const held = await make.meetingDaysFrom(council, board, NOW, -10, 'HELD');
  const otherHeld = await make.meetingDaysFrom(council, otherBoard, NOW, -10, 'HELD');
  return { council, admin, chair, member, board, otherBoard, held, otherHeld };
}
type World = Awaited<ReturnType<typeof world>>;

type Executable<T> = { execute: (call: ActionCall) => Promise<ActionResult<T>> };
const call = <T>(w: World, action: Executable<T>, actor: { id: string }, input: Record<string, unknown>, board = w.board, now = NOW) =>
  action.execute({ actorId: actor.id, councilSlug: w.council.slug, boardSlug: board.slug, input, now });

const readBoard = (w: World, id = w.board.id) => withCouncil(w.council.id, (tx) => tx.board.findUniqueOrThrow({ where: { id }, select: editableBoardSelect }));
const readVersion = (w: World, id: string) => withCouncil(w.council.id, (tx) => tx.minutesVersion.findUniqueOrThrow({ where: { id }, select: versionSelect }));

async function setAdvisory(w: World, advisory: boolean, board = w.board) {
  const r = await call(w, updateBoard, w.admin, { ...boardFormDefaults(await readBoard(w, board.id)), advisory: String(advisory) }, board);
  if (!r.ok) throw new Error(`advisory: ${r.message} ${JSON.stringify(r.fieldErrors)}`);
}

async function start(w: World, board = w.board, meeting = w.held) {
  const r = await call(w, startMinutes, w.admin, { meetingId: meeting.id }, board);
  if (!r.ok) throw new Error(`start: ${r.message}`);
  return r.data.id;
}

const row = (kind: 'DECISION' | 'RECOMMENDATION', text: string, maker = '') => ({
  [decisionField(1, 1, 'kind')]: kind,
  [decisionField(1, 1, 'text')]: text,
  [decisionField(1, 1, 'maker')]: maker,
});

const save = async (w: World, id: string, fields: Record<string, string>, board = w.board) =>
  call(
    w,
    saveMinutesDraft,
    w.admin,
    { minutesId: id, version: String((await readVersion(w, id)).version), [discussionField(1)]: 'The board discussed the plan.', ...fields },
    board,
  );

async function shownHash(w: World, id: string) {
  return withCouncil(w.council.id, async (tx) => {
    const v = await tx.minutesVersion.findUniqueOrThrow({ where: { id }, select: versionSelect });
    return minutesHash(minutesText(v, await liveAttendance(tx, v.meetingId), await liveQuorum(tx, v.meetingId)));
  });
}

async function sendAndApprove(w: World, id: string, board = w.board) {
  const sent = await call(w, sendMinutesToChair, w.admin, { minutesId: id, version: String((await readVersion(w, id)).version) }, board);
  if (!sent.ok) throw new Error(`send: ${sent.message} ${JSON.stringify(sent.fieldErrors)}`);
  return call(w, approveMinutes, w.chair, { minutesId: id, version: String((await readVersion(w, id)).version), textHash: await shownHash(w, id) }, board);
}

const recommendationOf = (w: World, minutesId: string) =>
  withCouncil(w.council.id, (tx) =>
    tx.decision.findFirstOrThrow({
      where: { kind: 'RECOMMENDATION', minutesItem: { minutesVersionId: minutesId } },
      select: { id: true, decisionMaker: true, decisionMakerId: true, maker: { select: { name: true, kind: true } } },
    }),
  );

const outcome = (w: World, decisionId: string, fields: Record<string, string>, actor: { id: string } = w.admin, board = w.board) =>
  call(w, recordRecommendationOutcome, actor, { decisionId, ...fields }, board);

describe('advisory boards', () => {
  it('Shropshire: an advisory board refuses a decision and tracks a recommendation to Cabinet', async () => {
    const w = await world();
    await setAdvisory(w, true);
    expect((await readBoard(w)).advisory).toBe(true);
    const id = await start(w);

    // a "decision of the board" is refused, naming the row, and nothing is saved
    const decided = await save(w, id, row('DECISION', 'The improvement plan is approved.'));
    expect(decided).toMatchObject({ ok: false, code: 'INVALID' });
    expect(decided.ok ? null : decided.fieldErrors?.[decisionField(1, 1, 'kind')]?.[0]).toMatch(/this board is advisory/);
    expect((await readVersion(w, id)).items[0]!.decisions).toEqual([]);

    // who decides comes from the council's list
    const offList = await save(w, id, row('RECOMMENDATION', 'Approve the improvement plan.', 'The Leader'));
    expect(offList.ok ? null : offList.fieldErrors?.[decisionField(1, 1, 'maker')]?.[0]).toMatch(/council’s list of decision makers/);

    const saved = await save(w, id, row('RECOMMENDATION', 'Approve the improvement plan.', 'cabinet'));
    expect(saved.ok).toBe(true);
    const rec = await recommendationOf(w, id);
    expect(rec).toMatchObject({ decisionMaker: 'Cabinet', maker: { name: 'Cabinet', kind: 'CABINET' } });

    // no outcome before the Chair signs
    expect(await outcome(w, rec.id, { outcome: 'ACCEPTED', decidedOn: '2026-03-18', reference: 'CAB 45/26' })).toMatchObject({ ok: false, code: 'CONFLICT' });

    expect((await sendAndApprove(w, id)).ok).toBe(true);
    const ctx = boardContext(w.council, { ...w.board, advisory: true }, w.admin.id);
    expect(await recommendationSummary.read(ctx)).toMatchObject({ total: 1, counts: { PENDING: 1, ACCEPTED: 0 } });

    // the outcome's date is not before the meeting nor in the future, and a decision needs its reference
    const early = await outcome(w, rec.id, { outcome: 'ACCEPTED', decidedOn: '2026-03-01', reference: 'CAB 45/26' });
    expect(early.ok ? null : early.fieldErrors?.decidedOn?.[0]).toMatch(/before the meeting/);
    const future = await outcome(w, rec.id, { outcome: 'ACCEPTED', decidedOn: '2026-03-21', reference: 'CAB 45/26' });
    expect(future.ok ? null : future.fieldErrors?.decidedOn?.[0]).toMatch(/in the future/);
    const noReference = await outcome(w, rec.id, { outcome: 'REJECTED', decidedOn: '2026-03-18', reference: '' });
    expect(noReference.ok ? null : noReference.fieldErrors?.reference?.[0]).toMatch(/reference/);
    // a member reads the recommendations but does not record their outcomes
    expect((await outcome(w, rec.id, { outcome: 'ACCEPTED', decidedOn: '2026-03-18', reference: 'CAB 45/26' }, w.member)).ok).toBe(false);

    const accepted = await outcome(w, rec.id, {
      outcome: 'ACCEPTED_WITH_CHANGES',
      decidedOn: '18/3/2026',
      reference: 'CAB 45/26',
      note: 'Approved with a later start.',
    });
    expect(accepted).toMatchObject({ ok: true, message: 'Outcome recorded: accepted with changes (Cabinet)' });
    const list = await listRecommendations.read(ctx);
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ decisionMaker: 'Cabinet', current: 'ACCEPTED_WITH_CHANGES', outcomes: [{ reference: 'CAB 45/26' }] });
    expect(list.counts).toMatchObject({ PENDING: 0, ACCEPTED_WITH_CHANGES: 1 });
    expect(list.recordedBy[w.admin.id]).toBe('The admin');

    // the signed minutes are untouched: the outcome lives beside them, audited
    const v = await readVersion(w, id);
    expect(v.status).toBe('APPROVED');
    expect(await shownHash(w, id)).toBe(v.approvedHash);
    const audit = await withCouncil(w.council.id, (tx) =>
      tx.auditEvent.findMany({ where: { councilId: w.council.id, kind: 'recommendation.outcome' }, select: { entityId: true } }),
    );
    expect(audit).toEqual([{ entityId: rec.id }]);

    // the progress report lists the recommendation made in the period, with its outcome
    const plan = await withCouncil(w.council.id, (tx) =>
      tx.improvementPlan.create({ data: { councilId: w.council.id, boardId: w.board.id, title: 'Children’s Improvement Plan', status: 'IN_DELIVERY' } }),
    );
    const report = await buildReport(
      { councilId: w.council.id, boardId: w.board.id, planId: plan.id },
      { from: '2026-03-01', to: '2026-03-20', audience: 'cabinet' },
      '2026-03-20',
    );
    const section = reportDocument(report!).sections.find((s) => s.id === 'recommendations');
    expect(section?.paragraphs[0]).toBe('The board made 1 recommendation at meetings held in the period; 0 await a decision.');
    expect(section?.table?.rows[0]).toEqual([
      'Approve the improvement plan.',
      expect.stringContaining('10 March 2026'),
      'Cabinet',
      'Accepted with changes on 18 Mar 2026 (reference CAB 45/26)',
    ]);
  });

  it('refuses the Chair’s approval of a decision recorded before the board became advisory', async () => {
    const w = await world();
    const id = await start(w);
    expect((await save(w, id, row('DECISION', 'The improvement plan is approved.'))).ok).toBe(true);
    const sent = await call(w, sendMinutesToChair, w.admin, { minutesId: id, version: String((await readVersion(w, id)).version) });
    expect(sent.ok).toBe(true);
    await setAdvisory(w, true);
    const v = await readVersion(w, id);
    const r = await call(w, approveMinutes, w.chair, { minutesId: id, version: String(v.version), textHash: await shownHash(w, id) });
    expect(r).toMatchObject({ ok: false, code: 'INVALID' });
    expect(r.ok ? '' : r.message).toMatch(/This board is advisory: it takes no decisions, but these minutes record a decision of the board \(item 1\)/);
    expect((await readVersion(w, id)).status).toBe('SENT_TO_CHAIR');
  });

  it('keeps a board that decides for itself as it was, and a recommendation’s outcome through a correction', async () => {
    const w = await world();
    const id = await start(w);
    const both = {
      ...row('DECISION', 'The highlight report was noted.'),
      [decisionField(1, 2, 'kind')]: 'RECOMMENDATION',
      [decisionField(1, 2, 'text')]: 'Fund two more social workers.',
      [decisionField(1, 2, 'maker')]: 'Director of Children’s Services',
    };
    expect((await save(w, id, both)).ok).toBe(true);
    expect((await sendAndApprove(w, id)).ok).toBe(true);
    const rec = await recommendationOf(w, id);
    expect((await outcome(w, rec.id, { outcome: 'REJECTED', decidedOn: '2026-03-19', reference: 'DCS/2026/07' })).ok).toBe(true);
    const v1 = await readVersion(w, id);
    expect((await call(w, distributeMinutes, w.admin, { minutesId: id, version: String(v1.version) })).ok).toBe(true);
    const corrected = await call(w, correctMinutes, w.admin, { minutesId: id, version: String((await readVersion(w, id)).version) });
    if (!corrected.ok) throw new Error(corrected.message);
    const v2 = await withCouncil(w.council.id, (tx) =>
      tx.minutesVersion.findFirstOrThrow({ where: { meetingId: w.held.id, versionNo: 2 }, select: { id: true } }),
    );
    expect((await save(w, v2.id, { ...both, [discussionField(1)]: 'The board discussed the plan at length.' })).ok).toBe(true);
    expect((await sendAndApprove(w, v2.id)).ok).toBe(true);
    const ctx = boardContext(w.council, w.board, w.admin.id);
    const list = await listRecommendations.read(ctx);
    expect(list.rows.map((r) => [r.id, r.current, r.outcomes[0]?.reference])).toEqual([[(await recommendationOf(w, v2.id)).id, 'REJECTED', 'DCS/2026/07']]);
  });

  it('refuses another board’s recommendation, and an archived decision maker for a new one', async () => {
    const w = await world();
    await make.seat(w.council, w.otherBoard, w.chair, { role: 'INDEPENDENT_CHAIR', agency: 'Local Government Association', position: 'Chair' });
    const theirs = await start(w, w.otherBoard, w.otherHeld);
    expect(await save(w, theirs, row('RECOMMENDATION', 'Adopt the protocol.', 'Full Council'), w.otherBoard)).toMatchObject({ ok: true });
    expect(await sendAndApprove(w, theirs, w.otherBoard)).toMatchObject({ ok: true });
    const rec = await recommendationOf(w, theirs);
    expect(await outcome(w, rec.id, { outcome: 'ACCEPTED', decidedOn: '2026-03-18', reference: 'FC 3' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    await withCouncil(w.council.id, (tx) =>
      tx.decisionMaker.updateMany({ where: { councilId: w.council.id, name: 'Full Council' }, data: { archived: true } }),
    );
    const id = await start(w);
    const r = await save(w, id, row('RECOMMENDATION', 'Adopt the protocol.', 'Full Council'));
    expect(r.ok ? null : r.fieldErrors?.[decisionField(1, 1, 'maker')]?.[0]).toMatch(/council’s list/);
  });
});

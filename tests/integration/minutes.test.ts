import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCall } from '../../lib/action/define';
import type { ActionResult } from '../../lib/action/result';
import { withCouncil } from '../../lib/db/tenant';
import {
  approveMinutes,
  confirmMinutes,
  correctMinutes,
  distributeMinutes,
  returnMinutes,
  saveMinutesDraft,
  sendMinutesToChair,
  startMinutes,
} from '../../lib/minutes/actions';
import { actionField, decisionField, discussionField } from '../../lib/minutes/fields';
import { liveAttendance, liveQuorum, minutesText, versionSelect } from '../../lib/minutes/load';
import { getMinutesView, minutesAlerts } from '../../lib/minutes/queries';
import { minutesHash, type MinutesStatus } from '../../lib/rules/minutes';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';
import { renderMinutesPdf } from '../../lib/minutes/pdf';
import { readPdf } from './pdf-text';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const DAY = 86_400_000;
const NOW = new Date('2026-03-10T12:00:00Z');

/** A council with an administrator, the Chair, a member with a seat, two boards, and meetings around NOW. */
async function world() {
  const council = await make.council();
  const admin = await make.person(council, 'The admin', { role: 'ADMIN', key: 'admin' });
  const chair = await make.person(council, 'The chair', { key: 'chair' });
  const member = await make.person(council, 'The member', { key: 'member' });
  const board = await make.board(council);
  const otherBoard = await make.executiveGroup(council);
  const chairSeat = await make.seat(council, board, chair, { role: 'INDEPENDENT_CHAIR', agency: 'Another council', position: 'Independent Chair' });
  const memberSeat = await make.seat(council, board, member, { agency: 'The council', position: "Director of Children's Services" });
  const otherSeat = await make.seat(council, otherBoard, member, { agency: 'The council', position: 'Group member' });
  const meeting = (b: { id: string }, daysFromNow: number, status: 'SCHEDULED' | 'HELD' | 'CANCELLED' = 'HELD') =>
    make.meetingDaysFrom(council, b, NOW, daysFromNow, status);
  const held = await meeting(board, -3);
  await withCouncil(council.id, async (tx) => {
    for (const [i, title] of ['Apologies', 'Improvement plan'].entries()) {
      await tx.agendaItem.create({ data: { councilId: council.id, meetingId: held.id, position: i + 1, title, purpose: 'DECISION' } });
    }
    await tx.attendance.create({ data: { councilId: council.id, meetingId: held.id, seatId: chairSeat.id, status: 'PRESENT' } });
    await tx.attendance.create({ data: { councilId: council.id, meetingId: held.id, seatId: memberSeat.id, status: 'VIRTUAL' } });
  });
  return {
    council,
    admin,
    chair,
    member,
    board,
    otherBoard,
    chairSeat,
    memberSeat,
    otherSeat,
    held,
    later: await meeting(board, -1),
    earlier: await meeting(board, -35),
    future: await meeting(board, 14, 'SCHEDULED'),
    cancelled: await meeting(board, -2, 'CANCELLED'),
    otherBoardMeeting: await meeting(otherBoard, -3),
  };
}
type World = Awaited<ReturnType<typeof world>>;

type Executable<T> = { execute: (call: ActionCall) => Promise<ActionResult<T>> };
const call = <T>(w: World, action: Executable<T>, actor: { id: string }, input: Record<string, unknown>, now = NOW) =>
  action.execute({ actorId: actor.id, councilSlug: w.council.slug, boardSlug: w.board.slug, input, now });

const readVersion = (w: World, id: string) =>
  withCouncil(w.council.id, (tx) => tx.minutesVersion.findUniqueOrThrow({ where: { id }, select: { ...versionSelect, meetingId: true } }));

async function start(w: World) {
  const r = await call(w, startMinutes, w.admin, { meetingId: w.held.id });
  if (!r.ok) throw new Error(`start: ${r.message}`);
  return r.data.id;
}

/** A complete draft: a discussion for each item, a decision and a recommendation, and one action arising. */
function completeForm(w: World, id: string, version: number, extra: Record<string, string> = {}) {
  return {
    minutesId: id,
    version: String(version),
    [discussionField(1)]: 'Apologies were received from the Leader.',
    [discussionField(2)]: 'The board reviewed the plan.\r\n\r\nProgress on the front door was noted.',
    [decisionField(2, 1, 'kind')]: 'DECISION',
    [decisionField(2, 1, 'text')]: 'The highlight report was noted.',
    [decisionField(2, 1, 'maker')]: '',
    [decisionField(2, 2, 'kind')]: 'RECOMMENDATION',
    [decisionField(2, 2, 'text')]: 'Fund two more social workers.',
    [decisionField(2, 2, 'maker')]: 'Cabinet',
    [actionField(2, 1, 'description')]: 'Report caseloads by team.',
    [actionField(2, 1, 'owner')]: w.memberSeat.id,
    [actionField(2, 1, 'due')]: '2026-04-30',
    ...extra,
  };
}

async function drafted(w: World) {
  const id = await start(w);
  const saved = await call(w, saveMinutesDraft, w.admin, completeForm(w, id, 1));
  if (!saved.ok) throw new Error(`save: ${saved.message} ${JSON.stringify(saved.fieldErrors)}`);
  return id;
}

async function sent(w: World) {
  const id = await drafted(w);
  const r = await call(w, sendMinutesToChair, w.admin, { minutesId: id, version: String((await readVersion(w, id)).version) });
  if (!r.ok) throw new Error(`send: ${r.message}`);
  return id;
}

/** The hash the approve form carries: of the text as the Chair is shown it. */
async function shownHash(w: World, id: string) {
  return withCouncil(w.council.id, async (tx) => {
    const v = await tx.minutesVersion.findUniqueOrThrow({ where: { id }, select: versionSelect });
    return minutesHash(minutesText(v, await liveAttendance(tx, v.meetingId), await liveQuorum(tx, v.meetingId)));
  });
}

async function approved(w: World, now = NOW) {
  const id = await sent(w);
  const v = await readVersion(w, id);
  const r = await call(w, approveMinutes, w.chair, { minutesId: id, version: String(v.version), textHash: await shownHash(w, id) }, now);
  if (!r.ok) throw new Error(`approve: ${r.message}`);
  return id;
}

const step = async (w: World, action: Executable<unknown>, actor: { id: string }, id: string, extra: Record<string, unknown> = {}, now = NOW) =>
  call(w, action, actor, { minutesId: id, version: String((await readVersion(w, id)).version), ...extra }, now);

describe('starting the minutes', () => {
  it('makes one section per agenda item of a meeting that has taken place', async () => {
    const w = await world();
    const v = await readVersion(w, await start(w));
    expect(v.items.map((i) => i.heading)).toEqual(['Apologies', 'Improvement plan']);
    expect(v.status).toBe('DRAFT');
    expect(await call(w, startMinutes, w.admin, { meetingId: w.held.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('refuses a future or cancelled meeting, and another board’s meeting as not found', async () => {
    const w = await world();
    expect(await call(w, startMinutes, w.admin, { meetingId: w.future.id })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await call(w, startMinutes, w.admin, { meetingId: w.cancelled.id })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await call(w, startMinutes, w.admin, { meetingId: w.otherBoardMeeting.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call(w, startMinutes, w.member, { meetingId: w.held.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('the draft', () => {
  it('saves discussion, decisions and recommendations, and actions arising, normalising line endings', async () => {
    const w = await world();
    const v = await readVersion(w, await drafted(w));
    const item = v.items[1]!;
    expect(item.discussion).toBe('The board reviewed the plan.\n\nProgress on the front door was noted.');
    expect(item.decisions.map((d) => [d.kind, d.text, d.decisionMaker])).toEqual([
      ['DECISION', 'The highlight report was noted.', null],
      ['RECOMMENDATION', 'Fund two more social workers.', 'Cabinet'],
    ]);
    expect(item.actionsArising.map((a) => [a.description, a.ownerSeatId, a.dueOn?.toISOString().slice(0, 10), a.actionId])).toEqual([
      ['Report caseloads by team.', w.memberSeat.id, '2026-04-30', null],
    ]);
  });

  it('detects a clash and returns the other person’s text without losing what was typed', async () => {
    const w = await world();
    const id = await start(w);
    const first = await call(w, saveMinutesDraft, w.admin, { minutesId: id, version: '1', [discussionField(1)]: 'Saved first by a colleague.' });
    expect(first.ok).toBe(true);
    const clash = await call(w, saveMinutesDraft, w.admin, { minutesId: id, version: '1', [discussionField(1)]: 'Typed second, from the old page.' });
    expect(clash).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: { version: '2', [discussionField(1)]: 'Saved first by a colleague.' },
      values: { [discussionField(1)]: 'Typed second, from the old page.' },
    });
    expect((await readVersion(w, id)).items[0]!.discussion).toBe('Saved first by a colleague.');
    // having seen both, saving again on the version just shown goes through
    expect(await call(w, saveMinutesDraft, w.admin, { minutesId: id, version: '2', [discussionField(1)]: 'Both, reconciled.' })).toMatchObject({ ok: true });
  });

  it('refuses a due date outside the calendar’s sensible years and a version too long for the database, without a crash', async () => {
    const w = await world();
    const id = await start(w);
    const base = { minutesId: id, version: '1', [actionField(2, 1, 'description')]: 'Do it.', [actionField(2, 1, 'owner')]: w.memberSeat.id };
    for (const due of ['0000-01-01', '0001-01-01', '9999-12-31']) {
      const r = await call(w, saveMinutesDraft, w.admin, { ...base, [actionField(2, 1, 'due')]: due });
      expect(r).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { [actionField(2, 1, 'due')]: [expect.stringContaining('real date')] } });
    }
    expect(await call(w, saveMinutesDraft, w.admin, { ...base, version: '12345678901', [actionField(2, 1, 'due')]: '2026-04-30' })).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    // a day typed the British way is read as the app reads days everywhere, and stored as such
    expect(await call(w, saveMinutesDraft, w.admin, { ...base, [actionField(2, 1, 'due')]: '30/4/2026' })).toMatchObject({ ok: true });
    expect((await readVersion(w, id)).items[1]!.actionsArising[0]!.dueOn?.toISOString().slice(0, 10)).toBe('2026-04-30');
  });

  it('refuses an owner from another board and a date that is not a date', async () => {
    const w = await world();
    const id = await start(w);
    const foreign = {
      minutesId: id,
      version: '1',
      [actionField(2, 1, 'description')]: 'Do it.',
      [actionField(2, 1, 'owner')]: w.otherSeat.id,
      [actionField(2, 1, 'due')]: '2026-04-30',
    };
    expect(await call(w, saveMinutesDraft, w.admin, foreign)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const badDate = await call(w, saveMinutesDraft, w.admin, {
      ...foreign,
      [actionField(2, 1, 'owner')]: w.memberSeat.id,
      [actionField(2, 1, 'due')]: '2026-02-30',
    });
    expect(badDate).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { [actionField(2, 1, 'due')]: [expect.stringContaining('real date')] } });
  });
});

describe('sending to the Chair', () => {
  it('refuses a recommendation that does not say who decides, and an action with no owner or date', async () => {
    const w = await world();
    const id = await start(w);
    await call(w, saveMinutesDraft, w.admin, {
      ...completeForm(w, id, 1),
      [decisionField(2, 2, 'maker')]: '',
      [actionField(2, 1, 'owner')]: '',
      [actionField(2, 1, 'due')]: '',
    });
    const r = await step(w, sendMinutesToChair, w.admin, id);
    expect(r).toMatchObject({ ok: false, code: 'INVALID' });
    expect(Object.keys(!r.ok ? (r.fieldErrors ?? {}) : {}).sort()).toEqual(
      [actionField(2, 1, 'due'), actionField(2, 1, 'owner'), decisionField(2, 2, 'maker')].sort(),
    );
    expect((await readVersion(w, id)).status).toBe('DRAFT');
  });

  it('sends a complete draft, tells the Chair, and stops further edits', async () => {
    const w = await world();
    const id = await sent(w);
    const v = await readVersion(w, id);
    expect(v.status).toBe('SENT_TO_CHAIR');
    expect(v.sentToChairAt).toEqual(NOW);
    const mail = await t.prisma.outboxMessage.findMany({ where: { councilId: w.council.id, kind: 'minutes.sent-to-chair' } });
    expect(mail.map((m) => m.toAddress)).toEqual([w.chair.email]);
    expect(
      await call(w, saveMinutesDraft, w.admin, completeForm(w, id, v.version, { [discussionField(1)]: 'Changed behind the Chair’s back.' })),
    ).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});

describe('the Chair', () => {
  it('is the only one who approves', async () => {
    const w = await world();
    const id = await sent(w);
    const form = { minutesId: id, version: String((await readVersion(w, id)).version), textHash: await shownHash(w, id) };
    expect(await call(w, approveMinutes, w.admin, form)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(w, approveMinutes, w.member, form)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(w, returnMinutes, w.admin, { ...form, comments: 'No.' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await readVersion(w, id)).status).toBe('SENT_TO_CHAIR');
    expect(await call(w, approveMinutes, w.chair, form)).toMatchObject({ ok: true });
    const v = await readVersion(w, id);
    expect(v.status).toBe('APPROVED');
    expect(v.approvedBy?.name).toBe('The chair');
    expect(v.approvedAt).toEqual(NOW);
  });

  it('approves only the text shown: a different hash is refused', async () => {
    const w = await world();
    const id = await sent(w);
    const r = await step(w, approveMinutes, w.chair, id, { textHash: 'a'.repeat(64) });
    expect(r).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await readVersion(w, id)).status).toBe('SENT_TO_CHAIR');
  });

  it('returns a draft with comments, which it keeps through editing and sending again', async () => {
    const w = await world();
    const id = await sent(w);
    expect(await step(w, returnMinutes, w.chair, id, { comments: '   ' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { comments: [expect.any(String)] },
    });
    const comments = 'Item 2: record that the Leader asked for a timetable.';
    expect(await step(w, returnMinutes, w.chair, id, { comments })).toMatchObject({ ok: true });
    let v = await readVersion(w, id);
    expect([v.status, v.chairComments]).toEqual(['RETURNED', comments]);
    const mail = await t.prisma.outboxMessage.findMany({ where: { councilId: w.council.id, kind: 'minutes.returned' } });
    expect(mail.some((m) => m.toAddress === w.admin.email && m.textBody.includes(comments))).toBe(true);
    // the administrator edits the returned draft and sends it again; the comments stay
    expect(
      await call(w, saveMinutesDraft, w.admin, completeForm(w, id, v.version, { [discussionField(2)]: 'The Leader asked for a timetable.' })),
    ).toMatchObject({ ok: true });
    expect(await step(w, sendMinutesToChair, w.admin, id)).toMatchObject({ ok: true });
    v = await readVersion(w, id);
    expect([v.status, v.chairComments]).toEqual(['SENT_TO_CHAIR', comments]);
  });
});

describe('approved minutes', () => {
  it('store the hash of exactly the text approved, attendance included', async () => {
    const w = await world();
    const id = await approved(w);
    const v = await readVersion(w, id);
    expect(v.approvedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(minutesHash(minutesText(v, null))).toBe(v.approvedHash);
    expect(v.attendanceSnapshot).toEqual([
      { name: 'The chair', position: 'Independent Chair', attendance: 'Present in person' },
      { name: 'The member', position: "Director of Children's Services", attendance: 'Present virtually' },
    ]);
    // attendance is part of approved minutes: it changes only once a correction is started...
    const changeAttendance = () =>
      withCouncil(w.council.id, (tx) => tx.attendance.updateMany({ where: { meetingId: w.held.id, seatId: w.memberSeat.id }, data: { status: 'APOLOGIES' } }));
    await expect(changeAttendance()).rejects.toThrow(/changes only through a correction/);
    await withCouncil(w.council.id, (tx) =>
      tx.minutesVersion.create({ data: { councilId: w.council.id, meetingId: w.held.id, versionNo: 2, previousVersionId: id } }),
    );
    await changeAttendance();
    // ...and even then the approved text does not change
    expect(minutesHash(minutesText(await readVersion(w, id), null))).toBe(v.approvedHash);
  });

  it('record the Chair’s quorum decision, hashed with them and kept as approved', async () => {
    const w = await world();
    const decision = 'Quorate: enough members present';
    await withCouncil(w.council.id, (tx) =>
      tx.meeting.update({ where: { id: w.held.id }, data: { quorumDecision: decision, quorumDecidedById: w.chair.id, quorumDecidedAt: NOW } }),
    );
    const id = await approved(w);
    const v = await readVersion(w, id);
    expect(v.quorumSnapshot).toBe(decision);
    const text = minutesText(v, null);
    expect(text.quorum).toBe(decision);
    expect(minutesHash(text)).toBe(v.approvedHash);
    expect(minutesHash({ ...text, quorum: null })).not.toBe(v.approvedHash);
    await expect(
      withCouncil(w.council.id, (tx) => tx.$executeRaw`UPDATE "MinutesVersion" SET "quorumSnapshot" = 'Inquorate' WHERE id = ${id}::uuid`),
    ).rejects.toThrow(/cannot be changed/);
    const pdf = await renderMinutesPdf({
      councilName: w.council.name,
      boardName: w.board.name,
      meeting: { title: 'Meeting -3', startsAt: w.held.startsAt },
      versionNo: v.versionNo,
      status: v.status as MinutesStatus,
      approvedBy: 'The chair',
      approvedAt: v.approvedAt,
      approvedHash: v.approvedHash,
      distributedAt: null,
      confirmedAt: null,
      text,
    });
    expect((await readPdf(pdf)).pages.join('\n')).toContain(`Quorum (the Chair's decision): ${decision}`);
  });

  it('put their actions arising in the board’s action log, once', async () => {
    const w = await world();
    const id = await approved(w);
    const v = await readVersion(w, id);
    const actions = await withCouncil(w.council.id, (tx) => tx.action.findMany({ where: { boardId: w.board.id } }));
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      description: 'Report caseloads by team.',
      ownerSeatId: w.memberSeat.id,
      sourceMeetingId: w.held.id,
      sourceMinutesItemId: v.items[1]!.id,
      status: 'OPEN',
    });
    expect(actions[0]!.dueOn.toISOString().slice(0, 10)).toBe('2026-04-30');
    expect(actions[0]!.reference).toMatch(/-2026-001$/);
    expect(v.items[1]!.actionsArising[0]!.actionId).toBe(actions[0]!.id);
  });

  it('are refused edits by the server and by the database', async () => {
    const w = await world();
    const id = await approved(w);
    const v = await readVersion(w, id);
    expect(await call(w, saveMinutesDraft, w.admin, completeForm(w, id, v.version, { [discussionField(1)]: 'Rewritten.' }))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await step(w, sendMinutesToChair, w.admin, id)).toMatchObject({ ok: false, code: 'CONFLICT' });
    const item = v.items[1]!;
    const inDb = (sql: Promise<unknown>) => expect(sql).rejects.toThrow(/cannot be changed|cannot be deleted/);
    await inDb(withCouncil(w.council.id, (tx) => tx.$executeRaw`UPDATE "MinutesItem" SET discussion = 'Edited' WHERE id = ${item.id}::uuid`));
    await inDb(withCouncil(w.council.id, (tx) => tx.$executeRaw`UPDATE "Decision" SET text = 'Edited' WHERE "minutesItemId" = ${item.id}::uuid`));
    await inDb(withCouncil(w.council.id, (tx) => tx.$executeRaw`DELETE FROM "MinutesActionArising" WHERE "minutesItemId" = ${item.id}::uuid`));
    await inDb(withCouncil(w.council.id, (tx) => tx.$executeRaw`UPDATE "MinutesVersion" SET "approvedHash" = 'x' WHERE id = ${id}::uuid`));
    await inDb(withCouncil(w.council.id, (tx) => tx.$executeRaw`UPDATE "MinutesVersion" SET status = 'DRAFT' WHERE id = ${id}::uuid`));
    await inDb(withCouncil(w.council.id, (tx) => tx.$executeRaw`DELETE FROM "MinutesVersion" WHERE id = ${id}::uuid`));
    // nor can anything be added to them
    const added = (sql: Promise<unknown>) => expect(sql).rejects.toThrow(/cannot be changed/);
    await added(
      withCouncil(w.council.id, (tx) =>
        tx.minutesItem.create({
          data: { councilId: w.council.id, minutesVersionId: id, position: 3, heading: 'Added later', discussion: 'Not in the record.' },
        }),
      ),
    );
    await added(
      withCouncil(w.council.id, (tx) =>
        tx.decision.create({
          data: { councilId: w.council.id, meetingId: w.held.id, minutesItemId: item.id, kind: 'DECISION', text: 'Added later', position: 9 },
        }),
      ),
    );
    await added(
      withCouncil(w.council.id, (tx) =>
        tx.minutesActionArising.create({ data: { councilId: w.council.id, minutesItemId: item.id, position: 9, description: 'Added later' } }),
      ),
    );
    expect((await readVersion(w, id)).items.map((i) => [i.decisions.length, i.actionsArising.length])).toEqual([
      [0, 0],
      [2, 1],
    ]);
    expect(minutesHash(minutesText(await readVersion(w, id), null))).toBe(v.approvedHash);
    // deleting the whole meeting still cascades
    await withCouncil(w.council.id, (tx) => tx.meeting.delete({ where: { id: w.held.id } }));
    expect(await withCouncil(w.council.id, (tx) => tx.minutesVersion.count({ where: { id } }))).toBe(0);
  });
});

describe('distribution', () => {
  it('needs the Chair’s approval, sends to the members through the outbox and records when', async () => {
    const w = await world();
    const id = await sent(w);
    expect(await step(w, distributeMinutes, w.admin, id)).toMatchObject({ ok: false, code: 'CONFLICT' });
    await step(w, approveMinutes, w.chair, id, { textHash: await shownHash(w, id) });
    const at = new Date(NOW.getTime() + DAY);
    expect(await step(w, distributeMinutes, w.chair, id, {}, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await step(w, distributeMinutes, w.admin, id, {}, at)).toMatchObject({ ok: true, data: { late: false } });
    const v = await readVersion(w, id);
    expect([v.status, v.distributedAt]).toEqual(['DISTRIBUTED', at]);
    const mail = await t.prisma.outboxMessage.findMany({ where: { councilId: w.council.id, kind: 'minutes.distributed' } });
    expect(mail.map((m) => m.toAddress).sort()).toEqual([w.chair.email, w.member.email].sort());
    expect(mail[0]!.textBody).toContain(`/meetings/${w.held.id}/minutes`);
  });

  it('is due the board’s number of days after the meeting, flagged when overdue and recorded late', async () => {
    const w = await world();
    const board = { id: w.board.id };
    // the held meeting ended on 7 March: due by 14 March with the default of 7 days
    const alerts = (now: Date) => withCouncil(w.council.id, (tx) => minutesAlerts(tx, [board.id], now));
    const mine = async (now: Date) => (await alerts(now)).filter((a) => a.meetingId === w.held.id);
    expect(await mine(new Date('2026-03-14T20:00:00Z'))).toEqual([]);
    expect(await mine(new Date('2026-03-15T09:00:00Z'))).toEqual([expect.objectContaining({ kind: 'overdue', dueOn: '2026-03-14', daysOverdue: 1 })]);
    const id = await sent(w);
    expect((await mine(NOW)).map((a) => a.kind)).toEqual(['awaiting-chair']);
    expect((await mine(new Date('2026-03-16T09:00:00Z'))).map((a) => a.kind).sort()).toEqual(['awaiting-chair', 'overdue']);
    // a board that allows three days
    await withCouncil(w.council.id, (tx) => tx.board.update({ where: { id: w.board.id }, data: { minutesDistributionDays: 3 } }));
    expect((await mine(new Date('2026-03-11T09:00:00Z'))).find((a) => a.kind === 'overdue')).toMatchObject({ dueOn: '2026-03-10', daysOverdue: 1 });
    await step(w, approveMinutes, w.chair, id, { textHash: await shownHash(w, id) });
    const late = await step(w, distributeMinutes, w.admin, id, {}, new Date('2026-03-12T09:00:00Z'));
    expect(late).toMatchObject({ ok: true, data: { late: true }, message: expect.stringContaining('recorded as late') });
    expect(await mine(new Date('2026-03-20T09:00:00Z'))).toEqual([]);
  });
});

describe('confirmation and correction', () => {
  it('confirms distributed minutes at a later meeting of the board that has taken place', async () => {
    const w = await world();
    const id = await approved(w);
    expect(await step(w, confirmMinutes, w.admin, id, { meetingId: w.later.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    await step(w, distributeMinutes, w.admin, id);
    expect(await step(w, confirmMinutes, w.admin, id, { meetingId: w.held.id })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await step(w, confirmMinutes, w.admin, id, { meetingId: w.earlier.id })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await step(w, confirmMinutes, w.admin, id, { meetingId: w.future.id })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await step(w, confirmMinutes, w.admin, id, { meetingId: w.otherBoardMeeting.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await step(w, confirmMinutes, w.admin, id, { meetingId: w.later.id })).toMatchObject({ ok: true });
    const v = await readVersion(w, id);
    expect([v.status, v.confirmedAtMeetingId]).toEqual(['CONFIRMED', w.later.id]);
  });

  it('makes a correction a new version, linked to the old, which stays until the correction is approved', async () => {
    const w = await world();
    const v1 = await approved(w);
    await step(w, distributeMinutes, w.admin, v1);
    const started = await step(w, correctMinutes, w.admin, v1);
    expect(started).toMatchObject({ ok: true, data: { versionNo: 2 } });
    const v2 = await withCouncil(w.council.id, (tx) => tx.minutesVersion.findFirstOrThrow({ where: { meetingId: w.held.id, versionNo: 2 } }));
    expect([v2.status, v2.previousVersionId]).toEqual(['DRAFT', v1]);
    expect((await readVersion(w, v1)).status).toBe('DISTRIBUTED');
    // only the newest version moves on
    expect(await step(w, correctMinutes, w.admin, v1)).toMatchObject({ ok: false, code: 'CONFLICT' });

    // the correction adds a second action; the first stays linked (through the editor's
    // hidden per-row field) and is not raised again
    const copied = await readVersion(w, v2.id);
    const form = completeForm(w, v2.id, copied.version, {
      [actionField(2, 1, 'link')]: copied.items[1]!.actionsArising[0]!.actionId!,
      [discussionField(1)]: 'Apologies were received from the Leader and the Chief Constable.',
      [actionField(2, 2, 'description')]: 'Publish the timetable.',
      [actionField(2, 2, 'owner')]: w.chairSeat.id,
      [actionField(2, 2, 'due')]: '2026-05-01',
    });
    expect(await call(w, saveMinutesDraft, w.admin, form)).toMatchObject({ ok: true });
    expect(await step(w, sendMinutesToChair, w.admin, v2.id)).toMatchObject({ ok: true });
    expect(await step(w, approveMinutes, w.chair, v2.id, { textHash: await shownHash(w, v2.id) })).toMatchObject({ ok: true });
    const statuses = await withCouncil(w.council.id, (tx) =>
      tx.minutesVersion.findMany({ where: { meetingId: w.held.id }, orderBy: { versionNo: 'asc' }, select: { status: true } }),
    );
    expect(statuses.map((s) => s.status)).toEqual<MinutesStatus[]>(['SUPERSEDED', 'APPROVED']);
    const actions = await withCouncil(w.council.id, (tx) => tx.action.findMany({ where: { boardId: w.board.id }, orderBy: { reference: 'asc' } }));
    expect(actions.map((a) => a.description)).toEqual(['Report caseloads by team.', 'Publish the timetable.']);
    // the old version's text is kept as it was approved
    const old = await readVersion(w, v1);
    expect(minutesHash(minutesText(old, null))).toBe(old.approvedHash);
    expect(old.items[0]!.discussion).toBe('Apologies were received from the Leader.');
  });
});

/** Distributed minutes and a started correction of them, with the correction's stored draft. */
async function correcting(w: World) {
  const v1 = await approved(w);
  await step(w, distributeMinutes, w.admin, v1);
  await step(w, correctMinutes, w.admin, v1);
  const v2 = await withCouncil(w.council.id, (tx) =>
    tx.minutesVersion.findFirstOrThrow({ where: { meetingId: w.held.id, versionNo: 2 }, select: { id: true } }),
  );
  const copy = await readVersion(w, v2.id);
  const logged = copy.items[1]!.actionsArising[0]!.actionId!;
  return { v1, v2: v2.id, copy, logged };
}

async function approveCorrection(w: World, id: string, extra: Record<string, string>) {
  const saved = await call(w, saveMinutesDraft, w.admin, completeForm(w, id, (await readVersion(w, id)).version, extra));
  if (!saved.ok) throw new Error(`save: ${saved.message}`);
  expect(await step(w, sendMinutesToChair, w.admin, id)).toMatchObject({ ok: true });
  return step(w, approveMinutes, w.chair, id, { textHash: await shownHash(w, id) });
}

describe('correcting an action already in the log', () => {
  it('keeps the row’s link through rewording, and approval updates the same log action rather than raising a second', async () => {
    const w = await world();
    const { v2, logged } = await correcting(w);
    const before = await withCouncil(w.council.id, (tx) => tx.action.findUniqueOrThrow({ where: { id: logged } }));
    const r = await approveCorrection(w, v2, {
      [actionField(2, 1, 'link')]: logged,
      [actionField(2, 1, 'description')]: 'Report caseloads by team and by locality.',
      [actionField(2, 1, 'owner')]: w.chairSeat.id,
      [actionField(2, 1, 'due')]: '2026-05-15',
    });
    expect(r).toMatchObject({
      ok: true,
      data: { actions: [], updated: [before.reference] },
      message: expect.stringContaining(`${before.reference} was updated in the action log`),
    });
    const actions = await withCouncil(w.council.id, (tx) => tx.action.findMany({ where: { boardId: w.board.id } }));
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      id: logged,
      reference: before.reference,
      description: 'Report caseloads by team and by locality.',
      ownerSeatId: w.chairSeat.id,
      ownerAgency: 'Another council',
      status: 'OPEN',
    });
    expect(actions[0]!.dueOn.toISOString().slice(0, 10)).toBe('2026-05-15');
    expect((await readVersion(w, v2)).items[1]!.actionsArising[0]!.actionId).toBe(logged);
    const audit = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ where: { kind: 'action.update', entityId: logged } }));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({
      before: { description: 'Report caseloads by team.', dueOn: '2026-04-30' },
      after: { description: 'Report caseloads by team and by locality.', dueOn: '2026-05-15' },
    });
  });

  it('never changes a closed or dropped log action, and says so on approval', async () => {
    const w = await world();
    const { v2, logged } = await correcting(w);
    const closed = await withCouncil(w.council.id, (tx) => tx.action.update({ where: { id: logged }, data: { status: 'CLOSED' } }));
    const r = await approveCorrection(w, v2, { [actionField(2, 1, 'link')]: logged, [actionField(2, 1, 'description')]: 'Reworded after closing.' });
    expect(r).toMatchObject({
      ok: true,
      data: { actions: [], updated: [], leftAlone: [closed.reference] },
      message: expect.stringContaining(`${closed.reference} is closed, so it was left as it is`),
    });
    const actions = await withCouncil(w.council.id, (tx) => tx.action.findMany({ where: { boardId: w.board.id } }));
    expect(actions.map((a) => [a.id, a.description, a.status])).toEqual([[logged, 'Report caseloads by team.', 'CLOSED']]);
  });

  it('accepts only links the version already holds: a link to another log action is dropped', async () => {
    const w = await world();
    const { v2 } = await correcting(w);
    const foreign = await withCouncil(w.council.id, (tx) =>
      tx.action.create({
        data: {
          councilId: w.council.id,
          boardId: w.board.id,
          reference: 'IB-2026-099',
          description: 'Someone else’s action.',
          dueOn: new Date('2026-06-01T00:00:00Z'),
        },
      }),
    );
    const saved = await call(
      w,
      saveMinutesDraft,
      w.admin,
      completeForm(w, v2, (await readVersion(w, v2)).version, { [actionField(2, 1, 'link')]: foreign.id }),
    );
    expect(saved).toMatchObject({ ok: true });
    expect((await readVersion(w, v2)).items[1]!.actionsArising[0]!.actionId).toBeNull();
    // the save answers with the draft as stored, which the editor takes in place of its rows
    expect(saved.ok && saved.data.draft[1]!.actions).toEqual([
      { description: 'Report caseloads by team.', ownerSeatId: w.memberSeat.id, dueOn: '2026-04-30', actionId: '' },
    ]);
  });
});

describe('correcting before distribution', () => {
  it('is refused: approved minutes are distributed first, so a correction never blocks their distribution', async () => {
    const w = await world();
    const id = await approved(w);
    expect(await step(w, correctMinutes, w.admin, id)).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('Distribute it') });
    expect(await withCouncil(w.council.id, (tx) => tx.minutesVersion.count({ where: { meetingId: w.held.id } }))).toBe(1);
    expect(await step(w, distributeMinutes, w.admin, id)).toMatchObject({ ok: true });
    expect(await step(w, correctMinutes, w.admin, id)).toMatchObject({ ok: true, data: { versionNo: 2 } });
  });

  it('keeps distribution overdue until some version has actually been distributed', async () => {
    const w = await world();
    const overdueOn = new Date('2026-03-16T09:00:00Z');
    const kinds = async () =>
      (await withCouncil(w.council.id, (tx) => minutesAlerts(tx, [w.board.id], overdueOn))).filter((a) => a.meetingId === w.held.id).map((a) => a.kind);
    const id = await approved(w);
    // a correction row from before this rule (an approved, undistributed version and a draft after it)
    await withCouncil(w.council.id, (tx) =>
      tx.minutesVersion.create({ data: { councilId: w.council.id, meetingId: w.held.id, versionNo: 2, status: 'DRAFT', previousVersionId: id } }),
    );
    expect(await kinds()).toEqual(['overdue']);
    await withCouncil(w.council.id, (tx) => tx.minutesVersion.delete({ where: { meetingId_versionNo: { meetingId: w.held.id, versionNo: 2 } } }));
    await step(w, distributeMinutes, w.admin, id);
    await step(w, correctMinutes, w.admin, id);
    expect(await kinds()).toEqual([]);
  });
});

describe('reading the minutes', () => {
  it('shows members only distributed minutes, and the administrator every version', async () => {
    const w = await world();
    const id = await approved(w);
    const b = await withCouncil(w.council.id, (tx) => tx.board.findUniqueOrThrow({ where: { id: w.board.id } }));
    const boardCtx = {
      id: b.id,
      slug: b.slug,
      name: b.name,
      kind: b.kind,
      status: b.status,
      isPublic: b.isPublic,
      paperNoticeWorkingDays: 5,
      apologyNoticeWorkingDays: 2,
      minutesDistributionDays: 7,
      quorumMinimum: null,
      riskAppetiteScore: 12,
    };
    const asMember = boardContext(w.council, boardCtx, w.member.id, ['MEMBER']);
    const asAdmin = boardContext(w.council, boardCtx, w.admin.id, ['ADMINISTRATOR']);
    expect((await getMinutesView(asMember, w.held.id, undefined, NOW)).version).toBeNull();
    expect((await getMinutesView(asAdmin, w.held.id, undefined, NOW)).version?.status).toBe('APPROVED');
    await step(w, distributeMinutes, w.admin, id);
    const view = await getMinutesView(asMember, w.held.id, undefined, NOW);
    expect(view.version?.status).toBe('DISTRIBUTED');
    expect(view.version?.textHash).toBe(view.version?.approvedHash);
  });
});

describe('publication', () => {
  it('shows a public board’s minutes on its public page once distributed, and never a draft or undistributed approval', async () => {
    const { getPublicBoard } = await import('../../lib/public/queries');
    const w = await world();
    const id = await sent(w);
    const publicPage = () => getPublicBoard(w.council.slug, w.board.slug, NOW);
    expect(await publicPage()).toBeNull(); // a private board has no public page
    await withCouncil(w.council.id, (tx) => tx.board.update({ where: { id: w.board.id }, data: { isPublic: true } }));
    expect((await publicPage())!.minutes).toEqual([]); // with the Chair: not published
    await step(w, approveMinutes, w.chair, id, { textHash: await shownHash(w, id) });
    expect((await publicPage())!.minutes).toEqual([]); // approved, but the members have not had them yet
    await step(w, distributeMinutes, w.admin, id);
    const published = (await publicPage())!.minutes;
    expect(published.map((m) => [m.meeting.id, m.versionNo, m.approvedBy])).toEqual([[w.held.id, 1, 'The chair']]);
    // the board page lists them; each document is its own page, and only a published one opens
    const { getPublicMinutes } = await import('../../lib/public/queries');
    const document = await getPublicMinutes(w.council.slug, w.board.slug, published[0]!.id);
    expect(document!.minutes.items[1]!.decisions.map((d) => d.decisionMaker)).toEqual([null, 'Cabinet']);
    expect(await getPublicMinutes(w.council.slug, 'no-such-board', published[0]!.id)).toBeNull();
    // a correction in draft does not replace the published version
    await step(w, correctMinutes, w.admin, id);
    expect((await publicPage())!.minutes.map((m) => m.versionNo)).toEqual([1]);
    // the draft correction's own page does not open
    const draftId = (
      await withCouncil(w.council.id, (tx) => tx.minutesVersion.findFirstOrThrow({ where: { meetingId: w.held.id, versionNo: 2 }, select: { id: true } }))
    ).id;
    expect(await getPublicMinutes(w.council.slug, w.board.slug, draftId)).toBeNull();
  });
});

describe('the demo seed', () => {
  it('seals approved minutes exactly as approval does, so seeded approvals verify', async () => {
    const { sealSeededMinutes } = await import('../../prisma/seed/minutes');
    const { emptyRows } = await import('../../prisma/seed/rows');
    const w = await world();
    await withCouncil(w.council.id, (tx) =>
      tx.meeting.update({
        where: { id: w.held.id },
        data: { quorumDecision: 'Quorate: the Chair and four members were present', quorumDecidedById: w.chair.id, quorumDecidedAt: NOW },
      }),
    );
    const id = await start(w);
    // decisions only: the demo seed writes no actions arising
    await call(w, saveMinutesDraft, w.admin, {
      ...completeForm(w, id, 1),
      [actionField(2, 1, 'description')]: '',
      [actionField(2, 1, 'owner')]: '',
      [actionField(2, 1, 'due')]: '',
    });
    await step(w, sendMinutesToChair, w.admin, id);
    await step(w, approveMinutes, w.chair, id, { textHash: await shownHash(w, id) });
    const rows = emptyRows();
    await withCouncil(w.council.id, async (tx) => {
      rows.seat = await tx.seat.findMany({ where: { boardId: w.board.id } });
      rows.attendance = await tx.attendance.findMany({ where: { meetingId: w.held.id } });
      rows.meeting = await tx.meeting.findMany({ where: { id: w.held.id } });
      const v = await tx.minutesVersion.findUniqueOrThrow({ where: { id } });
      rows.minutesVersion = [{ ...v, approvedHash: 'to be sealed', attendanceSnapshot: null } as never];
      rows.minutesItem = await tx.minutesItem.findMany({ where: { minutesVersionId: id } });
      rows.decision = await tx.decision.findMany({ where: { minutesItem: { minutesVersionId: id } } });
    });
    const names = new Map([w.admin, w.chair, w.member].map((p) => [p.id, p.name]));
    sealSeededMinutes(rows, names);
    const stored = await readVersion(w, id);
    expect(rows.minutesVersion[0]!.attendanceSnapshot).toEqual(stored.attendanceSnapshot);
    expect(rows.minutesVersion[0]!.quorumSnapshot).toBe(stored.quorumSnapshot);
    expect(rows.minutesVersion[0]!.approvedHash).toBe(stored.approvedHash);
  });
});

describe('the dashboards', () => {
  it('show minutes awaiting the Chair on the board overview and the council dashboard, and distribution overdue', async () => {
    const { getBoardOverview } = await import('../../lib/boards/queries');
    const { listCouncilMinutesAlerts } = await import('../../lib/minutes/queries');
    const w = await world();
    await sent(w);
    const b = await withCouncil(w.council.id, (tx) => tx.board.findUniqueOrThrow({ where: { id: w.board.id } }));
    const ctx = boardContext(
      w.council,
      {
        id: b.id,
        slug: b.slug,
        name: b.name,
        kind: b.kind,
        status: b.status,
        isPublic: b.isPublic,
        paperNoticeWorkingDays: 5,
        apologyNoticeWorkingDays: 2,
        minutesDistributionDays: 7,
        quorumMinimum: null,
        riskAppetiteScore: 12,
      },
      w.admin.id,
    );
    const later = new Date('2026-03-16T09:00:00Z');
    const overview = await getBoardOverview(ctx, later);
    expect(
      overview.minutes
        .filter((a) => a.meetingId === w.held.id)
        .map((a) => a.kind)
        .sort(),
    ).toEqual(['awaiting-chair', 'overdue']);
    // a meeting five weeks ago with no minutes at all is overdue too; yesterday's is not yet due
    expect(overview.minutes.find((a) => a.meetingId === w.earlier.id)).toMatchObject({ kind: 'overdue', dueOn: '2026-02-10' });
    expect(overview.minutes.find((a) => a.meetingId === w.later.id)).toBeUndefined();
    const council = await listCouncilMinutesAlerts(
      w.council.id,
      [
        { id: b.id, slug: b.slug, name: b.name },
        { id: w.otherBoard.id, slug: 'executive-group', name: 'Executive Group' },
      ],
      later,
    );
    expect(council.filter((a) => a.kind === 'awaiting-chair').map((a) => [a.board.name, a.meetingId])).toEqual([['Improvement Board', w.held.id]]);
    expect(council.some((a) => a.kind === 'overdue' && a.board.name === 'Executive Group')).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProgress, agreeDate, createAction, dropAction, editAction, proposeDate, signOffAction } from '../../lib/action-log/actions';
import { allFilteredActions, getAction, listActions, listDecisionMeetings } from '../../lib/action-log/queries';
import { getBoardOverview } from '../../lib/boards/queries';
import { proposalToken } from '../../lib/due-date-revisions/schema';
import { withCouncil } from '../../lib/db/tenant';
import type { ActionResult } from '../../lib/action/result';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { ACTION_NOW, actionWorld, days, hours, type ActionWorld } from './action-log-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const now = ACTION_NOW;

const refusal = (result: ActionResult) => (result.ok ? null : result);
const fieldError = (result: ActionResult, field: string) => refusal(result)?.fieldErrors?.[field]?.[0];
/** The version a form on the action's page would carry now. */
const versionOf = async (w: ActionWorld, actionId: string) => String((await w.action(actionId)).version);

describe('raising an action', () => {
  it('gives it the next reference, an owner seat, a source meeting and an audit event', async () => {
    const w = await actionWorld(t);
    const first = await w.add({ sourceMeetingId: w.held.id });
    const second = await w.add({ ownerSeatId: '', ownerAgency: 'Northbridge Police' });
    expect([first.reference, second.reference]).toEqual(['IB-2026-001', 'IB-2026-002']);
    expect(await w.action(first.actionId)).toMatchObject({ ownerSeatId: w.seat.id, ownerAgency: null, sourceMeetingId: w.held.id, status: 'OPEN', version: 1 });
    expect((await w.action(first.actionId)).dueOn.toISOString().slice(0, 10)).toBe('2026-04-30');
    expect(await w.action(second.actionId)).toMatchObject({ ownerSeatId: null, ownerAgency: 'Northbridge Police' });
    expect(await withCouncil(w.council.id, (tx) => tx.auditEvent.count({ where: { kind: 'action.create', entityId: first.actionId } }))).toBe(1);
  });

  it('is for administrators: a member and the Chair are refused', async () => {
    const w = await actionWorld(t);
    for (const who of [w.member, w.chair]) {
      const result = await createAction.execute({ ...w.call(who.id), input: { description: 'x', ownerAgency: 'Police', dueOn: '30/4/2026' } });
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await withCouncil(w.council.id, (tx) => tx.action.count({ where: { boardId: w.board.id } }))).toBe(0);
  });

  it('keeps what was typed and says what is wrong with each field', async () => {
    const w = await actionWorld(t);
    const result = await createAction.execute({
      ...w.call(w.admin.id),
      input: { description: '   ', ownerSeatId: '', ownerAgency: '', dueOn: '31/2/2026', sourceMeetingId: '' },
    });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', values: { dueOn: '31/2/2026', description: '   ' } });
    expect(fieldError(result, 'description')).toBe('Enter what the action is');
    expect(fieldError(result, 'ownerSeatId')).toBe('Choose the seat that owns the action, or name the partner agency that does');
    expect(fieldError(result, 'dueOn')).toBe('The due date must be a real date');
    const both = await createAction.execute({
      ...w.call(w.admin.id),
      input: { description: 'Do it', ownerSeatId: w.seat.id, ownerAgency: 'Police', dueOn: '30/4/2026' },
    });
    expect(fieldError(both, 'ownerAgency')).toMatch(/You chose a seat as the owner/);
    expect(refusal(both)?.values).toMatchObject({ ownerAgency: 'Police', description: 'Do it' });
  });

  it("refuses another board's seat or meeting, and a meeting that has not happened", async () => {
    const w = await actionWorld(t);
    const base = { description: 'Do it', ownerAgency: '', dueOn: '30/4/2026' };
    expect(await createAction.execute({ ...w.call(w.admin.id), input: { ...base, ownerSeatId: w.otherSeat.id } })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await createAction.execute({ ...w.call(w.admin.id), input: { ...base, ownerSeatId: w.seat.id, sourceMeetingId: w.otherMeeting.id } })).toMatchObject(
      { ok: false, code: 'NOT_FOUND' },
    );
    const future = await createAction.execute({ ...w.call(w.admin.id), input: { ...base, ownerSeatId: w.seat.id, sourceMeetingId: w.upcoming.id } });
    expect(fieldError(future, 'sourceMeetingId')).toBe('Choose a meeting of this board that has taken place');
  });
});

describe('editing the details', () => {
  it('saves a change and refuses a clash, showing the other version and keeping what was typed', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    const first = await editAction.execute({
      ...w.call(w.admin.id),
      input: { actionId, version: '1', description: 'Reworded by one officer', ownerSeatId: w.seat.id, ownerAgency: '', sourceMeetingId: '' },
    });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const clash = await editAction.execute({
      ...w.call(w.admin.id),
      input: { actionId, version: '1', description: 'Reworded by another', ownerSeatId: '', ownerAgency: 'Police', sourceMeetingId: '' },
    });
    expect(clash).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: { version: '2', description: 'Reworded by one officer' },
      values: { description: 'Reworded by another', ownerAgency: 'Police' },
    });
    expect(await w.action(actionId)).toMatchObject({ description: 'Reworded by one officer', ownerSeatId: w.seat.id, version: 2 });
    // having seen both, saving again on the version shown goes through
    const again = await editAction.execute({
      ...w.call(w.admin.id),
      input: { actionId, version: '2', description: 'Reworded by another', ownerSeatId: '', ownerAgency: 'Police', sourceMeetingId: '' },
    });
    expect(again).toMatchObject({ ok: true });
    expect(await w.action(actionId)).toMatchObject({ description: 'Reworded by another', ownerSeatId: null, ownerAgency: 'Police', version: 3 });
  });

  it('says when nothing has changed, and is for administrators only', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    const same = await editAction.execute({
      ...w.call(w.admin.id),
      input: { actionId, version: '1', description: 'Report the audit findings to the board', ownerSeatId: w.seat.id, ownerAgency: '', sourceMeetingId: '' },
    });
    expect(fieldError(same, 'description')).toMatch(/Nothing has changed/);
    const byMember = await editAction.execute({
      ...w.call(w.member.id),
      input: { actionId, version: '1', description: 'Mine now', ownerSeatId: w.seat.id, ownerAgency: '', sourceMeetingId: '' },
    });
    expect(byMember).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('progress updates', () => {
  it('records a dated update by a member, with a status change', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    const result = await addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: 'Audit fieldwork finished.', statusAfter: 'IN_PROGRESS' } });
    expect(result).toMatchObject({ ok: true, data: { status: 'IN_PROGRESS' } });
    const a = await w.action(actionId);
    expect(a.status).toBe('IN_PROGRESS');
    expect(a.updates).toHaveLength(1);
    expect(a.updates[0]).toMatchObject({ body: 'Audit fieldwork finished.', statusAfter: 'IN_PROGRESS', authorId: w.member.id, createdAt: now });
  });

  it('cannot close or drop an action: closing is sign-off at a meeting', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    for (const statusAfter of ['CLOSED', 'DROPPED']) {
      const result = await addProgress.execute({ ...w.call(w.admin.id), input: { actionId, body: 'Done', statusAfter } });
      expect(result).toMatchObject({ ok: false, code: 'INVALID', values: { body: 'Done' } });
      expect(fieldError(result, 'statusAfter')).toBe('Choose a status from the list');
    }
    const blank = await addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: '', statusAfter: 'IN_PROGRESS' } });
    expect(fieldError(blank, 'body')).toBe('Enter the progress update');
    expect((await w.action(actionId)).status).toBe('OPEN');
  });
});

describe('revised due dates', () => {
  it('stays unagreed, with the original date counting for overdue and RAG, until a meeting agrees it', async () => {
    const w = await actionWorld(t);
    const { actionId, reference } = await w.add({ dueOn: '27/3/2026' });
    const proposed = await proposeDate.execute({
      ...w.call(w.member.id),
      input: { actionId, proposedDueOn: '29/5/2026', reason: 'The audit team is short of two auditors.' },
    });
    expect(proposed).toMatchObject({ ok: true });
    let a = await w.action(actionId);
    expect(a.agreedDueOn).toBeNull();
    expect(a.revisions).toHaveLength(1);
    expect(a.revisions[0]).toMatchObject({
      agreedAt: null,
      agreedAtMeetingId: null,
      proposedById: w.member.id,
      reason: 'The audit team is short of two auditors.',
    });
    expect(a.revisions[0]!.previousDueOn.toISOString().slice(0, 10)).toBe('2026-03-27');
    expect(a.revisions[0]!.proposedDueOn.toISOString().slice(0, 10)).toBe('2026-05-29');
    // the date the log orders and filters by is still the original (kept by a trigger)
    expect(a.effectiveDueOn?.toISOString().slice(0, 10)).toBe('2026-03-27');

    // a week after the original date, with the proposal still waiting: overdue and red
    const later = new Date('2026-04-03T12:00:00Z');
    const ctx = w.ctxFor(w.admin.id);
    const before = await listActions(ctx, { overdue: true }, later);
    expect(before.rows.map((r) => [r.reference, r.rag, r.proposedRevision?.proposedDueOn.toISOString().slice(0, 10)])).toEqual([
      [reference, 'red', '2026-05-29'],
    ]);
    expect((await listActions(ctx, { awaiting: true }, later)).total).toBe(1);

    // the board agrees it at a meeting: from then on the new date counts
    const agreed = await agreeDate.execute({
      ...w.call(w.chair.id, later),
      input: { actionId, revisionId: a.revisions[0]!.id, agreedAtMeetingId: w.sitting.id, version: await versionOf(w, actionId) },
    });
    expect(agreed).toMatchObject({ ok: true, data: { agreedDueOn: '2026-05-29' } });
    a = await w.action(actionId);
    expect(a.agreedDueOn?.toISOString().slice(0, 10)).toBe('2026-05-29');
    expect(a.dueOn.toISOString().slice(0, 10)).toBe('2026-03-27');
    expect(a.effectiveDueOn?.toISOString().slice(0, 10)).toBe('2026-05-29');
    expect(a.revisions[0]).toMatchObject({ agreedAtMeetingId: w.sitting.id, agreedAt: later });
    expect((await listActions(ctx, { overdue: true }, later)).total).toBe(0);
    expect((await listActions(ctx, {}, later)).rows[0]?.rag).toBe('green');
    expect((await listActions(ctx, { awaiting: true }, later)).total).toBe(0);
    expect(await withCouncil(w.council.id, (tx) => tx.auditEvent.count({ where: { kind: 'action.agree_due_date', entityId: actionId } }))).toBe(1);

    // agreed once only
    const twice = await agreeDate.execute({
      ...w.call(w.admin.id, later),
      input: { actionId, revisionId: a.revisions[0]!.id, agreedAtMeetingId: w.sitting.id, version: await versionOf(w, actionId) },
    });
    expect(twice).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it("needs a held meeting of this board: not one to come, not a cancelled one, not another board's", async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '29/5/2026', reason: 'Slipped' } });
    const [revision] = (await w.action(actionId)).revisions;
    const agree = (meetingId: string) =>
      agreeDate.execute({ ...w.call(w.admin.id), input: { actionId, revisionId: revision!.id, agreedAtMeetingId: meetingId, version: '2' } });
    expect(fieldError(await agree(w.upcoming.id), 'agreedAtMeetingId')).toBe('Choose a meeting of this board that has taken place');
    expect(fieldError(await agree(w.cancelled.id), 'agreedAtMeetingId')).toBe('Choose a meeting of this board that has taken place');
    expect(await agree(w.otherMeeting.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(
      fieldError(
        await agreeDate.execute({ ...w.call(w.admin.id), input: { actionId, revisionId: revision!.id, agreedAtMeetingId: '', version: '2' } }),
        'agreedAtMeetingId',
      ),
    ).toBe('Choose the meeting at which the board agreed the new date');
    const a = await w.action(actionId);
    expect(a.agreedDueOn).toBeNull();
    expect(a.revisions[0]?.agreedAt).toBeNull();
  });

  it('is agreed by the administrator or the Chair only: a member is refused', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '29/5/2026', reason: 'Slipped' } });
    const [revision] = (await w.action(actionId)).revisions;
    const result = await agreeDate.execute({
      ...w.call(w.member.id),
      input: { actionId, revisionId: revision!.id, agreedAtMeetingId: w.sitting.id, version: '2' },
    });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await w.action(actionId)).agreedDueOn).toBeNull();
  });

  it('must differ from the date that counts and not lie in the past; a new proposal replaces the waiting one', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add({ dueOn: '30/4/2026' });
    const propose = (proposedDueOn: string, reason = 'Because', seenProposal = '') =>
      proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn, reason, seenProposal } });
    expect(fieldError(await propose('30/4/2026'), 'proposedDueOn')).toBe('The new date must be different from the current due date');
    expect(fieldError(await propose('19/3/2026'), 'proposedDueOn')).toBe('The new date must be today or later');
    const noReason = await propose('29/5/2026', '');
    expect(fieldError(noReason, 'reason')).toBe('Enter the reason for the new date');
    expect(refusal(noReason)?.values).toMatchObject({ proposedDueOn: '29/5/2026' });
    expect(await propose('29/5/2026', 'First thought')).toMatchObject({ ok: true });
    const seen = proposalToken((await w.action(actionId)).revisions[0]);
    expect(fieldError(await propose('29/5/2026', 'Because', seen), 'proposedDueOn')).toMatch(/already proposed/);
    expect(await propose('30/6/2026', 'Second thought', seen)).toMatchObject({ ok: true });
    const a = await w.action(actionId);
    expect(a.revisions).toHaveLength(1);
    expect(a.revisions[0]).toMatchObject({ reason: 'Second thought', agreedAt: null });
    expect(a.revisions[0]!.proposedDueOn.toISOString().slice(0, 10)).toBe('2026-06-30');
    expect(await withCouncil(w.council.id, (tx) => tx.auditEvent.count({ where: { kind: 'action.revise_due_date', entityId: actionId } }))).toBe(2);
  });

  it('records the agreed date as the previous date of the next revision', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add({ dueOn: '30/4/2026' });
    await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '29/5/2026', reason: 'First' } });
    const [first] = (await w.action(actionId)).revisions;
    await agreeDate.execute({
      ...w.call(w.admin.id),
      input: { actionId, revisionId: first!.id, agreedAtMeetingId: w.sitting.id, version: await versionOf(w, actionId) },
    });
    expect(
      fieldError(await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '29/5/2026', reason: 'Again' } }), 'proposedDueOn'),
    ).toMatch(/different from the current due date/);
    expect(
      await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '30/4/2026', reason: 'Back to the original' } }),
    ).toMatchObject({ ok: true });
    const a = await w.action(actionId);
    expect(a.revisions.map((r) => [r.previousDueOn.toISOString().slice(0, 10), r.proposedDueOn.toISOString().slice(0, 10), !!r.agreedAt])).toEqual([
      ['2026-04-30', '2026-05-29', true],
      ['2026-05-29', '2026-04-30', false],
    ]);
    expect(a.agreedDueOn?.toISOString().slice(0, 10)).toBe('2026-05-29');
  });
});

describe('sign-off', () => {
  it('happens only at a held meeting, by the administrator or the Chair; a member is refused', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    await addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: 'Done: report circulated.', statusAfter: 'AWAITING_SIGN_OFF' } });
    const signOff = (actorId: string, meetingId: string) =>
      signOffAction.execute({
        ...w.call(actorId),
        input: { actionId, version: '2', signedOffAtMeetingId: meetingId, signOffNote: 'Evidence: the circulated report.' },
      });

    expect(await signOff(w.member.id, w.sitting.id)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(fieldError(await signOff(w.chair.id, w.upcoming.id), 'signedOffAtMeetingId')).toBe('Choose a meeting of this board that has taken place');
    expect(fieldError(await signOff(w.chair.id, w.cancelled.id), 'signedOffAtMeetingId')).toBe('Choose a meeting of this board that has taken place');
    expect(await signOff(w.chair.id, w.otherMeeting.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(
      fieldError(await signOffAction.execute({ ...w.call(w.chair.id), input: { actionId, version: '2', signedOffAtMeetingId: '' } }), 'signedOffAtMeetingId'),
    ).toBe('Choose the meeting at which the board signed the action off');
    expect((await w.action(actionId)).status).toBe('AWAITING_SIGN_OFF');

    expect(await signOff(w.chair.id, w.sitting.id)).toMatchObject({ ok: true });
    const a = await w.action(actionId);
    expect(a).toMatchObject({ status: 'CLOSED', signedOffAtMeetingId: w.sitting.id, signedOffById: w.chair.id, signedOffAt: now });
    expect(a.updates.at(-1)).toMatchObject({ statusAfter: 'CLOSED', authorId: w.chair.id });
    expect(a.updates.at(-1)?.body).toMatch(/^Signed off as complete at Extraordinary board, .* Evidence: the circulated report\.$/);
    // the audit trail keeps the action as the board saw it when it signed it off
    const event = await withCouncil(w.council.id, (tx) => tx.auditEvent.findFirstOrThrow({ where: { kind: 'action.sign_off', entityId: actionId } }));
    expect(event).toMatchObject({
      actorId: w.chair.id,
      data: {
        before: { description: 'Report the audit findings to the board', status: 'AWAITING_SIGN_OFF', dueOn: '2026-04-30' },
        after: { status: 'CLOSED', meetingId: w.sitting.id },
      },
    });
  });

  it('refuses an action nobody has started', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    const result = await signOffAction.execute({ ...w.call(w.admin.id), input: { actionId, version: '1', signedOffAtMeetingId: w.sitting.id } });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/in progress or awaiting sign-off/) });
    expect((await w.action(actionId)).status).toBe('OPEN');
  });

  it('makes the action a record: every later change is refused with a clear reason', async () => {
    const w = await actionWorld(t);
    const { actionId, reference } = await w.add();
    await addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: 'Started', statusAfter: 'IN_PROGRESS' } });
    await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '29/5/2026', reason: 'Slipped' } });
    const [revision] = (await w.action(actionId)).revisions;
    expect(
      await signOffAction.execute({ ...w.call(w.admin.id), input: { actionId, version: await versionOf(w, actionId), signedOffAtMeetingId: w.sitting.id } }),
    ).toMatchObject({ ok: true });
    const closed = await w.action(actionId);
    const message = `${reference} has been signed off as complete at a meeting, so it can no longer be changed`;
    const attempts = [
      addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: 'More', statusAfter: '' } }),
      proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '30/6/2026', reason: 'Again' } }),
      agreeDate.execute({
        ...w.call(w.admin.id),
        input: { actionId, revisionId: revision!.id, agreedAtMeetingId: w.sitting.id, version: String(closed.version) },
      }),
      editAction.execute({
        ...w.call(w.admin.id),
        input: { actionId, version: String(closed.version), description: 'Rewritten', ownerSeatId: w.seat.id, ownerAgency: '', sourceMeetingId: '' },
      }),
      signOffAction.execute({ ...w.call(w.admin.id), input: { actionId, version: String(closed.version), signedOffAtMeetingId: w.sitting.id } }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, code: 'CONFLICT', message });
    expect(await dropAction.execute({ ...w.call(w.admin.id), input: { actionId, droppedReason: 'No longer needed' } })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    const after = await w.action(actionId);
    expect(after).toEqual(closed);
    // the proposal left waiting no longer awaits anything: not on the page, not in the filter
    const ctx = w.ctxFor(w.admin.id);
    expect((await getAction(ctx, reference, now)).pendingRevision).toBeNull();
    expect((await listActions(ctx, { awaiting: true }, now)).total).toBe(0);
    expect((await listActions(ctx, { show: 'closed' }, now)).rows[0]?.proposedRevision).toBeNull();
  });
});

describe('dropping', () => {
  it('is for administrators, needs a reason, and keeps the action in the log', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    expect(await dropAction.execute({ ...w.call(w.member.id), input: { actionId, droppedReason: 'Not needed' } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(fieldError(await dropAction.execute({ ...w.call(w.admin.id), input: { actionId, droppedReason: ' ' } }), 'droppedReason')).toBe(
      'Enter the reason for dropping the action',
    );
    expect(await dropAction.execute({ ...w.call(w.admin.id), input: { actionId, droppedReason: 'Superseded by plan action PM1.3' } })).toMatchObject({
      ok: true,
    });
    const a = await w.action(actionId);
    expect(a).toMatchObject({ status: 'DROPPED', droppedReason: 'Superseded by plan action PM1.3' });
    expect(a.updates.at(-1)).toMatchObject({ statusAfter: 'DROPPED', body: 'Dropped: Superseded by plan action PM1.3' });
    expect(await addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: 'More' } })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringMatching(/has been dropped/),
    });
  });
});

describe('another board of the same council', () => {
  it("cannot be reached through this board's route", async () => {
    const w = await actionWorld(t);
    const other = await withCouncil(w.council.id, (tx) =>
      tx.action.create({
        data: {
          councilId: w.council.id,
          boardId: w.other.id,
          reference: 'EG-2026-001',
          description: 'Executive Group action',
          ownerAgency: 'Police',
          dueOn: new Date('2026-04-30T00:00:00Z'),
          status: 'IN_PROGRESS',
        },
      }),
    );
    const results = await Promise.all([
      addProgress.execute({ ...w.call(w.admin.id), input: { actionId: other.id, body: 'x' } }),
      proposeDate.execute({ ...w.call(w.admin.id), input: { actionId: other.id, proposedDueOn: '29/5/2026', reason: 'x' } }),
      signOffAction.execute({ ...w.call(w.admin.id), input: { actionId: other.id, version: '1', signedOffAtMeetingId: w.sitting.id } }),
      dropAction.execute({ ...w.call(w.admin.id), input: { actionId: other.id, droppedReason: 'x' } }),
    ]);
    for (const r of results) expect(r).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await withCouncil(w.council.id, (tx) => tx.action.findUniqueOrThrow({ where: { id: other.id } }))).toMatchObject({
      status: 'IN_PROGRESS',
      version: 1,
    });
  });
});

describe('the list', () => {
  it('sorts by the date that counts, reference, status or owner, and filters by owner and search text', async () => {
    const w = await actionWorld(t);
    const a = await w.add({ description: 'Agreed later', dueOn: '1/5/2026' });
    const b = await w.add({ description: 'Plain', dueOn: '1/6/2026' });
    const c = await w.add({ description: 'Agency owned, 100% done_soon', dueOn: '15/4/2026', ownerSeatId: '', ownerAgency: 'Zeta Agency' });
    await proposeDate.execute({ ...w.call(w.member.id), input: { actionId: a.actionId, proposedDueOn: '1/7/2026', reason: 'Later' } });
    const [revision] = (await w.action(a.actionId)).revisions;
    await agreeDate.execute({
      ...w.call(w.admin.id),
      input: { actionId: a.actionId, revisionId: revision!.id, agreedAtMeetingId: w.sitting.id, version: await versionOf(w, a.actionId) },
    });
    await addProgress.execute({ ...w.call(w.member.id), input: { actionId: b.actionId, body: 'Going', statusAfter: 'IN_PROGRESS' } });
    const ctx = w.ctxFor(w.member.id);
    const refs = async (filter: Record<string, unknown>) => (await listActions(ctx, filter, now)).rows.map((r) => r.reference);
    expect(await refs({})).toEqual([c.reference, b.reference, a.reference]);
    expect(await refs({ sort: 'due', dir: 'desc' })).toEqual([a.reference, b.reference, c.reference]);
    expect(await refs({ sort: 'reference', dir: 'desc' })).toEqual([c.reference, b.reference, a.reference]);
    expect(await refs({ sort: 'status' })).toEqual([c.reference, a.reference, b.reference]);
    expect(await refs({ sort: 'owner' })).toEqual([b.reference, a.reference, c.reference]);
    expect(await refs({ sort: 'owner', dir: 'desc' })).toEqual([c.reference, b.reference, a.reference]);
    expect(await refs({ owner: 'agency:Zeta Agency' })).toEqual([c.reference]);
    expect(await refs({ owner: `seat:${w.seat.id}`, mine: '1' })).toEqual([b.reference, a.reference]);
    // search text is matched literally: % and _ are not wildcards
    expect(await refs({ q: '100% done_' })).toEqual([c.reference]);
    expect(await refs({ q: '%' })).toEqual([c.reference]);
    expect(await refs({ q: a.reference })).toEqual([a.reference]);
    // an unknown value in the URL is ignored rather than refused
    expect(await refs({ status: 'NONSENSE', sort: 'sideways', owner: 'seat:not-an-id' })).toHaveLength(3);
  });
});

describe('the list starts with the work', () => {
  it('shows open actions by default, the date that counts first and overdue ones flagged; closed and dropped are one filter away', async () => {
    const w = await actionWorld(t);
    const late = await w.add({ description: 'Late work', dueOn: '30/4/2026' });
    const soon = await w.add({ description: 'Soon', dueOn: '1/5/2026' });
    const dropped = await w.add({ description: 'Dropped work', dueOn: '1/4/2026' });
    const done = await w.add({ description: 'Done work', dueOn: '2/4/2026' });
    // the late one's date that counts is in the past (the data as a year's use leaves it)
    await withCouncil(w.council.id, (tx) => tx.action.update({ where: { id: late.actionId }, data: { dueOn: new Date('2026-03-02T00:00:00Z') } }));
    expect(await dropAction.execute({ ...w.call(w.admin.id), input: { actionId: dropped.actionId, droppedReason: 'Superseded' } })).toMatchObject({ ok: true });
    await withCouncil(w.council.id, (tx) => tx.action.update({ where: { id: done.actionId }, data: { status: 'CLOSED' } }));
    const ctx = w.ctxFor(w.member.id);
    const list = await listActions(ctx, {}, now);
    expect(list.filter.show).toBe('open');
    expect(list.rows.map((r) => [r.reference, r.overdue])).toEqual([
      [late.reference, true],
      [soon.reference, false],
    ]);
    const refs = async (filter: Record<string, unknown>) => (await listActions(ctx, filter, now)).rows.map((r) => r.reference);
    expect(await refs({ show: 'closed' })).toEqual([dropped.reference, done.reference]);
    expect(await refs({ show: 'all' })).toEqual([late.reference, dropped.reference, done.reference, soon.reference]);
    // a chosen status wins, and an old bookmarked "all" link still shows everything
    expect(await refs({ status: 'CLOSED' })).toEqual([done.reference]);
    expect(await refs({ view: 'all' })).toHaveLength(4);
    // the export holds what the screen shows
    expect((await allFilteredActions(ctx, (await listActions(ctx, {}, now)).filter, now)).map((r) => r.reference)).toEqual([late.reference, soon.reference]);
  });
});

describe("the action's page", () => {
  it('shows the original date, the proposal waiting beside it, the agreed history, updates and the sign-off', async () => {
    const w = await actionWorld(t);
    const { actionId, reference } = await w.add({ dueOn: '30/4/2026', sourceMeetingId: w.held.id });
    await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '29/5/2026', reason: 'First' } });
    const [first] = (await w.action(actionId)).revisions;
    await agreeDate.execute({
      ...w.call(w.chair.id),
      input: { actionId, revisionId: first!.id, agreedAtMeetingId: w.sitting.id, version: await versionOf(w, actionId) },
    });
    await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '30/6/2026', reason: 'Second' } });
    const ctx = w.ctxFor(w.member.id);
    let page = await getAction(ctx, reference, now);
    expect(page).toMatchObject({
      reference,
      owner: "Member Person, Director of Children's Services",
      sourceMeeting: { id: w.held.id },
      rag: 'green',
      status: 'OPEN',
    });
    expect(page.dueOn.toISOString().slice(0, 10)).toBe('2026-04-30');
    expect(page.agreedDueOn?.toISOString().slice(0, 10)).toBe('2026-05-29');
    expect(page.pendingRevision).toMatchObject({ reason: 'Second', proposedBy: { name: 'Member Person' } });
    expect(page.agreedRevisions.map((r) => [r.reason, r.agreedAtMeeting?.title])).toEqual([['First', 'Extraordinary board']]);

    await addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: 'Done', statusAfter: 'AWAITING_SIGN_OFF' } });
    await signOffAction.execute({
      ...w.call(w.chair.id, new Date(now.getTime() + 60_000)),
      input: { actionId, version: await versionOf(w, actionId), signedOffAtMeetingId: w.sitting.id },
    });
    page = await getAction(ctx, reference, now);
    expect(page).toMatchObject({ status: 'CLOSED', rag: 'complete', signedOffBy: 'Chair Person', signedOffAtMeeting: { id: w.sitting.id } });
    expect(page.updates.map((u) => u.statusAfter)).toEqual(['CLOSED', 'AWAITING_SIGN_OFF']);
  });

  it("answers 404 for another board's reference and a malformed one", async () => {
    const w = await actionWorld(t);
    await withCouncil(w.council.id, (tx) =>
      tx.action.create({
        data: {
          councilId: w.council.id,
          boardId: w.other.id,
          reference: 'IB-2026-001',
          description: 'Elsewhere',
          ownerAgency: 'Police',
          dueOn: new Date('2026-04-30T00:00:00Z'),
        },
      }),
    );
    const ctx = w.ctxFor(w.admin.id);
    await expect(getAction(ctx, 'IB-2026-001', now)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    await expect(getAction(ctx, '%E0%A4%A', now)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});

describe('review fixes', () => {
  it('drops an owner filter whose seat id is not a uuid, rather than failing in SQL', async () => {
    const w = await actionWorld(t);
    await w.add();
    const ctx = w.ctxFor(w.admin.id);
    for (const owner of ['seat:------------------------------------', 'seat:ffffffff-ffff-ffff-ffff-fffffffffffff', `seat:${'a'.repeat(36)}`]) {
      const list = await listActions(ctx, { owner }, now);
      expect(list.filter.owner).toBeUndefined();
      expect(list.total).toBe(1);
      expect(await allFilteredActions(ctx, list.filter, now)).toHaveLength(1);
    }
    expect((await listActions(ctx, { owner: `seat:${w.seat.id}` }, now)).total).toBe(1);
    expect((await listActions(ctx, { owner: 'seat:00000000-0000-4000-8000-000000000000' }, now)).total).toBe(0);
  });

  it('refuses to agree a date or sign off on a version of the action older than the one saved', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '29/5/2026', reason: 'Slipped' } });
    const [revision] = (await w.action(actionId)).revisions;
    const loaded = await versionOf(w, actionId);
    // a progress update lands after the Chair loaded the page
    await addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: 'Work done: the report is out.', statusAfter: 'AWAITING_SIGN_OFF' } });
    const agree = await agreeDate.execute({
      ...w.call(w.chair.id),
      input: { actionId, version: loaded, revisionId: revision!.id, agreedAtMeetingId: w.sitting.id },
    });
    expect(agree).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: {
        version: String(Number(loaded) + 1),
        Status: 'Awaiting sign-off',
        'Latest progress update': expect.stringContaining('Work done: the report is out.'),
      },
    });
    expect((await w.action(actionId)).revisions[0]?.agreedAt).toBeNull();
    const signOff = await signOffAction.execute({ ...w.call(w.chair.id), input: { actionId, version: loaded, signedOffAtMeetingId: w.sitting.id } });
    expect(signOff).toMatchObject({ ok: false, code: 'CONFLICT', current: { version: String(Number(loaded) + 1) } });
    expect((await w.action(actionId)).status).toBe('AWAITING_SIGN_OFF');
    // having seen the change, recording again on the version shown goes through
    const current = refusal(signOff)!.current!.version!;
    expect(await signOffAction.execute({ ...w.call(w.chair.id), input: { actionId, version: current, signedOffAtMeetingId: w.sitting.id } })).toMatchObject({
      ok: true,
    });
    expect((await w.action(actionId)).status).toBe('CLOSED');
  });

  it('refuses a meeting that ended before the date was proposed or the action was raised', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '29/5/2026', reason: 'Slipped' } });
    const [revision] = (await w.action(actionId)).revisions;
    const agreeAt = async (meetingId: string) =>
      agreeDate.execute({
        ...w.call(w.chair.id),
        input: { actionId, version: await versionOf(w, actionId), revisionId: revision!.id, agreedAtMeetingId: meetingId },
      });
    expect(fieldError(await agreeAt(w.held.id), 'agreedAtMeetingId')).toBe(
      'That meeting was held before this date was proposed: choose the meeting that agreed it',
    );
    expect((await w.action(actionId)).agreedDueOn).toBeNull();
    await addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: 'Done', statusAfter: 'AWAITING_SIGN_OFF' } });
    const signOff = await signOffAction.execute({
      ...w.call(w.chair.id),
      input: { actionId, version: await versionOf(w, actionId), signedOffAtMeetingId: w.held.id },
    });
    expect(fieldError(signOff, 'signedOffAtMeetingId')).toBe(
      'That meeting was held before this action was raised: choose the meeting at which the board signed it off',
    );
    expect((await w.action(actionId)).status).toBe('AWAITING_SIGN_OFF');
    // the meeting under way when both happened can decide them
    expect(await agreeAt(w.sitting.id)).toMatchObject({ ok: true });

    // the page offers only the meetings that can: the one under way, not the one held before
    const ctx = w.ctxFor(w.chair.id);
    const proposedAt = (await w.action(actionId)).revisions[0]!.proposedAt;
    expect((await listDecisionMeetings(ctx, proposedAt, now)).map((m) => m.id)).toEqual([w.sitting.id]);
    expect((await listDecisionMeetings(ctx, new Date(now.getTime() - days(30)), now)).map((m) => m.id)).toEqual([w.sitting.id, w.held.id]);
    // a proposal made after the last meeting ended: nothing to offer yet
    expect(await listDecisionMeetings(ctx, new Date(now.getTime() + hours(3)), new Date(now.getTime() + hours(3)))).toEqual([]);
  });

  it('refuses a proposal that would replace one made by someone else since the page loaded; replacing the one seen is allowed', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add({ dueOn: '30/4/2026' });
    // both load the page with nothing waiting; the member proposes first
    expect(
      await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, seenProposal: '', proposedDueOn: '29/5/2026', reason: 'Audit slipped' } }),
    ).toMatchObject({ ok: true });
    const clash = await proposeDate.execute({
      ...w.call(w.admin.id),
      input: { actionId, seenProposal: '', proposedDueOn: '30/6/2026', reason: 'Something else' },
    });
    expect(clash).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: { proposedDueOn: '29 May 2026', reason: 'Audit slipped', 'Proposed by': expect.stringContaining('Member Person') },
      values: { proposedDueOn: '30/6/2026', reason: 'Something else' },
    });
    let a = await w.action(actionId);
    expect(a.revisions).toHaveLength(1);
    expect(a.revisions[0]).toMatchObject({ reason: 'Audit slipped', proposedById: w.member.id });
    // the clash hands back the proposal now waiting: proposing again, having seen it, replaces it
    const seen = refusal(clash)!.current!.seenProposal!;
    expect(seen).toBe(proposalToken(a.revisions[0]));
    expect(
      await proposeDate.execute({
        ...w.call(w.admin.id, new Date(now.getTime() + 60_000)),
        input: { actionId, seenProposal: seen, proposedDueOn: '30/6/2026', reason: 'Something else' },
      }),
    ).toMatchObject({ ok: true });
    // and now the member's view is stale in turn
    const stale = await proposeDate.execute({
      ...w.call(w.member.id, new Date(now.getTime() + 120_000)),
      input: { actionId, seenProposal: seen, proposedDueOn: '31/7/2026', reason: 'Later still' },
    });
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT', current: { reason: 'Something else' } });
    a = await w.action(actionId);
    expect(a.revisions).toHaveLength(1);
    expect(a.revisions[0]).toMatchObject({ reason: 'Something else', proposedById: w.admin.id });
  });

  it("counts the dates awaiting agreement on the board overview exactly as the list's awaiting filter does", async () => {
    const w = await actionWorld(t);
    const propose = (actionId: string) => proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '29/5/2026', reason: 'Slipped' } });
    const waiting = await w.add();
    const signed = await w.add();
    const dropped = await w.add();
    await w.add();
    for (const x of [waiting, signed, dropped]) expect(await propose(x.actionId)).toMatchObject({ ok: true });
    await addProgress.execute({ ...w.call(w.member.id), input: { actionId: signed.actionId, body: 'Done', statusAfter: 'AWAITING_SIGN_OFF' } });
    expect(
      await signOffAction.execute({
        ...w.call(w.chair.id),
        input: { actionId: signed.actionId, version: await versionOf(w, signed.actionId), signedOffAtMeetingId: w.sitting.id },
      }),
    ).toMatchObject({ ok: true });
    expect(await dropAction.execute({ ...w.call(w.admin.id), input: { actionId: dropped.actionId, droppedReason: 'Superseded' } })).toMatchObject({ ok: true });
    const ctx = w.ctxFor(w.admin.id);
    const list = await listActions(ctx, { awaiting: true }, now);
    expect(list.rows.map((r) => r.reference)).toEqual([waiting.reference]);
    const overview = await getBoardOverview(ctx, now);
    expect(overview.unagreedRevisions).toBe(list.total);
  });
});

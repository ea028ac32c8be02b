import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProgress, agreeDate, proposeDate, signOffAction } from '../../lib/action-log/actions';
import { listDecisionMeetings } from '../../lib/action-log/queries';
import { withCouncil } from '../../lib/db/tenant';
import { forYou } from '../../lib/for-you/queries';
import { recordHistoricalMeeting } from '../../lib/meetings/historical';
import { startMinutes } from '../../lib/minutes/actions';
import { circulatePapers } from '../../lib/papers/actions';
import { agendaPackFor } from '../../lib/papers/agenda-pack';
import { updateMeeting } from '../../lib/meetings/actions';
import { attendancePeriod, getAttendanceRecord } from '../../lib/attendance/record';
import { minutesAlerts } from '../../lib/minutes/queries';
import { findPublicPaperFile, getPublicBoard } from '../../lib/public/queries';
import type { ActionResult } from '../../lib/action/result';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { ACTION_NOW, actionWorld, days, type ActionWorld } from './action-log-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const fieldError = (result: ActionResult, field: string) => (result.ok ? undefined : result.fieldErrors?.[field]?.[0]);

const form = (w: ActionWorld, input: Record<string, unknown> = {}) => ({
  boardId: w.board.id,
  title: 'Improvement Board',
  kind: 'ORDINARY',
  date: '14/1/2026',
  startTime: '10:00',
  endTime: '12:00',
  venue: 'Town Hall, Committee Room 2',
  present: 'Independent Chair\nDirector of Children’s Services',
  apologies: 'Chief Superintendent',
  minutes: 'The board received the improvement plan and agreed its priorities.',
  decisions: 'The improvement plan was endorsed for Cabinet.\nThe action log is to be reviewed monthly.',
  ...input,
});

async function record(w: ActionWorld, input: Record<string, unknown> = {}, actorId = w.admin.id) {
  return recordHistoricalMeeting.execute({ ...w.call(actorId), input: form(w, input) });
}

async function recorded(w: ActionWorld, input: Record<string, unknown> = {}) {
  const result = await record(w, input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.meetingId;
}

describe('recording a past meeting as a historical record', () => {
  it('keeps it held and marked historical, with attendance, minutes and decisions, and audits it as history', async () => {
    const w = await actionWorld(t);
    const meetingId = await recorded(w);
    const meeting = await withCouncil(w.council.id, (tx) =>
      tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { decisions: { orderBy: { position: 'asc' } } } }),
    );
    expect(meeting).toMatchObject({
      status: 'HELD',
      historical: true,
      startsAt: new Date('2026-01-14T10:00:00Z'),
      historicalPresent: ['Independent Chair', 'Director of Children’s Services'],
      historicalApologies: ['Chief Superintendent'],
      historicalAbsent: [],
      historicalMinutes: 'The board received the improvement plan and agreed its priorities.',
    });
    expect(meeting.decisions.map((d) => d.text)).toEqual(['The improvement plan was endorsed for Cabinet.', 'The action log is to be reviewed monthly.']);
    const event = await withCouncil(w.council.id, (tx) => tx.auditEvent.findFirstOrThrow({ where: { entityId: meetingId } }));
    expect(event).toMatchObject({ kind: 'meeting.record-historical', actorId: w.admin.id, data: { after: { historical: true, title: 'Improvement Board' } } });
  });

  it('refuses today, a date to come and a date before 2000, and anyone but an administrator', async () => {
    const w = await actionWorld(t);
    // ACTION_NOW is 20 March 2026
    expect(fieldError(await record(w, { date: '20/3/2026', startTime: '07:00', endTime: '08:00' }), 'date')).toMatch(/before today/);
    expect(fieldError(await record(w, { date: '1/4/2026' }), 'date')).toMatch(/before today/);
    expect(fieldError(await record(w, { date: '31/12/1999' }), 'date')).toMatch(/2000 or later/);
    expect(fieldError(await record(w, { apologies: 'independent chair' }), 'present')).toMatch(/listed twice/);
    expect(await record(w, {}, w.member.id)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await record(w, {}, w.chair.id)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const count = await withCouncil(w.council.id, (tx) => tx.meeting.count({ where: { boardId: w.board.id, historical: true } }));
    expect(count).toBe(0);
  });

  it('sends no mail, raises no minutes deadline or task, is not on the public page, and has no Tabled minutes workflow', async () => {
    const w = await actionWorld(t);
    await withCouncil(w.council.id, (tx) => tx.board.update({ where: { id: w.board.id }, data: { isPublic: true } }));
    const meetingId = await recorded(w);
    expect(await t.prisma.outboxMessage.count({ where: { councilId: w.council.id } })).toBe(0);
    const later = new Date(ACTION_NOW.getTime() + days(10));
    const alerts = await withCouncil(w.council.id, (tx) => minutesAlerts(tx, [w.board.id], later));
    expect(alerts.map((a) => a.meetingId)).not.toContain(meetingId);
    // the ordinary meeting held before it with no minutes is overdue by then: the check can see such alerts
    expect(alerts.map((a) => a.meetingId)).toContain(w.held.id);
    for (const person of [w.admin, w.chair, w.member]) {
      const memberships = await t.prisma.councilMembership.findMany({
        where: { personId: person.id, endedAt: null },
        select: { role: true, council: { select: { id: true, slug: true, name: true, region: true } } },
      });
      const mine = await forYou({ id: person.id, name: person.name, email: person.email, memberships }, later);
      expect(mine.tasks.filter((task) => JSON.stringify(task).includes(meetingId))).toEqual([]);
    }
    const publicBoard = await getPublicBoard(w.council.slug, w.board.slug, ACTION_NOW);
    expect(JSON.stringify(publicBoard)).not.toContain(meetingId);
    // while a meeting run in Tabled and held is listed there
    expect(JSON.stringify(publicBoard)).toContain(w.held.id);
    expect(await startMinutes.execute({ ...w.call(w.admin.id), input: { meetingId } })).toMatchObject({ ok: false, code: 'CONFLICT' });
    // correcting its details invites no one, and it has no agenda pack to print
    const edited = await updateMeeting.execute({
      ...w.call(w.admin.id),
      input: { meetingId, version: '1', title: 'Improvement Board (January)', kind: 'ORDINARY', venue: 'Town Hall', virtualLink: '' },
    });
    expect(edited).toMatchObject({ ok: true });
    expect(await t.prisma.outboxMessage.count({ where: { councilId: w.council.id } })).toBe(0);
    await expect(agendaPackFor({ actorId: w.admin.id, councilSlug: w.council.slug, boardSlug: w.board.slug, meetingId, now: ACTION_NOW })).rejects.toThrow(
      /historical record: it has no agenda pack/,
    );
  });
});

describe("the seats' attendance record", () => {
  it('leaves historical meetings out: their attendance is a list of names, not the seats’ record', async () => {
    const w = await actionWorld(t);
    const period = attendancePeriod({}, ACTION_NOW);
    const before = await getAttendanceRecord.read(w.ctxFor(w.admin.id), period, ACTION_NOW);
    await recorded(w);
    const after = await getAttendanceRecord.read(w.ctxFor(w.admin.id), period, ACTION_NOW);
    expect(after.meetingsTakenPlace).toBe(before.meetingsTakenPlace);
    expect(after.rows.map((r) => r.tally)).toEqual(before.rows.map((r) => r.tally));
    expect(before.meetingsTakenPlace).toBeGreaterThan(0);
  });
});

describe('the minutes of a historical meeting as a document', () => {
  it('files an uploaded paper with the record for the board to read, sending it to no one', async () => {
    const w = await actionWorld(t);
    const meetingId = await recorded(w, { minutes: '' });
    const paper = await withCouncil(w.council.id, async (tx) => {
      const p = await tx.paper.create({ data: { councilId: w.council.id, meetingId, title: 'Minutes, 14 January 2026 (as approved)' } });
      await tx.paperFile.create({
        data: {
          councilId: w.council.id,
          paperId: p.id,
          versionNo: 1,
          fileName: 'minutes-2026-01-14.pdf',
          contentType: 'application/pdf',
          sizeBytes: 10,
          sha256: '0'.repeat(64),
          storageKey: `${w.council.id}/papers/minutes.pdf`,
          uploadedById: w.admin.id,
        },
      });
      return p;
    });
    const result = await circulatePapers.execute({ ...w.call(w.admin.id), input: { meetingId } });
    expect(result).toMatchObject({
      ok: true,
      data: { recipients: 0, late: false },
      message: expect.stringMatching(/historical record\. No one was sent anything/),
    });
    expect(await withCouncil(w.council.id, (tx) => tx.paper.findUniqueOrThrow({ where: { id: paper.id } }))).toMatchObject({
      status: 'CIRCULATED',
      isLate: false,
    });
    expect(await t.prisma.outboxMessage.count({ where: { councilId: w.council.id } })).toBe(0);
    const event = await withCouncil(w.council.id, (tx) => tx.auditEvent.findFirstOrThrow({ where: { kind: 'paper.circulate', entityId: paper.id } }));
    expect(event).toMatchObject({ data: { after: { historical: true, sentTo: [] } } });
    // on a public board, even a PUBLIC paper of a historical meeting is never served on the public page
    const fileId = (await withCouncil(w.council.id, (tx) => tx.paperFile.findFirstOrThrow({ where: { paperId: paper.id } }))).id;
    await withCouncil(w.council.id, async (tx) => {
      await tx.board.update({ where: { id: w.board.id }, data: { isPublic: true } });
      await tx.paper.update({ where: { id: paper.id }, data: { marking: 'PUBLIC' } });
    });
    expect(await findPublicPaperFile(w.council.slug, w.board.slug, fileId, ACTION_NOW)).toBeNull();
  });
});

describe('a historical meeting of an advisory board', () => {
  it('records what its past minutes decided as recommendations: an advisory board decides nothing', async () => {
    const w = await actionWorld(t);
    await withCouncil(w.council.id, (tx) => tx.board.update({ where: { id: w.board.id }, data: { advisory: true } }));
    const meetingId = await recorded(w);
    const kinds = await withCouncil(w.council.id, (tx) => tx.decision.findMany({ where: { meetingId }, select: { kind: true } }));
    expect(kinds).toEqual([{ kind: 'RECOMMENDATION' }, { kind: 'RECOMMENDATION' }]);
  });
});

describe('past sign-offs and agreed dates at a historical meeting', () => {
  it('signs off an action raised in Tabled at a historical meeting, and agrees a revised date there, marked as historical', async () => {
    const w = await actionWorld(t);
    const meetingId = await recorded(w);
    const { actionId } = await w.add();
    // an ordinary meeting held before the action was raised cannot have signed it off; the historical record can
    const since = (await w.action(actionId)).createdAt;
    expect((await listDecisionMeetings(w.ctxFor(w.admin.id), since, ACTION_NOW)).map((m) => m.id)).toContain(meetingId);
    expect((await listDecisionMeetings(w.ctxFor(w.admin.id), since, ACTION_NOW)).map((m) => m.id)).not.toContain(w.held.id);

    await proposeDate.execute({ ...w.call(w.member.id), input: { actionId, proposedDueOn: '29/5/2026', reason: 'Agreed at the January board' } });
    const [revision] = (await w.action(actionId)).revisions;
    const refused = await agreeDate.execute({
      ...w.call(w.admin.id),
      input: { actionId, revisionId: revision!.id, agreedAtMeetingId: w.held.id, version: '2' },
    });
    expect(fieldError(refused, 'agreedAtMeetingId')).toMatch(/held before this date was proposed/);
    const agreed = await agreeDate.execute({
      ...w.call(w.admin.id),
      input: { actionId, revisionId: revision!.id, agreedAtMeetingId: meetingId, version: '2' },
    });
    expect(agreed).toMatchObject({ ok: true, data: { agreedDueOn: '2026-05-29' }, message: expect.stringMatching(/historical record/) });

    await addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: 'Done', statusAfter: 'AWAITING_SIGN_OFF' } });
    const signed = await signOffAction.execute({
      ...w.call(w.admin.id, new Date(ACTION_NOW.getTime() + days(1))),
      input: { actionId, version: '4', signedOffAtMeetingId: meetingId, signOffNote: '' },
    });
    expect(signed).toMatchObject({ ok: true, message: expect.stringMatching(/historical record/) });
    const action = await w.action(actionId);
    expect(action).toMatchObject({ status: 'CLOSED', signedOffAtMeetingId: meetingId, agreedDueOn: new Date('2026-05-29T00:00:00Z') });
    const events = await withCouncil(w.council.id, (tx) =>
      tx.auditEvent.findMany({ where: { entityId: actionId, kind: { in: ['action.sign_off', 'action.agree_due_date'] } } }),
    );
    expect(events.map((e) => (e.data as { after: { historical?: boolean } }).after.historical)).toEqual([true, true]);
  });

  it("refuses another board's historical meeting as not found", async () => {
    const w = await actionWorld(t);
    const other = await withCouncil(w.council.id, (tx) =>
      tx.meeting.create({
        data: {
          councilId: w.council.id,
          boardId: w.other.id,
          title: 'Executive Group',
          startsAt: new Date('2026-01-10T10:00:00Z'),
          endsAt: new Date('2026-01-10T12:00:00Z'),
          status: 'HELD',
          historical: true,
        },
      }),
    );
    const { actionId } = await w.add();
    await addProgress.execute({ ...w.call(w.member.id), input: { actionId, body: 'Started', statusAfter: 'IN_PROGRESS' } });
    const result = await signOffAction.execute({ ...w.call(w.admin.id), input: { actionId, version: '2', signedOffAtMeetingId: other.id, signOffNote: '' } });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

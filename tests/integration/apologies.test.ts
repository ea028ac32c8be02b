import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { recordApologies, recordAttendance, sendApologies, withdrawOwnApologies } from '../../lib/attendance/actions';
import { getAttendanceView } from '../../lib/attendance/queries';
import { listMyMeetings } from '../../lib/attendance/my-meetings';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { APOLOGY_DEADLINE, attendanceWorld, MEETING_END, MEETING_START, type AttendanceWorld } from './attendance-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const onTime = new Date('2026-04-06T10:00:00Z');
const late = new Date('2026-04-08T08:30:00Z');

const attendanceOf = (w: AttendanceWorld) => withCouncil(w.council.id, (tx) => tx.attendance.findMany({ where: { meetingId: w.meeting.id } }));
const auditOf = (w: AttendanceWorld) => withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ orderBy: { id: 'asc' } }));

function send(w: AttendanceWorld, actorId: string, seatId: string, substituteAttends: 'yes' | 'no', now: Date, apologyNote?: string) {
  return sendApologies.execute({
    actorId,
    councilSlug: w.council.slug,
    boardSlug: w.board.slug,
    now,
    input: { meetingId: w.meeting.id, seatId, substituteAttends, apologyNote },
  });
}

describe('sending apologies', () => {
  it('records apologies on time with the nominated substitute attending', async () => {
    const w = await attendanceWorld();
    const result = await send(w, w.people.member.id, w.seats.member.id, 'yes', onTime, 'On leave that week');
    expect(result).toMatchObject({ ok: true, data: { late: false } });
    if (result.ok) expect(result.message).toContain(`Substitute ${w.council.slug} will attend in your place`);
    const [row] = await attendanceOf(w);
    expect(row).toMatchObject({
      seatId: w.seats.member.id,
      status: 'APOLOGIES',
      substituteAttends: true,
      substitutePersonId: w.people.substitute.id,
      apologyLate: false,
      note: 'On leave that week',
      recordedById: w.people.member.id,
    });
    expect(row!.apologySentAt).toEqual(onTime);
    const events = await auditOf(w);
    expect(events.map((e) => [e.kind, e.actorId, e.entityId])).toEqual([['attendance.apologies-sent', w.people.member.id, row!.id]]);
  });

  it('saves a late apology and flags it, never refusing it', async () => {
    const w = await attendanceWorld();
    const result = await send(w, w.people.member.id, w.seats.member.id, 'no', late);
    expect(result).toMatchObject({ ok: true, data: { late: true } });
    if (result.ok) expect(result.message).toMatch(/after the deadline .*marked as late notice/);
    const [row] = await attendanceOf(w);
    expect(row).toMatchObject({ status: 'APOLOGIES', substituteAttends: false, substitutePersonId: null, apologyLate: true });
    expect(row!.apologySentAt).toEqual(late);
    // the administrator sees it, flagged
    const view = await getAttendanceView(w.ctx(w.people.admin.id), w.meeting.id, late);
    expect(view.counts).toMatchObject({ apologies: 1, lateNotices: 1, substitutesAttending: 0 });
  });

  it('is on time up to the last millisecond of the deadline, and late one after', async () => {
    const w = await attendanceWorld();
    expect(await send(w, w.people.member.id, w.seats.member.id, 'yes', APOLOGY_DEADLINE)).toMatchObject({ ok: true, data: { late: false } });
    expect(await send(w, w.people.other.id, w.seats.other.id, 'no', new Date(APOLOGY_DEADLINE.getTime() + 1))).toMatchObject({
      ok: true,
      data: { late: true },
    });
  });

  it('still takes apologies during the meeting, flagged late, and refuses them once it has ended', async () => {
    const w = await attendanceWorld();
    expect(await send(w, w.people.member.id, w.seats.member.id, 'no', new Date(MEETING_START.getTime() + 10 * 60_000))).toMatchObject({
      ok: true,
      data: { late: true },
    });
    const after = await send(w, w.people.other.id, w.seats.other.id, 'no', MEETING_END);
    expect(after).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await attendanceOf(w)).toHaveLength(1);
  });

  it('changing the substitute answer is a new notice, timed and flagged afresh', async () => {
    const w = await attendanceWorld();
    await send(w, w.people.member.id, w.seats.member.id, 'no', onTime);
    const again = await send(w, w.people.member.id, w.seats.member.id, 'no', late);
    expect(again).toMatchObject({ ok: true, data: { late: false } });
    expect((await attendanceOf(w))[0]!.apologySentAt).toEqual(onTime);
    expect(await send(w, w.people.member.id, w.seats.member.id, 'yes', late)).toMatchObject({ ok: true, data: { late: true } });
    expect((await attendanceOf(w))[0]).toMatchObject({ substituteAttends: true, apologyLate: true });
    expect((await auditOf(w)).map((e) => e.kind)).toEqual(['attendance.apologies-sent', 'attendance.apologies-sent']);
  });

  it('refuses a substitute for a seat that has none, saving nothing', async () => {
    const w = await attendanceWorld();
    const result = await send(w, w.people.other.id, w.seats.other.id, 'yes', onTime);
    expect(result).toMatchObject({ ok: false, code: 'INVALID' });
    if (!result.ok) expect(result.fieldErrors?.substituteAttends?.[0]).toMatch(/no nominated substitute/);
    expect(await attendanceOf(w)).toHaveLength(0);
  });

  it('asks whether the substitute attends rather than guessing', async () => {
    const w = await attendanceWorld();
    const result = await sendApologies.execute({
      actorId: w.people.member.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: onTime,
      input: { meetingId: w.meeting.id, seatId: w.seats.member.id, substituteAttends: '' },
    });
    expect(result).toMatchObject({ ok: false, code: 'INVALID' });
    if (!result.ok) expect(result.fieldErrors?.substituteAttends?.[0]).toMatch(/Say whether your substitute/);
  });

  it("refuses a member sending apologies for someone else's seat", async () => {
    const w = await attendanceWorld();
    const result = await send(w, w.people.other.id, w.seats.member.id, 'yes', onTime);
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await attendanceOf(w)).toHaveLength(0);
    expect(await auditOf(w)).toHaveLength(0);
  });

  it("refuses an administrator using the member's form for a seat that is not theirs", async () => {
    const w = await attendanceWorld();
    expect(await send(w, w.people.admin.id, w.seats.member.id, 'no', onTime)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await attendanceOf(w)).toHaveLength(0);
  });

  it('answers a seat of another board as not found', async () => {
    const w = await attendanceWorld();
    expect(await send(w, w.people.outsider.id, w.seats.elsewhere.id, 'no', onTime)).toMatchObject({ ok: false });
    expect(await send(w, w.people.member.id, w.seats.elsewhere.id, 'no', onTime)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await attendanceOf(w)).toHaveLength(0);
  });

  it('refuses apologies for a cancelled meeting', async () => {
    const w = await attendanceWorld();
    await withCouncil(w.council.id, (tx) => tx.meeting.update({ where: { id: w.meeting.id }, data: { status: 'CANCELLED' } }));
    expect(await send(w, w.people.member.id, w.seats.member.id, 'no', onTime)).toMatchObject({ ok: false, code: 'INVALID' });
  });

  it('does not let apologies overwrite attendance already recorded', async () => {
    const w = await attendanceWorld();
    const view = await getAttendanceView(w.ctx(w.people.admin.id), w.meeting.id, MEETING_START);
    const recorded = await recordAttendance.execute({
      actorId: w.people.admin.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: MEETING_START,
      input: { meetingId: w.meeting.id, fingerprint: view.fingerprint, [`status_${w.seats.member.id}`]: 'PRESENT' },
    });
    expect(recorded.ok).toBe(true);
    expect(await send(w, w.people.member.id, w.seats.member.id, 'no', new Date(MEETING_START.getTime() + 60_000))).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect((await attendanceOf(w))[0]!.status).toBe('PRESENT');
  });
});

describe('withdrawing apologies', () => {
  it('a member withdraws their own apologies before the meeting and is expected again', async () => {
    const w = await attendanceWorld();
    await send(w, w.people.member.id, w.seats.member.id, 'yes', late);
    const result = await withdrawOwnApologies.execute({
      actorId: w.people.member.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: late,
      input: { meetingId: w.meeting.id, seatId: w.seats.member.id },
    });
    expect(result.ok).toBe(true);
    const [row] = await attendanceOf(w);
    expect(row).toMatchObject({ status: 'EXPECTED', substituteAttends: false, substitutePersonId: null, apologySentAt: null, apologyLate: false });
    const events = await auditOf(w);
    expect(events.map((e) => e.kind)).toEqual(['attendance.apologies-sent', 'attendance.apologies-withdrawn']);
    // the record keeps what was withdrawn
    expect(events[1]!.data).toMatchObject({ before: { status: 'APOLOGIES', substituteAttends: true, apologyLate: true } });
  });

  it("refuses withdrawing someone else's apologies", async () => {
    const w = await attendanceWorld();
    await send(w, w.people.member.id, w.seats.member.id, 'yes', onTime);
    const result = await withdrawOwnApologies.execute({
      actorId: w.people.other.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: onTime,
      input: { meetingId: w.meeting.id, seatId: w.seats.member.id },
    });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await attendanceOf(w))[0]!.status).toBe('APOLOGIES');
  });

  it('refuses once the meeting has started, leaving the apologies on record', async () => {
    const w = await attendanceWorld();
    await send(w, w.people.member.id, w.seats.member.id, 'no', onTime);
    const result = await withdrawOwnApologies.execute({
      actorId: w.people.member.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: MEETING_START,
      input: { meetingId: w.meeting.id, seatId: w.seats.member.id },
    });
    expect(result).toMatchObject({ ok: false, code: 'INVALID' });
    expect((await attendanceOf(w))[0]!.status).toBe('APOLOGIES');
  });

  it('refuses withdrawing apologies never sent', async () => {
    const w = await attendanceWorld();
    const result = await withdrawOwnApologies.execute({
      actorId: w.people.member.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: onTime,
      input: { meetingId: w.meeting.id, seatId: w.seats.member.id },
    });
    expect(result).toMatchObject({ ok: false, code: 'INVALID' });
  });
});

describe('the administrator', () => {
  it("records apologies on a member's behalf, and withdraws them", async () => {
    const w = await attendanceWorld();
    const call = (response: string, now: Date) =>
      recordApologies.execute({
        actorId: w.people.admin.id,
        councilSlug: w.council.slug,
        boardSlug: w.board.slug,
        now,
        input: { meetingId: w.meeting.id, seatId: w.seats.member.id, response, adminNote: 'Phoned the office' },
      });
    expect(await call('APOLOGIES_WITH_SUBSTITUTE', late)).toMatchObject({ ok: true, data: { late: true } });
    expect((await attendanceOf(w))[0]).toMatchObject({
      status: 'APOLOGIES',
      substituteAttends: true,
      substitutePersonId: w.people.substitute.id,
      recordedById: w.people.admin.id,
      note: 'Phoned the office',
      apologyLate: true,
    });
    expect(await call('ATTENDING', late)).toMatchObject({ ok: true });
    expect((await attendanceOf(w))[0]).toMatchObject({ status: 'EXPECTED' });
    expect((await auditOf(w)).map((e) => e.kind)).toEqual(['attendance.apologies-recorded', 'attendance.apologies-withdrawn']);
  });

  it('is the only one who may record for others', async () => {
    const w = await attendanceWorld();
    const result = await recordApologies.execute({
      actorId: w.people.member.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: onTime,
      input: { meetingId: w.meeting.id, seatId: w.seats.other.id, response: 'APOLOGIES' },
    });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await attendanceOf(w)).toHaveLength(0);
  });

  it('sees who is coming: every seat, substitutes by name, late notices and the counts', async () => {
    const w = await attendanceWorld();
    await withCouncil(w.council.id, (tx) =>
      tx.seat.create({
        data: {
          councilId: w.council.id,
          boardId: w.board.id,
          personId: null,
          role: 'MEMBER',
          agency: 'Schools',
          position: 'Secondary head teacher (to be appointed)',
        },
      }),
    );
    await send(w, w.people.member.id, w.seats.member.id, 'yes', onTime);
    await send(w, w.people.other.id, w.seats.other.id, 'no', late);
    const view = await getAttendanceView(w.ctx(w.people.admin.id), w.meeting.id, late);
    expect(view.may).toMatchObject({ seeWhoIsComing: true, record: true });
    const bySeat = Object.fromEntries(view.lines.map((l) => [l.seat.id, l]));
    expect(view.lines.map((l) => l.seat.id).sort()).toEqual([w.seats.chair.id, w.seats.member.id, w.seats.other.id, w.seats.attendee.id].sort());
    expect(bySeat[w.seats.member.id]).toMatchObject({ status: 'APOLOGIES', substituteName: w.people.substitute.name });
    expect(bySeat[w.seats.other.id]!.record?.apologyLate).toBe(true);
    expect(bySeat[w.seats.chair.id]!.status).toBe('EXPECTED');
    expect(view.counts).toEqual({ seats: 4, vacant: 1, expected: 2, apologies: 2, substitutesAttending: 1, lateNotices: 1, membersExpected: 2 });
    expect(view.apologies.deadline).toEqual(APOLOGY_DEADLINE);
    expect(view.apologies.pastDeadline).toBe(true);
  });

  it('is the only reader of who is coming besides the Chair', async () => {
    const w = await attendanceWorld();
    expect((await getAttendanceView(w.ctx(w.people.member.id, ['MEMBER']), w.meeting.id, onTime)).may.seeWhoIsComing).toBe(false);
    expect((await getAttendanceView(w.ctx(w.people.chair.id, ['CHAIR']), w.meeting.id, onTime)).may.seeWhoIsComing).toBe(true);
  });
});

describe('my meetings', () => {
  it('shows what is due from me: the deadline until I reply, then my substitute confirmed', async () => {
    const w = await attendanceWorld();
    let [mine] = await listMyMeetings(w.people.member.id, onTime);
    expect(mine).toMatchObject({ meeting: { id: w.meeting.id }, apologyDeadline: APOLOGY_DEADLINE, apologyDeadlinePassed: false, papers: { circulated: 0 } });
    expect(mine!.seats).toEqual([expect.objectContaining({ replied: false, substituteName: w.people.substitute.name, substituteConfirmed: false })]);
    await send(w, w.people.member.id, w.seats.member.id, 'yes', late);
    [mine] = await listMyMeetings(w.people.member.id, late);
    expect(mine!.seats).toEqual([expect.objectContaining({ replied: true, apologyLate: true, substituteConfirmed: true })]);
    // the substitute now has the meeting too, standing in
    const [standing] = await listMyMeetings(w.people.substitute.id, late);
    expect(standing).toMatchObject({ meeting: { id: w.meeting.id }, seats: [], standingInFor: [{ name: w.people.member.name }] });
  });

  it('counts papers to read once circulated, and leaves out boards that are not mine', async () => {
    const w = await attendanceWorld();
    await withCouncil(w.council.id, async (tx) => {
      await tx.paper.createMany({
        data: [
          { councilId: w.council.id, meetingId: w.meeting.id, title: 'Circulated', status: 'CIRCULATED', circulatedAt: onTime },
          { councilId: w.council.id, meetingId: w.meeting.id, title: 'Draft', status: 'DRAFT' },
          { councilId: w.council.id, meetingId: w.meeting.id, title: 'Late, awaiting the Chair', status: 'CIRCULATED', circulatedAt: late, isLate: true },
        ],
      });
    });
    const [mine] = await listMyMeetings(w.people.member.id, late);
    expect(mine!.papers).toEqual({ circulated: 1, unopened: 1 });
    expect(await listMyMeetings(w.people.outsider.id, late)).toEqual([]);
    expect(await listMyMeetings(w.people.member.id, MEETING_END)).toEqual([]);
  });
});

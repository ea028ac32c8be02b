import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { decideQuorum, recordAttendance, sendApologies } from '../../lib/attendance/actions';
import { getAttendanceView } from '../../lib/attendance/queries';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { attendanceWorld, MEETING_START, type AttendanceWorld } from './attendance-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const atMeeting = new Date(MEETING_START.getTime() + 5 * 60_000);
const dayBefore = new Date('2026-04-08T12:00:00Z');
const meetingRow = (w: AttendanceWorld) => withCouncil(w.council.id, (tx) => tx.meeting.findUniqueOrThrow({ where: { id: w.meeting.id } }));
const attendanceOf = (w: AttendanceWorld) => withCouncil(w.council.id, (tx) => tx.attendance.findMany({ where: { meetingId: w.meeting.id } }));

async function record(w: AttendanceWorld, statuses: Record<string, string>, opts: { actorId?: string; now?: Date; fingerprint?: string } = {}) {
  const now = opts.now ?? atMeeting;
  const fingerprint = opts.fingerprint ?? (await getAttendanceView(w.ctx(w.people.admin.id), w.meeting.id, now)).fingerprint;
  return recordAttendance.execute({
    actorId: opts.actorId ?? w.people.admin.id,
    councilSlug: w.council.slug,
    boardSlug: w.board.slug,
    now,
    input: { meetingId: w.meeting.id, fingerprint, ...Object.fromEntries(Object.entries(statuses).map(([seatId, s]) => [`status_${seatId}`, s])) },
  });
}

function decide(w: AttendanceWorld, actorId: string, now = atMeeting, version = 1) {
  return decideQuorum.execute({
    actorId,
    councilSlug: w.council.slug,
    boardSlug: w.board.slug,
    now,
    input: {
      meetingId: w.meeting.id,
      version: String(version),
      decision: 'I am satisfied that enough members are present to conduct the business of the meeting.',
    },
  });
}

describe("the Chair's quorum decision (no quorum set)", () => {
  it('is recorded by the Chair alone, with who and when', async () => {
    const w = await attendanceWorld();
    for (const actor of [w.people.admin, w.people.member, w.people.attendee]) {
      expect(await decide(w, actor.id)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect((await meetingRow(w)).quorumDecision).toBeNull();
    expect(await decide(w, w.people.chair.id)).toMatchObject({ ok: true });
    const m = await meetingRow(w);
    expect(m).toMatchObject({ quorumDecision: expect.stringMatching(/^I am satisfied/), quorumDecidedById: w.people.chair.id, version: 2 });
    expect(m.quorumDecidedAt).toEqual(atMeeting);
    const events = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany());
    expect(events.map((e) => [e.kind, e.actorId])).toEqual([['meeting.quorum-decision', w.people.chair.id]]);
    const view = await getAttendanceView(w.ctx(w.people.admin.id), w.meeting.id, atMeeting);
    expect(view.quorum).toMatchObject({ result: { status: 'chair-decides' }, decidedBy: w.people.chair.name });
  });

  it('cannot be altered once recorded', async () => {
    const w = await attendanceWorld();
    await decide(w, w.people.chair.id);
    const again = await decideQuorum.execute({
      actorId: w.people.chair.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: atMeeting,
      input: { meetingId: w.meeting.id, version: '2', decision: 'On reflection, not enough.' },
    });
    expect(again).toMatchObject({ ok: false, code: 'INVALID' });
    expect((await meetingRow(w)).quorumDecision).toMatch(/^I am satisfied/);
  });

  it('is made at the meeting, not before its day', async () => {
    const w = await attendanceWorld();
    expect(await decide(w, w.people.chair.id, dayBefore)).toMatchObject({ ok: false, code: 'INVALID' });
    expect((await meetingRow(w)).quorumDecision).toBeNull();
  });

  it('shows the other change when the meeting changed while the Chair was typing', async () => {
    const w = await attendanceWorld();
    await withCouncil(w.council.id, (tx) => tx.meeting.update({ where: { id: w.meeting.id }, data: { version: { increment: 1 }, venue: 'Room 4' } }));
    expect(await decide(w, w.people.chair.id, atMeeting, 1)).toMatchObject({ ok: false, code: 'CONFLICT', current: { version: '2' } });
    expect(await decide(w, w.people.chair.id, atMeeting, 2)).toMatchObject({ ok: true });
  });

  it('is not asked for where the board counts a minimum', async () => {
    const w = await attendanceWorld({ quorumMinimum: 3 });
    expect(await decide(w, w.people.chair.id)).toMatchObject({ ok: false, code: 'INVALID' });
  });
});

describe('recording attendance and the minimum count', () => {
  it('counts members present and substitutes standing in, but not attendees', async () => {
    const w = await attendanceWorld({ quorumMinimum: 3 });
    const first = await record(w, {
      [w.seats.chair.id]: 'PRESENT',
      [w.seats.member.id]: 'SUBSTITUTE_ATTENDED',
      [w.seats.other.id]: 'ABSENT',
      [w.seats.attendee.id]: 'PRESENT',
    });
    expect(first).toMatchObject({ ok: true, data: { changed: 4 } });
    let view = await getAttendanceView(w.ctx(w.people.admin.id), w.meeting.id, atMeeting);
    // Chair and the substitute: two members' seats filled; the attendee does not count
    expect(view.quorum.result).toEqual({ status: 'inquorate', present: 2, required: 3 });
    expect(view.lines.find((l) => l.seat.id === w.seats.member.id)).toMatchObject({ status: 'SUBSTITUTE_ATTENDED', substituteName: w.people.substitute.name });

    expect(await record(w, { [w.seats.other.id]: 'VIRTUAL' })).toMatchObject({ ok: true, data: { changed: 1 } });
    view = await getAttendanceView(w.ctx(w.people.admin.id), w.meeting.id, atMeeting);
    expect(view.quorum.result).toEqual({ status: 'quorate', present: 3, required: 3 });

    // an attendee present does not make up for a missing member
    expect(await record(w, { [w.seats.other.id]: 'APOLOGIES' })).toMatchObject({ ok: true });
    view = await getAttendanceView(w.ctx(w.people.admin.id), w.meeting.id, atMeeting);
    expect(view.quorum.result).toEqual({ status: 'inquorate', present: 2, required: 3 });
  });

  it('keeps the time and late flag of apologies sent beforehand', async () => {
    const w = await attendanceWorld();
    const sentAt = new Date('2026-04-08T09:00:00Z');
    await sendApologies.execute({
      actorId: w.people.member.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: sentAt,
      input: { meetingId: w.meeting.id, seatId: w.seats.member.id, substituteAttends: 'yes' },
    });
    expect(await record(w, { [w.seats.member.id]: 'SUBSTITUTE_ATTENDED' })).toMatchObject({ ok: true });
    const [row] = await attendanceOf(w);
    expect(row).toMatchObject({
      status: 'SUBSTITUTE_ATTENDED',
      substituteAttends: true,
      substitutePersonId: w.people.substitute.id,
      apologyLate: true,
      recordedById: w.people.admin.id,
    });
    expect(row!.apologySentAt).toEqual(sentAt);
  });

  it('refuses a substitute for a seat with none, saving nothing', async () => {
    const w = await attendanceWorld();
    const result = await record(w, { [w.seats.chair.id]: 'PRESENT', [w.seats.other.id]: 'SUBSTITUTE_ATTENDED' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID' });
    if (!result.ok) expect(result.fieldErrors?.[`status_${w.seats.other.id}`]?.[0]).toMatch(/no nominated substitute/);
    expect(await attendanceOf(w)).toHaveLength(0);
  });

  it('refuses a stale form, showing what changed, and takes it once seen', async () => {
    const w = await attendanceWorld();
    const stale = (await getAttendanceView(w.ctx(w.people.admin.id), w.meeting.id, atMeeting)).fingerprint;
    // a member's late apologies arrive while the administrator has the form open
    await sendApologies.execute({
      actorId: w.people.other.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: atMeeting,
      input: { meetingId: w.meeting.id, seatId: w.seats.other.id, substituteAttends: 'no' },
    });
    const result = await record(w, { [w.seats.other.id]: 'ABSENT' }, { fingerprint: stale });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', current: { [`status_${w.seats.other.id}`]: 'Apologies' } });
    expect((await attendanceOf(w))[0]!.status).toBe('APOLOGIES');
    const fresh = !result.ok && result.current ? result.current.fingerprint! : '';
    expect(await record(w, { [w.seats.other.id]: 'ABSENT' }, { fingerprint: fresh })).toMatchObject({ ok: true });
  });

  it('is recorded from the day of the meeting, not before', async () => {
    const w = await attendanceWorld();
    expect(await record(w, { [w.seats.chair.id]: 'PRESENT' }, { now: dayBefore })).toMatchObject({ ok: false, code: 'INVALID' });
    // the London day of the meeting starts at 23:00Z the evening before in summer
    expect(await record(w, { [w.seats.chair.id]: 'PRESENT' }, { now: new Date('2026-04-08T23:00:00Z') })).toMatchObject({ ok: true });
  });

  it('is for administrators only', async () => {
    const w = await attendanceWorld();
    for (const actor of [w.people.chair, w.people.member]) {
      expect(await record(w, { [w.seats.chair.id]: 'PRESENT' }, { actorId: actor.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await attendanceOf(w)).toHaveLength(0);
  });

  it("answers another board's seat as not found, changing nothing", async () => {
    const w = await attendanceWorld();
    const result = await record(w, { [w.seats.chair.id]: 'PRESENT', [w.seats.elsewhere.id]: 'PRESENT' });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await attendanceOf(w)).toHaveLength(0);
  });

  it('refuses a status that is not one of the five', async () => {
    const w = await attendanceWorld();
    const result = await record(w, { [w.seats.chair.id]: 'ASLEEP' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID' });
    if (!result.ok) expect(result.fieldErrors?.[`status_${w.seats.chair.id}`]).toBeDefined();
  });
});

import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelMeeting, rescheduleMeeting, scheduleMeeting, scheduleSeries, updateMeeting } from '../../lib/meetings/actions';
import { changeBoardStatus } from '../../lib/boards/actions';
import { deliverPending } from './mail-queue';
import type { OutgoingMail } from '../../lib/mail/transport';
import { attendanceWorld, type AttendanceWorld } from './attendance-world';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

// Friday 20 March 2026: a meeting on Thursday 9 April is well inside no deadline
const now = new Date('2026-03-20T12:00:00Z');

const call = (w: AttendanceWorld, input: Record<string, unknown>, when = now) => ({
  actorId: w.people.admin.id,
  councilSlug: w.council.slug,
  boardSlug: w.board.slug,
  input,
  now: when,
});

async function schedule(w: AttendanceWorld) {
  const result = await scheduleMeeting.execute(
    call(w, { boardId: w.board.id, title: 'Improvement Board', kind: 'ORDINARY', date: '23/4/2026', startTime: '10:00', endTime: '12:00', virtualLink: '' }),
  );
  if (!result.ok || !result.data.meetingId) throw new Error(JSON.stringify(result));
  return result;
}

/** Each queued invitation of the world's council, parsed: to whom, by which method, and its one event. */
async function invitations(w: AttendanceWorld, since = new Date(0)) {
  const rows = await t.prisma.outboxMessage.findMany({
    where: { councilId: w.council.id, kind: { in: ['meeting.invitation', 'meeting.cancelled'] }, createdAt: { gte: since } },
    orderBy: [{ createdAt: 'asc' }, { toAddress: 'asc' }],
  });
  return rows.map((row) => {
    const calendar = new ICAL.Component(ICAL.parse(row.calendarBody!));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    return {
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      kind: row.kind,
      method: row.calendarMethod,
      calendarMethod: calendar.getFirstPropertyValue('method'),
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      status: event.component.getFirstPropertyValue('status'),
      attendee: String(event.component.getFirstPropertyValue('attendee')),
      organizer: String(event.component.getFirstPropertyValue('organizer')),
    };
  });
}

describe('calendar invitations', () => {
  it('scheduling a meeting invites each person due its papers, with an invitation their calendar can take', async () => {
    const w = await attendanceWorld();
    const result = await schedule(w);
    const sent = await invitations(w);
    // the Chair, both members and the attendee; not the administrator, the substitute (not standing in) or the other board's member
    expect(sent.map((s) => s.to).sort()).toEqual([w.people.attendee.email, w.people.chair.email, w.people.member.email, w.people.other.email].sort());
    for (const s of sent) {
      expect(s).toMatchObject({
        method: 'REQUEST',
        calendarMethod: 'REQUEST',
        kind: 'meeting.invitation',
        uid: `meeting-${result.data.meetingId}@tabled`,
        status: 'CONFIRMED',
      });
      expect(s.start).toEqual(new Date('2026-04-23T09:00:00Z'));
      expect(s.attendee).toBe(`mailto:${s.to}`);
      expect(s.organizer).toMatch(/^mailto:[^@]+@/);
      expect(s.subject).toBe('Invitation: Improvement Board, Thursday 23 April 2026 at 10am');
      expect(s.text).toContain('send your apologies in Tabled');
    }
    expect(result.message).toContain('Calendar invitations queued for 4 people');
  });

  it('a change, a move and a cancellation keep the UID and raise the SEQUENCE, so calendars update the one event', async () => {
    const w = await attendanceWorld();
    const first = await schedule(w);
    const id = first.data.meetingId!;
    const [invited] = (await invitations(w)).filter((s) => s.to === w.people.member.email);

    const changed = await updateMeeting.execute(
      call(w, { meetingId: id, version: '1', title: 'Improvement Board (April)', kind: 'ORDINARY', theme: '', venue: 'Library', virtualLink: '' }),
    );
    expect(changed).toMatchObject({ ok: true });
    const moved = await rescheduleMeeting.execute(
      call(w, { meetingId: id, newDate: '30/4/2026', newStartTime: '14:00', newEndTime: '16:00', rescheduleReason: 'The Chair is away' }),
    );
    if (!moved.ok || !moved.data.meetingId) throw new Error(JSON.stringify(moved));
    const cancelled = await cancelMeeting.execute(call(w, { meetingId: moved.data.meetingId, reason: 'Clashes with the monitoring visit' }));
    expect(cancelled).toMatchObject({ ok: true, message: expect.stringContaining('Calendar cancellations queued for 4 people') });

    const mine = (await invitations(w)).filter((s) => s.to === w.people.member.email);
    expect(mine.map((s) => s.method)).toEqual(['REQUEST', 'REQUEST', 'REQUEST', 'CANCEL']);
    expect(new Set(mine.map((s) => s.uid))).toEqual(new Set([invited!.uid]));
    const sequences = mine.map((s) => s.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(4);
    // the move carries the new time; the cancellation is a cancelled event, with the reason in the mail
    expect(mine[2]).toMatchObject({ start: new Date('2026-04-30T13:00:00Z'), subject: expect.stringMatching(/^Moved: /) });
    expect(mine[3]).toMatchObject({
      calendarMethod: 'CANCEL',
      status: 'CANCELLED',
      kind: 'meeting.cancelled',
      text: expect.stringContaining('Clashes with the monitoring visit'),
    });
  });

  it('a series invites each person to each meeting, each event with its own UID', async () => {
    const w = await attendanceWorld();
    const result = await scheduleSeries.execute(
      call(w, {
        boardId: w.board.id,
        title: 'Improvement Board',
        kind: 'ORDINARY',
        repeats: 'MONTHLY_WEEKDAY',
        week: '2',
        weekday: 'TH',
        startsOn: '1/5/2026',
        months: '3',
        startTime: '10:00',
        endTime: '12:00',
        virtualLink: '',
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const mine = (await invitations(w)).filter((s) => s.to === w.people.chair.email);
    expect(mine).toHaveLength(result.data.meetingIds.length);
    expect(new Set(mine.map((s) => s.uid)).size).toBe(result.data.meetingIds.length);
  });

  it('a person due the papers who cannot be written to is named, and nobody is written to twice', async () => {
    const w = await attendanceWorld();
    const noEmail = await make.person(w.council, 'Pat Noemail', { email: null });
    await make.seat(w.council, w.board, noEmail, { position: 'Head of Education' });
    const result = await schedule(w);
    expect(result.message).toContain('Not written to: Pat Noemail (no email address is on record)');
    const to = (await invitations(w)).map((s) => s.to);
    expect(to).toHaveLength(new Set(to).size);
  });

  it('dissolving the board sends a cancellation for each coming meeting', async () => {
    const w = await attendanceWorld();
    const since = new Date();
    const dissolved = await changeBoardStatus.execute(
      call(w, { boardId: w.board.id, status: 'DISSOLVED', effectiveOn: '20/3/2026', decision: 'Cabinet, 19 March 2026' }),
    );
    expect(dissolved).toMatchObject({ ok: true });
    const sent = await invitations(w, since);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((s) => s.method === 'CANCEL' && s.uid === `meeting-${w.meeting.id}@tabled`)).toBe(true);
  });

  it('delivery hands the invitation to the mail server as a calendar part with its method', async () => {
    const w = await attendanceWorld();
    await schedule(w);
    const handed: OutgoingMail[] = [];
    // other files' invitations may go too (the outbox is shared); only this world's are checked
    await deliverPending({ transport: { send: async (msg) => void handed.push(msg) }, kind: 'meeting.invitation', now: new Date(), limit: 500 });
    const mine = handed.filter((m) => m.to === w.people.chair.email);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.calendar).toMatchObject({ method: 'REQUEST', content: expect.stringContaining('METHOD:REQUEST') });
  });
});

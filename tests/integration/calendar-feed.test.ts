import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { withCouncil, withPerson } from '../../lib/db/tenant';
import { hashFeedToken, issueFeed, revokeFeeds } from '../../lib/calendar/feeds';
import { meetingCalendarFor } from '../../lib/calendar/meeting-calendar';
import { sendApologies } from '../../lib/attendance/actions';
import { GET } from '../../app/api/calendar/[token]/route';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { attendanceWorld, type AttendanceWorld } from './attendance-world';
import { events, parseStrict, prop } from '../unit/ics-strict';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

// The feed is served as of the real clock, so these meetings are set in the weeks ahead.
const DAY = 86_400_000;
const ahead = (days: number, hourUtc = 9) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
};
const MEETING_START = ahead(20);

const fetchFeed = (token: string) => GET(new Request(`http://localhost/api/calendar/${token}`), { params: Promise.resolve({ token }) });

/** The member's world, plus a cancelled meeting of their board, a meeting of a board they have no part in, and another council's meeting. */
async function feedWorld(): Promise<AttendanceWorld & { cancelledId: string; otherBoardMeetingId: string; foreignMeetingId: string }> {
  const w = await attendanceWorld();
  const ids = await withCouncil(w.council.id, async (tx) => {
    await tx.meeting.update({ where: { id: w.meeting.id }, data: { startsAt: MEETING_START, endsAt: new Date(MEETING_START.getTime() + 2 * 3_600_000) } });
    const cancelled = await tx.meeting.create({
      data: {
        councilId: w.council.id,
        boardId: w.board.id,
        title: 'May board',
        startsAt: ahead(48),
        endsAt: ahead(48, 11),
        status: 'CANCELLED',
        cancelledReason: 'Clashes with the elections',
        version: 3,
      },
    });
    const other = await tx.meeting.create({
      data: { councilId: w.council.id, boardId: w.otherBoard.id, title: 'Executive Group', startsAt: ahead(30, 13), endsAt: ahead(30, 14) },
    });
    return { cancelledId: cancelled.id, otherBoardMeetingId: other.id };
  });
  // another council's board, where the member has no part at all
  const foreign = await attendanceWorld();
  await withCouncil(foreign.council.id, (tx) =>
    tx.meeting.update({ where: { id: foreign.meeting.id }, data: { startsAt: MEETING_START, endsAt: ahead(20, 11) } }),
  );
  return { ...w, ...ids, foreignMeetingId: foreign.meeting.id };
}

describe('the personal calendar feed', () => {
  it("serves only my boards' meetings, as iCalendar that parses strictly and with ical.js", async () => {
    const w = await feedWorld();
    const token = await issueFeed(w.people.member.id);
    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('no-store');
    const ics = await response.text();

    const cal = parseStrict(ics);
    const uids = events(cal).map((e) => prop(e, 'UID'));
    expect(uids.sort()).toEqual([`meeting-${w.meeting.id}@tabled`, `meeting-${w.cancelledId}@tabled`].sort());
    expect(ics).not.toContain(w.otherBoardMeetingId);
    expect(ics).not.toContain(w.foreignMeetingId);

    const april = events(cal).find((e) => prop(e, 'UID') === `meeting-${w.meeting.id}@tabled`)!;
    const utc = (d: Date) =>
      d
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    expect(prop(april, 'DTSTART')).toBe(utc(MEETING_START));
    expect(prop(april, 'DTEND')).toBe(utc(new Date(MEETING_START.getTime() + 2 * 3_600_000)));
    expect(prop(april, 'SUMMARY')).toBe('April board');
    expect(prop(april, 'LOCATION')).toBe('Committee Room 2, Council House');
    expect(prop(april, 'STATUS')).toBe('CONFIRMED');
    expect(Number(prop(april, 'SEQUENCE'))).toBeGreaterThanOrEqual(1);
    expect(prop(april, 'URL')).toMatch(new RegExp(`/${w.council.slug}/boards/improvement-board/meetings/${w.meeting.id}$`));

    const component = new ICAL.Component(ICAL.parse(ics));
    const parsed = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const may = parsed.find((e) => e.uid === `meeting-${w.cancelledId}@tabled`)!;
    expect(may.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(may.summary).toBe('Cancelled: May board');
    expect(may.sequence).toBe(3);
    expect(may.description).toContain('Clashes with the elections');
    expect(parsed.find((e) => e.uid === `meeting-${w.meeting.id}@tabled`)!.startDate.toJSDate()).toEqual(MEETING_START);
  });

  it('includes a meeting where I stand in as a substitute, and only that one', async () => {
    const w = await feedWorld();
    const token = await issueFeed(w.people.substitute.id);
    expect(parseStrict(await (await fetchFeed(token)).text()).components).toHaveLength(0);
    await sendApologies.execute({
      actorId: w.people.member.id,
      councilSlug: w.council.slug,
      boardSlug: w.board.slug,
      now: new Date(),
      input: { meetingId: w.meeting.id, seatId: w.seats.member.id, substituteAttends: 'yes' },
    });
    const cal = parseStrict(await (await fetchFeed(token)).text());
    expect(events(cal).map((e) => prop(e, 'UID'))).toEqual([`meeting-${w.meeting.id}@tabled`]);
  });

  it('answers a revoked address with 404', async () => {
    const w = await feedWorld();
    const token = await issueFeed(w.people.member.id);
    expect((await fetchFeed(token)).status).toBe(200);
    expect(await revokeFeeds(w.people.member.id)).toBe(1);
    const response = await fetchFeed(token);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('VCALENDAR');
  });

  it('stops the old address when it is replaced', async () => {
    const w = await feedWorld();
    const first = await issueFeed(w.people.member.id);
    const second = await issueFeed(w.people.member.id);
    expect(first).not.toBe(second);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
  });

  it('answers an unknown or malformed address with 404, and keeps only the hash', async () => {
    const w = await feedWorld();
    const token = await issueFeed(w.people.member.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await withPerson(w.people.member.id, (tx) => tx.calendarFeed.findMany({ where: { personId: w.people.member.id } }));
    expect(stored.map((f) => f.tokenHash)).toEqual([hashFeedToken(token)]);
    expect(JSON.stringify(stored)).not.toContain(token);
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [flipped, 'short', `${token}x`, '../../etc/passwd', hashFeedToken(token)]) expect((await fetchFeed(bad)).status).toBe(404);
  });

  it('stops serving a disabled person', async () => {
    const w = await feedWorld();
    const token = await issueFeed(w.people.member.id);
    await t.prisma.person.update({ where: { id: w.people.member.id }, data: { disabledAt: new Date() } });
    expect((await fetchFeed(token)).status).toBe(404);
  });

  it('leaves out a council I have left', async () => {
    const w = await feedWorld();
    const token = await issueFeed(w.people.member.id);
    await withCouncil(w.council.id, (tx) => tx.councilMembership.updateMany({ where: { personId: w.people.member.id }, data: { endedAt: new Date() } }));
    expect(events(parseStrict(await (await fetchFeed(token)).text()))).toHaveLength(0);
  });
});

describe('add to calendar for one meeting', () => {
  it('gives the meeting to someone who may see it', async () => {
    const w = await feedWorld();
    const ics = await meetingCalendarFor(w.people.member.id, w.council.slug, w.board.slug, w.meeting.id);
    expect(ics).not.toBeNull();
    const cal = parseStrict(ics!);
    expect(events(cal).map((e) => prop(e, 'UID'))).toEqual([`meeting-${w.meeting.id}@tabled`]);
  });

  it('answers 404 (null) to someone with no part in the board, and for another board or council', async () => {
    const w = await feedWorld();
    expect(await meetingCalendarFor(w.people.outsider.id, w.council.slug, w.board.slug, w.meeting.id)).toBeNull();
    expect(await meetingCalendarFor(w.people.member.id, w.council.slug, w.board.slug, w.otherBoardMeetingId)).toBeNull();
    expect(await meetingCalendarFor(w.people.member.id, w.council.slug, w.board.slug, w.foreignMeetingId)).toBeNull();
    expect(await meetingCalendarFor(w.people.member.id, w.council.slug, w.board.slug, 'not-a-uuid')).toBeNull();
  });
});

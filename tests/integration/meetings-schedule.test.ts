import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { cancelMeeting, recordScheduleReview, rescheduleMeeting, scheduleMeeting, scheduleSeries, updateMeeting } from '../../lib/meetings/actions';
import { getSchedule } from '../../lib/meetings/schedule-queries';
import { getMeeting } from '../../lib/meetings/queries';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const VENUE = 'Town Hall, Committee Room 1';
// Friday 20 March 2026, noon: the clocks go forward on Sunday 29 March.
const now = new Date('2026-03-20T12:00:00Z');

async function world() {
  const council = await make.council();
  const admin = await make.person(council, 'Board Administrator', { role: 'ADMIN', key: 'admin' });
  const member = await make.person(council, 'Board Member', { key: 'member' });
  const board = await make.board(council, { defaultVenue: VENUE });
  const other = await make.executiveGroup(council);
  await make.seat(council, board, member);
  const call = (actorId: string, input: Record<string, unknown>, when = now, boardSlug = 'improvement-board') => ({
    actorId,
    councilSlug: council.slug,
    boardSlug,
    input,
    now: when,
  });
  const ctx = boardContext(council, { ...board }, admin.id);
  const meetings = () => withCouncil(council.id, (tx) => tx.meeting.findMany({ where: { boardId: board.id }, orderBy: { startsAt: 'asc' } }));
  const audit = () => withCouncil(council.id, (tx) => tx.auditEvent.findMany({ orderBy: { id: 'asc' } }));
  return { council, admin, member, board, other, call, ctx, meetings, audit };
}
type World = Awaited<ReturnType<typeof world>>;

const single = (w: World, over: Record<string, unknown> = {}) => ({
  boardId: w.board.id,
  title: 'Improvement Board',
  kind: 'ORDINARY',
  date: '9/4/2026',
  startTime: '10:00',
  endTime: '12:00',
  virtualLink: '',
  ...over,
});

async function scheduled(w: World, over: Record<string, unknown> = {}) {
  const result = await scheduleMeeting.execute(w.call(w.admin.id, single(w, over)));
  if (!result.ok || !result.data.meetingId) throw new Error(JSON.stringify(result));
  return result.data.meetingId;
}

describe('a single meeting', () => {
  it('is scheduled in London time, in the board’s default venue, with its audit event', async () => {
    const w = await world();
    const result = await scheduleMeeting.execute(w.call(w.admin.id, single(w, { virtualLink: 'https://meet.example/ib' })));
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Meeting scheduled for Thursday,? 9 April 2026 at 10am\. Calendar invitations queued for 1 person$/),
    });
    const [m] = await w.meetings();
    // 9 April is in BST: 10:00 in London is 09:00Z
    expect(m).toMatchObject({
      title: 'Improvement Board',
      kind: 'ORDINARY',
      status: 'SCHEDULED',
      venue: VENUE,
      virtualLink: 'https://meet.example/ib',
      seriesId: null,
    });
    expect([m!.startsAt.toISOString(), m!.endsAt.toISOString()]).toEqual(['2026-04-09T09:00:00.000Z', '2026-04-09T11:00:00.000Z']);
    const [event] = await w.audit();
    expect(event).toMatchObject({ kind: 'meeting.schedule', entityId: m!.id, boardId: w.board.id, actorId: w.admin.id });
    // the deadlines on the meeting page come from the working-days rule (Easter: 31 March)
    expect((await getMeeting(w.ctx, m!.id)).paperDeadline.toISOString()).toBe('2026-03-31T22:59:59.999Z');
  });

  it('keeps a venue typed in, or none when the field is cleared, and reads dates as people write them', async () => {
    const w = await world();
    await scheduled(w, { date: '2026-05-12', venue: 'Library, Room 3' });
    await scheduled(w, { date: '13 May 2026', venue: '' });
    expect((await w.meetings()).map((m) => [m.startsAt.toISOString(), m.venue])).toEqual([
      ['2026-05-12T09:00:00.000Z', 'Library, Room 3'],
      ['2026-05-13T09:00:00.000Z', null],
    ]);
  });

  it('is 10:00 GMT in winter', async () => {
    const w = await world();
    await scheduled(w, { date: '3/11/2026' });
    expect((await w.meetings())[0]!.startsAt.toISOString()).toBe('2026-11-03T10:00:00.000Z');
  });

  it('a themed deep dive needs its theme, which is kept; an annual stakeholder event needs none', async () => {
    const w = await world();
    const refused = await scheduleMeeting.execute(w.call(w.admin.id, single(w, { kind: 'DEEP_DIVE', theme: '' })));
    expect(refused).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { theme: ['Enter the theme of the deep dive'] } });
    await scheduled(w, { kind: 'DEEP_DIVE', theme: 'Children in care' });
    await scheduled(w, { kind: 'STAKEHOLDER_EVENT', theme: 'ignored', date: '10/4/2026' });
    expect((await w.meetings()).map((m) => [m.kind, m.theme])).toEqual([
      ['DEEP_DIVE', 'Children in care'],
      ['STAKEHOLDER_EVENT', null],
    ]);
  });

  it('refuses bad dates and times, an end before the start and a time in the past, storing nothing', async () => {
    const w = await world();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ date: '31/2/2026' }, 'date', /Enter the date/],
      [{ date: 'next Tuesday' }, 'date', /Enter the date/],
      [{ startTime: '25:00' }, 'startTime', /start time/],
      [{ startTime: '12:00', endTime: '10:00' }, 'endTime', /after the start/],
      [{ date: '19/3/2026' }, 'date', /in the future/],
      [{ virtualLink: 'javascript:alert(1)' }, 'virtualLink', /https/],
      [{ title: '  ' }, 'title', /Enter a title/],
      [{ kind: 'PARTY' }, 'kind', /kind of meeting/],
      // an hour the clocks skip, said in the app's words rather than the rule's "01:30" and "2026-03-29"
      [
        { date: '29/3/2026', startTime: '01:30', endTime: '03:00' },
        'startTime',
        /^1:30am does not exist in London on Sunday,? 29 March 2026: the clocks go forward then$/,
      ],
    ];
    for (const [over, field, message] of cases) {
      const result = await scheduleMeeting.execute(w.call(w.admin.id, single(w, over)));
      expect(result.ok, JSON.stringify(over)).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.[field]?.join(' '), JSON.stringify(over)).toMatch(message);
    }
    expect(await w.meetings()).toEqual([]);
    expect(await w.audit()).toEqual([]);
  });

  it('is for administrators only, and only for the board it was rendered for', async () => {
    const w = await world();
    expect(await scheduleMeeting.execute(w.call(w.member.id, single(w)))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await scheduleMeeting.execute(w.call(w.admin.id, single(w, { boardId: w.other.id })))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await w.meetings()).toEqual([]);
  });
});

describe('a recurring series', () => {
  const monthly = (w: World, over: Record<string, unknown> = {}) => ({
    boardId: w.board.id,
    title: 'Improvement Board',
    kind: 'ORDINARY',
    repeats: 'MONTHLY_WEEKDAY',
    week: '1',
    weekday: 'TU',
    monthDay: '',
    startsOn: '21/3/2026',
    months: '12',
    startTime: '10:00',
    endTime: '12:00',
    virtualLink: '',
    ...over,
  });

  it('monthly, first Tuesday, 10:00 to 12:00: twelve meetings in London time across both clock changes', async () => {
    const w = await world();
    const result = await scheduleSeries.execute(w.call(w.admin.id, monthly(w)));
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringMatching(
        /^12 meetings scheduled: Monthly on the first Tuesday, 10am to midday, from Tuesday,? 7 April 2026 to Tuesday,? 2 March 2027\. Calendar invitations \(one for each meeting\) queued for 1 person\.$/,
      ),
    });
    const series = await withCouncil(w.council.id, (tx) => tx.meetingSeries.findMany());
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ rrule: 'FREQ=MONTHLY;BYDAY=1TU', startTime: '10:00', endTime: '12:00', venue: VENUE, kind: 'ORDINARY' });
    expect([series[0]!.startsOn.toISOString().slice(0, 10), series[0]!.untilOn?.toISOString().slice(0, 10)]).toEqual(['2026-03-21', '2027-03-20']);
    const meetings = await w.meetings();
    expect(meetings.every((m) => m.seriesId === series[0]!.id && m.venue === VENUE && m.status === 'SCHEDULED')).toBe(true);
    expect(meetings.map((m) => m.startsAt.toISOString())).toEqual([
      '2026-04-07T09:00:00.000Z',
      '2026-05-05T09:00:00.000Z',
      '2026-06-02T09:00:00.000Z',
      '2026-07-07T09:00:00.000Z',
      '2026-08-04T09:00:00.000Z',
      '2026-09-01T09:00:00.000Z',
      '2026-10-06T09:00:00.000Z',
      '2026-11-03T10:00:00.000Z',
      '2026-12-01T10:00:00.000Z',
      '2027-01-05T10:00:00.000Z',
      '2027-02-02T10:00:00.000Z',
      '2027-03-02T10:00:00.000Z',
    ]);
    const events = await w.audit();
    expect(events.map((e) => e.kind)).toEqual(['meeting.series.create', ...Array(12).fill('meeting.schedule')]);
  });

  it('moves a meeting off a bank holiday and says so', async () => {
    const w = await world();
    const result = await scheduleSeries.execute(w.call(w.admin.id, monthly(w, { weekday: 'MO', startsOn: '1/4/2026', months: '2' })));
    // the first Mondays of April and May 2026 are Easter Monday and the early May bank holiday
    expect(result.ok && result.message).toMatch(
      /Moved because the day was not a working day: Monday,? 6 April 2026 to Monday,? 13 April 2026; Monday,? 4 May 2026 to Monday,? 11 May 2026\. Calendar invitations \(one for each meeting\) queued for 1 person\.$/,
    );
    expect((await w.meetings()).map((m) => m.startsAt.toISOString().slice(0, 10))).toEqual(['2026-04-13', '2026-05-11']);
  });

  it('every two weeks on a weekday, and monthly on a day of the month', async () => {
    const w = await world();
    await scheduleSeries.execute(
      w.call(w.admin.id, monthly(w, { repeats: 'FORTNIGHTLY', week: '', weekday: 'WE', months: '1', startTime: '14:00', endTime: '15:30' })),
    );
    await scheduleSeries.execute(
      w.call(w.admin.id, monthly(w, { repeats: 'MONTHLY_DAY', week: '', weekday: '', monthDay: '15', months: '3', kind: 'DEEP_DIVE', theme: 'Early help' })),
    );
    const series = await withCouncil(w.council.id, (tx) =>
      tx.meetingSeries.findMany({ orderBy: { createdAt: 'asc' }, include: { meetings: { orderBy: { startsAt: 'asc' } } } }),
    );
    expect(series.map((s) => s.rrule)).toEqual(['FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', 'FREQ=MONTHLY;BYMONTHDAY=15']);
    expect(series[0]!.meetings.map((m) => m.startsAt.toISOString())).toEqual(['2026-03-25T14:00:00.000Z', '2026-04-08T13:00:00.000Z']);
    // 15 April is a Wednesday; 15 May a Friday; 15 June a Monday
    expect(series[1]!.meetings.map((m) => [m.startsAt.toISOString(), m.kind, m.theme])).toEqual([
      ['2026-04-15T09:00:00.000Z', 'DEEP_DIVE', 'Early help'],
      ['2026-05-15T09:00:00.000Z', 'DEEP_DIVE', 'Early help'],
      ['2026-06-15T09:00:00.000Z', 'DEEP_DIVE', 'Early help'],
    ]);
  });

  it('asks for the fields its pattern needs and refuses a start in the past or too many meetings', async () => {
    const w = await world();
    const week = await scheduleSeries.execute(w.call(w.admin.id, monthly(w, { week: '' })));
    expect(week).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { week: ['Choose the week of the month'] } });
    const day = await scheduleSeries.execute(w.call(w.admin.id, monthly(w, { repeats: 'MONTHLY_DAY', monthDay: '31' })));
    expect(day).toMatchObject({ ok: false, fieldErrors: { monthDay: [expect.stringMatching(/1 to 28/)] } });
    const past = await scheduleSeries.execute(w.call(w.admin.id, monthly(w, { startsOn: '1/3/2026' })));
    expect(past).toMatchObject({ ok: false, fieldErrors: { startsOn: ['The series must start today or later'] } });
    const many = await scheduleSeries.execute(w.call(w.admin.id, monthly(w, { repeats: 'WEEKLY', months: '24' })));
    expect(many).toMatchObject({ ok: false, fieldErrors: { months: [expect.stringMatching(/at most 60 meetings/)] } });
    expect(await w.meetings()).toEqual([]);
    expect(await withCouncil(w.council.id, (tx) => tx.meetingSeries.count())).toBe(0);
  });
});

describe('editing, cancelling and rescheduling', () => {
  it('edits the details with the version it read, and shows the other person’s version on a clash', async () => {
    const w = await world();
    const id = await scheduled(w);
    const edit = (version: number, over: Record<string, unknown> = {}) =>
      updateMeeting.execute(
        w.call(w.admin.id, {
          meetingId: id,
          version: String(version),
          title: 'Improvement Board (April)',
          kind: 'ORDINARY',
          theme: '',
          venue: 'Library',
          virtualLink: '',
          ...over,
        }),
      );
    expect(await edit(1)).toMatchObject({ ok: true, message: 'Meeting details saved. Updated calendar invitations queued for 1 person' });
    const clash = await edit(1, { title: 'Stale title' });
    expect(clash).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      current: { title: 'Improvement Board (April)', venue: 'Library', version: '2' },
      values: { title: 'Stale title' },
    });
    const [m] = await w.meetings();
    expect(m).toMatchObject({ title: 'Improvement Board (April)', venue: 'Library', version: 2 });
    expect(m!.startsAt.toISOString()).toBe('2026-04-09T09:00:00.000Z');
  });

  it('cancels with a reason, keeping the meeting, and will not cancel it twice or edit it after', async () => {
    const w = await world();
    const id = await scheduled(w);
    expect(await cancelMeeting.execute(w.call(w.admin.id, { meetingId: id, reason: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ['Enter why the meeting is cancelled'] },
    });
    expect(await cancelMeeting.execute(w.call(w.admin.id, { meetingId: id, reason: 'Clashes with the Ofsted monitoring visit' }))).toMatchObject({ ok: true });
    expect(await w.meetings()).toEqual([expect.objectContaining({ id, status: 'CANCELLED', cancelledReason: 'Clashes with the Ofsted monitoring visit' })]);
    expect(await cancelMeeting.execute(w.call(w.admin.id, { meetingId: id, reason: 'again' }))).toMatchObject({ ok: false, code: 'INVALID' });
    const edit = await updateMeeting.execute(w.call(w.admin.id, { meetingId: id, version: '2', title: 'x', kind: 'ORDINARY', venue: '', virtualLink: '' }));
    expect(edit).toMatchObject({ ok: false, code: 'INVALID', message: expect.stringMatching(/cancelled/) });
  });

  it('reschedules to a new meeting that points at the old one, which is kept as cancelled, with its agenda copied', async () => {
    const w = await world();
    const id = await scheduled(w);
    const action = await withCouncil(w.council.id, async (tx) => {
      const seat = await tx.seat.findFirstOrThrow({ where: { boardId: w.board.id } });
      const action = await tx.action.create({
        data: {
          councilId: w.council.id,
          boardId: w.board.id,
          reference: 'IB-2026-001',
          description: 'Audit of case files',
          dueOn: new Date('2026-05-01'),
          ownerSeatId: seat.id,
        },
      });
      await tx.agendaItem.create({
        data: { councilId: w.council.id, meetingId: id, position: 2, title: 'Apologies', standing: 'APOLOGIES', purpose: 'INFORMATION' },
      });
      await tx.agendaItem.create({
        data: {
          councilId: w.council.id,
          meetingId: id,
          position: 3,
          title: 'Case file audit',
          purpose: 'ASSURANCE',
          durationMinutes: 20,
          links: { create: { councilId: w.council.id, actionId: action.id } },
        },
      });
      return action;
    });
    const result = await rescheduleMeeting.execute(
      w.call(w.admin.id, { meetingId: id, newDate: '16/4/2026', newStartTime: '14:00', newEndTime: '16:00', rescheduleReason: 'The Chair is at the DfE' }),
    );
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Meeting rescheduled to Thursday,? 16 April 2026 at 2pm\. Updated calendar invitations queued for 1 person$/),
    });
    const [old, moved] = await w.meetings();
    expect(old).toMatchObject({
      id,
      status: 'CANCELLED',
      cancelledReason: expect.stringMatching(/^Rescheduled to Thursday,? 16 April 2026 at 2pm: The Chair is at the DfE$/),
    });
    expect(moved).toMatchObject({ status: 'SCHEDULED', rescheduledFromId: id, title: 'Improvement Board', venue: VENUE });
    expect(moved!.startsAt.toISOString()).toBe('2026-04-16T13:00:00.000Z');
    const items = await withCouncil(w.council.id, (tx) =>
      tx.agendaItem.findMany({ where: { meetingId: moved!.id }, orderBy: { position: 'asc' }, include: { links: true } }),
    );
    // the declarations of interest the board opens every agenda with came with the new meeting
    expect(items.map((i) => [i.position, i.title, i.standing, i.durationMinutes, i.links.map((l) => l.actionId)])).toEqual([
      [1, 'Declarations of interest', 'DECLARATIONS_OF_INTEREST', 5, []],
      [2, 'Apologies', 'APOLOGIES', null, []],
      [3, 'Case file audit', null, 20, [action.id]],
    ]);
    // the original keeps its own agenda: history is not rewritten
    expect(await withCouncil(w.council.id, (tx) => tx.agendaItem.count({ where: { meetingId: id } }))).toBe(3);
    expect(
      await rescheduleMeeting.execute(w.call(w.admin.id, { meetingId: id, newDate: '17/4/2026', newStartTime: '10:00', newEndTime: '12:00' })),
    ).toMatchObject({ ok: false, code: 'INVALID' });
    expect((await w.audit()).map((e) => e.kind).slice(-2)).toEqual(['meeting.cancel', 'meeting.reschedule']);
  });

  it('will not reschedule into the past or to the same time', async () => {
    const w = await world();
    const id = await scheduled(w);
    expect(
      await rescheduleMeeting.execute(w.call(w.admin.id, { meetingId: id, newDate: '1/3/2026', newStartTime: '10:00', newEndTime: '12:00' })),
    ).toMatchObject({ ok: false, fieldErrors: { newDate: ['The new date must be in the future'] } });
    expect(
      await rescheduleMeeting.execute(w.call(w.admin.id, { meetingId: id, newDate: '9/4/2026', newStartTime: '10:00', newEndTime: '12:00' })),
    ).toMatchObject({ ok: false, code: 'INVALID' });
    expect((await w.meetings()).map((m) => m.status)).toEqual(['SCHEDULED']);
  });

  it('answers another board’s meeting as not found', async () => {
    const w = await world();
    const theirs = await withCouncil(w.council.id, (tx) =>
      tx.meeting.create({
        data: {
          councilId: w.council.id,
          boardId: w.other.id,
          title: 'Executive Group',
          startsAt: new Date('2026-04-21T13:00:00Z'),
          endsAt: new Date('2026-04-21T14:30:00Z'),
        },
      }),
    );
    const attempts = [
      updateMeeting.execute(w.call(w.admin.id, { meetingId: theirs.id, version: '1', title: 'x', kind: 'ORDINARY', venue: '', virtualLink: '' })),
      cancelMeeting.execute(w.call(w.admin.id, { meetingId: theirs.id, reason: 'x' })),
      rescheduleMeeting.execute(w.call(w.admin.id, { meetingId: theirs.id, newDate: '22/4/2026', newStartTime: '10:00', newEndTime: '12:00' })),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await withCouncil(w.council.id, (tx) => tx.meeting.findUniqueOrThrow({ where: { id: theirs.id } }))).toMatchObject({
      status: 'SCHEDULED',
      title: 'Executive Group',
      version: 1,
    });
  });
});

describe('the schedule review reminder', () => {
  it('falls due six months after the series starts, and a recorded review restarts the count', async () => {
    const w = await world();
    expect((await getSchedule(w.ctx, now)).review).toMatchObject({ dueOn: null, due: false });
    await scheduleSeries.execute(
      w.call(w.admin.id, {
        boardId: w.board.id,
        title: 'Improvement Board',
        kind: 'ORDINARY',
        repeats: 'MONTHLY_WEEKDAY',
        week: '1',
        weekday: 'TU',
        startsOn: '21/3/2026',
        months: '12',
        startTime: '10:00',
        endTime: '12:00',
      }),
    );
    const before = await getSchedule(w.ctx, new Date('2026-09-20T12:00:00Z'));
    expect(before.review).toMatchObject({ dueOn: '2026-09-21', due: false, since: { kind: 'series-start', on: '2026-03-21' } });
    expect(before.series.map((s) => [s.description, s.meetings])).toEqual([['Monthly on the first Tuesday', 12]]);
    const dueDay = new Date('2026-09-21T08:00:00Z');
    expect((await getSchedule(w.ctx, dueDay)).review.due).toBe(true);

    expect(await recordScheduleReview.execute(w.call(w.member.id, { boardId: w.board.id }, dueDay))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await recordScheduleReview.execute(w.call(w.admin.id, { boardId: w.other.id }, dueDay))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await recordScheduleReview.execute(w.call(w.admin.id, { boardId: w.board.id }, dueDay))).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Schedule review recorded on Monday,? 21 September 2026$/),
    });
    const after = await getSchedule(w.ctx, dueDay);
    expect(after.review).toMatchObject({ dueOn: '2027-03-21', due: false, since: { kind: 'reviewed', on: '2026-09-21' } });
    expect((await w.audit()).at(-1)).toMatchObject({ kind: 'board.schedule.review', entityId: w.board.id });
  });

  it('uses the board’s own review period', async () => {
    const w = await world();
    await withCouncil(w.council.id, (tx) =>
      tx.board.update({ where: { id: w.board.id }, data: { scheduleReviewMonths: 3, scheduleReviewedOn: new Date('2026-01-10T00:00:00Z') } }),
    );
    expect((await getSchedule(w.ctx, now)).review).toMatchObject({ dueOn: '2026-04-10', due: false, since: { kind: 'reviewed', on: '2026-01-10' } });
  });
});

describe('short notice', () => {
  // Friday 20 March 2026, midday: a meeting on Wednesday 25 March is inside its five working
  // days for papers (due by the end of Wednesday 18 March) but not its two for apologies.
  it('schedules nothing until the administrator has seen which deadlines have passed, then keeps them on the record', async () => {
    const w = await world();
    const first = await scheduleMeeting.execute(w.call(w.admin.id, single(w, { date: '25/3/2026' })));
    expect(first).toMatchObject({ ok: true, data: { meetingId: null, shortNotice: ['The deadline for papers was the end of Wednesday 18 March 2026'] } });
    expect(await w.meetings()).toHaveLength(0);

    const accepted = await scheduleMeeting.execute(w.call(w.admin.id, single(w, { date: '25/3/2026', acceptShortNotice: 'yes' })));
    expect(accepted).toMatchObject({
      ok: true,
      message: expect.stringMatching(
        /Short notice, accepted: the deadline for papers was the end of Wednesday 18 March 2026\. Calendar invitations queued for 1 person$/,
      ),
    });
    const [meeting] = await w.meetings();
    const audit = await withCouncil(w.council.id, (tx) => tx.auditEvent.findFirstOrThrow({ where: { kind: 'meeting.schedule', entityId: meeting!.id } }));
    expect(audit.data).toMatchObject({ after: { shortNotice: ['The deadline for papers was the end of Wednesday 18 March 2026'] } });
  });

  it('asks nothing of a meeting scheduled in good time', async () => {
    const w = await world();
    const result = await scheduleMeeting.execute(w.call(w.admin.id, single(w, { date: '9/4/2026' })));
    expect(result).toMatchObject({ ok: true, data: { shortNotice: [] } });
    expect(result.ok && result.data.meetingId).toBeTruthy();
  });

  it('asks the same when a meeting is moved inside its deadlines, and leaves the meeting where it was until confirmed', async () => {
    const w = await world();
    const id = await scheduled(w);
    const move = { meetingId: id, newDate: '23/3/2026', newStartTime: '10:00', newEndTime: '12:00', rescheduleReason: '' };
    const first = await rescheduleMeeting.execute(w.call(w.admin.id, move));
    expect(first).toMatchObject({
      ok: true,
      data: {
        meetingId: null,
        shortNotice: ['The deadline for papers was the end of Monday 16 March 2026', 'The deadline for apologies was the end of Thursday 19 March 2026'],
      },
    });
    expect((await w.meetings()).map((m) => m.status)).toEqual(['SCHEDULED']);
    const moved = await rescheduleMeeting.execute(w.call(w.admin.id, { ...move, acceptShortNotice: 'yes' }));
    expect(moved).toMatchObject({ ok: true, data: { meetingId: expect.any(String) } });
  });
});

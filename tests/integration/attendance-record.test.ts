import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import ExcelJS from 'exceljs';
import { attendancePeriod, getAttendanceRecord, readAttendancePeriod } from '../../lib/attendance/record';
import { attendanceCsvRows, attendanceXlsx } from '../../lib/attendance/export';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const now = new Date('2026-12-03T12:00:00Z');
const at = (day: string) => new Date(`${day}T10:00:00Z`);

/** A board's year: five meetings (one cancelled, one still to come), a Chair, a member who left in the summer and the one who replaced them. */
async function year() {
  const c = await make.council();
  const person = (name: string) => t.prisma.person.create({ data: { name } });
  const [chair, leaver, joiner] = [await person('Chair Person'), await person('Leah Leaver'), await person('Jo Joiner')];
  return withCouncil(c.id, async (tx) => {
    const board = await tx.board.create({ data: { councilId: c.id, slug: 'improvement-board', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD' } });
    const seat = (personId: string, role: 'INDEPENDENT_CHAIR' | 'MEMBER', agency: string, startsOn: string | null, endsOn: string | null) =>
      tx.seat.create({
        data: {
          councilId: c.id,
          boardId: board.id,
          personId,
          role,
          agency,
          position: role === 'MEMBER' ? 'Member' : 'Independent Chair',
          startsOn: startsOn ? new Date(startsOn) : null,
          endsOn: endsOn ? new Date(endsOn) : null,
        },
      });
    const seats = {
      chair: await seat(chair.id, 'INDEPENDENT_CHAIR', 'Independent', null, null),
      leaver: await seat(leaver.id, 'MEMBER', 'Police', null, '2026-06-30'),
      joiner: await seat(joiner.id, 'MEMBER', 'Police', '2026-07-01', null),
    };
    const meeting = (day: string, status: 'HELD' | 'CANCELLED' | 'SCHEDULED') =>
      tx.meeting.create({
        data: { councilId: c.id, boardId: board.id, title: `Board ${day}`, startsAt: at(day), endsAt: new Date(at(day).getTime() + 7_200_000), status },
      });
    const m = {
      mar: await meeting('2026-03-10', 'HELD'),
      may: await meeting('2026-05-12', 'CANCELLED'),
      jun: await meeting('2026-06-09', 'HELD'),
      sep: await meeting('2026-09-08', 'HELD'),
      jan: await meeting('2027-01-12', 'SCHEDULED'),
    };
    const mark = (meetingId: string, seatId: string, status: 'PRESENT' | 'VIRTUAL' | 'APOLOGIES' | 'SUBSTITUTE_ATTENDED' | 'ABSENT') =>
      tx.attendance.create({ data: { councilId: c.id, meetingId, seatId, status } });
    await mark(m.mar.id, seats.chair.id, 'PRESENT');
    await mark(m.jun.id, seats.chair.id, 'VIRTUAL');
    await mark(m.mar.id, seats.leaver.id, 'APOLOGIES');
    await mark(m.jun.id, seats.leaver.id, 'SUBSTITUTE_ATTENDED');
    await mark(m.may.id, seats.leaver.id, 'APOLOGIES'); // a cancelled meeting counts for nothing
    // the September meeting's attendance is recorded for the joiner only
    await mark(m.sep.id, seats.joiner.id, 'ABSENT');
    const ctx = boardContext(
      c,
      {
        id: board.id,
        slug: board.slug,
        name: board.name,
        kind: 'IMPROVEMENT_BOARD',
        status: 'ESTABLISHED',
        isPublic: false,
        paperNoticeWorkingDays: 5,
        apologyNoticeWorkingDays: 2,
        minutesDistributionDays: 7,
        quorumMinimum: null,
        riskAppetiteScore: 12,
      },
      chair.id,
      ['MEMBER'],
    );
    return { ctx, seats };
  });
}

describe('the attendance record', () => {
  it('counts each seat over the twelve months to today: held meetings while the seat was held, the cancelled one left out, the coming one not yet', async () => {
    const { ctx } = await year();
    const record = await getAttendanceRecord.read(ctx, attendancePeriod({}, now), now);
    expect(record.period).toEqual({ from: '2025-12-04', to: '2026-12-03' });
    expect(record).toMatchObject({ meetingsTakenPlace: 3, meetingsCancelled: 1 });
    const byName = Object.fromEntries(record.rows.map((r) => [r.name, { ...r.tally, percent: r.percent }]));
    expect(byName).toEqual({
      'Chair Person': { expected: 3, inPerson: 1, virtually: 1, substitute: 0, apologies: 0, absent: 0, notRecorded: 1, percent: 67 },
      'Leah Leaver': { expected: 2, inPerson: 0, virtually: 0, substitute: 1, apologies: 1, absent: 0, notRecorded: 0, percent: 0 },
      'Jo Joiner': { expected: 1, inPerson: 0, virtually: 0, substitute: 0, apologies: 0, absent: 1, notRecorded: 0, percent: 0 },
    });
    expect(record.rows.map((r) => r.name)).toEqual(['Chair Person', 'Jo Joiner', 'Leah Leaver']);
    expect(record.agencies.map((a) => [a.agency, a.tally.expected])).toEqual([
      ['Independent', 3],
      ['Police', 3],
    ]);
    expect(record.total).toMatchObject({ tally: { expected: 6 }, percent: 33 });
  });

  it('takes a period as typed, and refuses one that ends before it starts', async () => {
    const { ctx } = await year();
    const firstHalf = await getAttendanceRecord.read(ctx, attendancePeriod({ from: '1/1/2026', to: '30/6/2026' }, now), now);
    expect(firstHalf.rows.map((r) => r.name)).toEqual(['Chair Person', 'Leah Leaver']);
    expect(readAttendancePeriod({ from: '2026-07-01', to: '2026-01-01' }, now).problem).toMatch(/on or before its end/);
    expect(readAttendancePeriod({ from: 'next week' }, now).problem).toMatch(/real dates/);
    expect(() => attendancePeriod({ from: 'next week' }, now)).toThrow();
  });

  it('is for the board’s members and officers, not observers', async () => {
    const { ctx } = await year();
    await expect(getAttendanceRecord.read({ ...ctx, roles: ['OBSERVER'] }, attendancePeriod({}, now), now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('downloads as CSV and as a workbook with numbers as numbers, days as dates and the totals', async () => {
    const { ctx } = await year();
    const record = await getAttendanceRecord.read(ctx, attendancePeriod({}, now), now);
    const csv = attendanceCsvRows(record);
    expect(csv[0]).toEqual([
      'Name',
      'Role',
      'Position',
      'Agency',
      'Held from',
      'Held to',
      'Expected',
      'In person',
      'Virtually',
      'Substitute attended',
      'Apologies',
      'Absent',
      'Not recorded',
      'Attended (%)',
    ]);
    expect(csv[2]).toEqual(['Jo Joiner', 'MEMBER', 'Member', 'Police', '2026-07-01', '', '1', '0', '0', '0', '0', '1', '0', '0']);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await attendanceXlsx(record, 'Improvement Board: attendance record')) as never);
    const sheet = book.getWorksheet('Attendance')!;
    const joiner = sheet.getRow(3).values as unknown[];
    expect(joiner.slice(1, 5)).toEqual(['Jo Joiner', 'Board member', 'Member', 'Police']);
    expect(joiner[5]).toEqual(new Date('2026-07-01T00:00:00Z'));
    expect(joiner.slice(7)).toEqual([1, 0, 0, 0, 0, 1, 0, 0]);
    const totals = book.getWorksheet('Totals')!;
    expect(totals.getRow(2).values).toEqual([undefined, 'Independent', 3, 1, 1, 0, 0, 0, 1, 67]);
    expect((totals.getRow(4).values as unknown[]).slice(1, 3)).toEqual(['The board', 6]);
  });
});

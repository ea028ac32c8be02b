import 'server-only';
import { defineQuery } from '../access/query';
import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { invalid } from '../errors';
import { dayString } from '../format';
import { parseTypedDay } from '../forms/fields';
import { attendedPercent, heldOn, sumTallies, tallyAttendance, type AttendanceMark, type AttendanceTally } from '../rules/attendance-record';
import { addCalendarDays, addCalendarMonths, endOfLondonDay, londonDay, startOfLondonDay, type LondonDay } from '../rules/london-calendar';

export type AttendancePeriod = { from: LondonDay; to: LondonDay };

/**
 * The period asked for in the address (?from=&to=, as typed or from a date field), else
 * the twelve months to today. A period that cannot be read is answered with the default
 * and says why, so the page still shows a record.
 */
export function readAttendancePeriod(
  query: { from?: string | string[]; to?: string | string[] },
  now: Date,
): { period: AttendancePeriod; problem: string | null } {
  const today = londonDay(now);
  const yearTo = (to: LondonDay) => addCalendarDays(addCalendarMonths(to, -12), 1);
  const fallback = { from: yearTo(today), to: today };
  const given = (value: string | string[] | undefined) => (typeof value === 'string' && value.trim() ? value : null);
  const read = (value: string | null) => (value ? parseTypedDay(value) : null);
  const [fromText, toText] = [given(query.from), given(query.to)];
  const [from, to] = [read(fromText), read(toText)];
  if ((fromText && !from) || (toText && !to))
    return { period: fallback, problem: 'Enter the period’s dates as real dates, for example 1/4/2026: the last twelve months are shown' };
  const end = to ?? today;
  const start = from ?? yearTo(end);
  if (start > end) return { period: fallback, problem: 'The start of the period must be on or before its end: the last twelve months are shown' };
  return { period: { from: start, to: end }, problem: null };
}

/** The period of a download: as the page reads it, refused (422) when it cannot be read. */
export function attendancePeriod(query: { from?: string | string[]; to?: string | string[] }, now: Date): AttendancePeriod {
  const { period, problem } = readAttendancePeriod(query, now);
  if (problem) throw invalid({ from: problem });
  return period;
}

const roleOrder: Record<string, number> = { INDEPENDENT_CHAIR: 0, CHAIR: 1, VICE_CHAIR: 2, MEMBER: 3, ATTENDEE: 4 };

export type AttendanceRecordRow = {
  seatId: string;
  name: string;
  role: string;
  position: string;
  agency: string;
  heldFrom: string | null;
  heldTo: string | null;
  tally: AttendanceTally;
  percent: number | null;
};

/**
 * Each seat's attendance over the period (ModernGov's "attendance record"): every seat
 * held for part of it, the meetings that took place while it was held, cancelled meetings
 * left out (and counted apart), and totals per agency and for the board.
 */
export const getAttendanceRecord = defineQuery({
  resource: 'attendance',
  run: (ctx: BoardContext, period: AttendancePeriod, now: Date) =>
    withCouncil(ctx.council.id, async (tx) => {
      const until = new Date(Math.min(endOfLondonDay(period.to).getTime(), now.getTime()));
      const meetings = await tx.meeting.findMany({
        // a historical meeting's attendance is a list of names, not the seats' record: it is left out
        where: { boardId: ctx.board.id, historical: false, startsAt: { gte: startOfLondonDay(period.from), lte: until } },
        orderBy: { startsAt: 'asc' },
        select: { id: true, startsAt: true, status: true },
      });
      const taken = meetings.map((m) => ({ id: m.id, day: londonDay(m.startsAt), cancelled: m.status === 'CANCELLED' }));
      const seats = await tx.seat.findMany({
        where: {
          boardId: ctx.board.id,
          AND: [
            { OR: [{ startsOn: null }, { startsOn: { lte: new Date(`${period.to}T00:00:00Z`) } }] },
            { OR: [{ endsOn: null }, { endsOn: { gte: new Date(`${period.from}T00:00:00Z`) } }] },
          ],
        },
        select: { id: true, role: true, position: true, agency: true, startsOn: true, endsOn: true, person: { select: { name: true } } },
      });
      const marks = await tx.attendance.findMany({
        where: { meetingId: { in: meetings.map((m) => m.id) } },
        select: { meetingId: true, seatId: true, status: true },
      });
      const bySeat = new Map<string, Map<string, AttendanceMark>>();
      for (const a of marks) (bySeat.get(a.seatId) ?? bySeat.set(a.seatId, new Map()).get(a.seatId)!).set(a.meetingId, a.status);

      const rows: AttendanceRecordRow[] = seats
        .map((s) => {
          const tenure = { startsOn: s.startsOn ? dayString(s.startsOn) : null, endsOn: s.endsOn ? dayString(s.endsOn) : null };
          const tally = tallyAttendance(tenure, taken, bySeat.get(s.id) ?? new Map());
          return {
            seatId: s.id,
            name: s.person?.name ?? 'To be appointed',
            role: s.role,
            position: s.position,
            agency: s.agency,
            heldFrom: tenure.startsOn,
            heldTo: tenure.endsOn,
            tally,
            percent: attendedPercent(tally),
          };
        })
        .filter((r) => r.tally.expected > 0 || taken.some((m) => !m.cancelled && heldOn({ startsOn: r.heldFrom, endsOn: r.heldTo }, m.day)))
        .sort(
          (a, b) => (roleOrder[a.role] ?? 9) - (roleOrder[b.role] ?? 9) || a.agency.localeCompare(b.agency, 'en-GB') || a.name.localeCompare(b.name, 'en-GB'),
        );

      const agencies = [...new Set(rows.map((r) => r.agency))]
        .sort((a, b) => a.localeCompare(b, 'en-GB'))
        .map((agency) => {
          const tally = sumTallies(rows.filter((r) => r.agency === agency).map((r) => r.tally));
          return { agency, tally, percent: attendedPercent(tally) };
        });
      const total = sumTallies(rows.map((r) => r.tally));
      return {
        period,
        meetingsTakenPlace: taken.filter((m) => !m.cancelled).length,
        meetingsCancelled: taken.filter((m) => m.cancelled).length,
        rows,
        agencies,
        total: { tally: total, percent: attendedPercent(total) },
      };
    }),
});

export type AttendanceRecord = Awaited<ReturnType<typeof getAttendanceRecord.read>>;

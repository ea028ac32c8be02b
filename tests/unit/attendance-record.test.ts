import { describe, expect, it } from 'vitest';
import { attendedPercent, sumTallies, tallyAttendance, type AttendanceMark } from '@/lib/rules/attendance-record';

const meetings = [
  { id: 'jan', day: '2026-01-13', cancelled: false },
  { id: 'feb', day: '2026-02-10', cancelled: false },
  { id: 'mar', day: '2026-03-10', cancelled: true },
  { id: 'apr', day: '2026-04-14', cancelled: false },
  { id: 'may', day: '2026-05-12', cancelled: false },
];
const marks = (entries: [string, AttendanceMark][]) => new Map(entries);

describe('tallyAttendance: a member’s record over a period', () => {
  it('counts each way of attending, leaves cancelled meetings out, and says what is not recorded', () => {
    const t = tallyAttendance(
      { startsOn: null, endsOn: null },
      meetings,
      marks([
        ['jan', 'PRESENT'],
        ['feb', 'VIRTUAL'],
        ['mar', 'APOLOGIES'],
        ['apr', 'SUBSTITUTE_ATTENDED'],
      ]),
    );
    expect(t).toEqual({ expected: 4, inPerson: 1, virtually: 1, substitute: 1, apologies: 0, absent: 0, notRecorded: 1 });
    expect(attendedPercent(t)).toBe(50);
  });

  it('expects a member only at meetings while they held the seat', () => {
    const joinedInFebruary = tallyAttendance(
      { startsOn: '2026-02-01', endsOn: '2026-04-30' },
      meetings,
      marks([
        ['feb', 'APOLOGIES'],
        ['apr', 'ABSENT'],
        ['may', 'PRESENT'],
      ]),
    );
    expect(joinedInFebruary).toEqual({ expected: 2, inPerson: 0, virtually: 0, substitute: 0, apologies: 1, absent: 1, notRecorded: 0 });
    expect(attendedPercent(joinedInFebruary)).toBe(0);
  });

  it('has no percentage when nothing was expected, and adds up an agency', () => {
    const none = tallyAttendance({ startsOn: '2026-06-01', endsOn: null }, meetings, marks([]));
    expect(attendedPercent(none)).toBeNull();
    const a = tallyAttendance({ startsOn: null, endsOn: null }, meetings, marks([['jan', 'PRESENT']]));
    expect(sumTallies([a, none, a])).toMatchObject({ expected: 8, inPerson: 2, notRecorded: 6 });
  });
});

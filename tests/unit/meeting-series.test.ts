import { describe, expect, it } from 'vitest';
import {
  describePattern,
  formatRrule,
  londonInstant,
  meetingTimes,
  parseRrule,
  seriesOccurrences,
  type SeriesPattern,
  type SeriesWindow,
} from '../../lib/rules/meeting-series';
import { scheduleReview } from '../../lib/rules/schedule-review';

const firstTuesday: SeriesPattern = { freq: 'MONTHLY', interval: 1, weekday: 'TU', ordinal: 1 };
const window = (over: Partial<SeriesWindow>): SeriesWindow => ({
  pattern: firstTuesday,
  startsOn: '2026-01-01',
  untilOn: '2026-12-31',
  startTime: '10:00',
  endTime: '12:00',
  region: 'england-and-wales',
  ...over,
});
const days = (w: SeriesWindow) => seriesOccurrences(w).occurrences.map((o) => o.day);
const iso = (d: Date) => d.toISOString();

describe('RRULE text', () => {
  it('writes the patterns boards use', () => {
    expect(formatRrule(firstTuesday)).toBe('FREQ=MONTHLY;BYDAY=1TU');
    expect(formatRrule({ freq: 'MONTHLY', interval: 1, weekday: 'TH', ordinal: -1 })).toBe('FREQ=MONTHLY;BYDAY=-1TH');
    expect(formatRrule({ freq: 'MONTHLY', interval: 3, monthDay: 15 })).toBe('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15');
    expect(formatRrule({ freq: 'WEEKLY', interval: 2, weekday: 'WE' })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE');
  });

  it('reads back what it writes and what the demo seed stored', () => {
    const patterns: SeriesPattern[] = [
      firstTuesday,
      { freq: 'MONTHLY', interval: 1, weekday: 'TU', ordinal: 3 },
      { freq: 'MONTHLY', interval: 2, weekday: 'FR', ordinal: -1 },
      { freq: 'MONTHLY', interval: 1, monthDay: 28 },
      { freq: 'WEEKLY', interval: 4, weekday: 'MO' },
    ];
    for (const p of patterns) expect(parseRrule(formatRrule(p))).toEqual(p);
    expect(parseRrule('FREQ=MONTHLY;BYDAY=3TU')).toEqual({ freq: 'MONTHLY', interval: 1, weekday: 'TU', ordinal: 3 });
    expect(parseRrule('RRULE:freq=weekly;byday=th')).toEqual({ freq: 'WEEKLY', interval: 1, weekday: 'TH' });
  });

  it('refuses what it does not support rather than half-reading it', () => {
    for (const rule of [
      'FREQ=DAILY',
      'FREQ=YEARLY;BYDAY=1TU',
      'FREQ=MONTHLY;BYDAY=5TU',
      'FREQ=MONTHLY;BYDAY=1SA',
      'FREQ=WEEKLY;BYDAY=SU',
      'FREQ=WEEKLY;BYDAY=MO,TU',
      'FREQ=MONTHLY;BYMONTHDAY=31',
      'FREQ=MONTHLY;BYMONTHDAY=0',
      'FREQ=MONTHLY;BYDAY=1TU;COUNT=3',
      'FREQ=MONTHLY;BYDAY=1TU;BYMONTHDAY=3',
      'FREQ=MONTHLY;INTERVAL=0;BYDAY=1TU',
      'FREQ=MONTHLY;FREQ=WEEKLY;BYDAY=TU',
      '',
    ]) {
      expect(() => parseRrule(rule), rule).toThrow(RangeError);
    }
  });

  it('describes a pattern in words', () => {
    expect(describePattern(firstTuesday)).toBe('Monthly on the first Tuesday');
    expect(describePattern({ freq: 'MONTHLY', interval: 1, weekday: 'TH', ordinal: -1 })).toBe('Monthly on the last Thursday');
    expect(describePattern({ freq: 'MONTHLY', interval: 3, monthDay: 22 })).toBe('Every 3 months on the 22nd');
    expect(describePattern({ freq: 'MONTHLY', interval: 1, monthDay: 11 })).toBe('Monthly on the 11th');
    expect(describePattern({ freq: 'WEEKLY', interval: 1, weekday: 'WE' })).toBe('Weekly on Wednesday');
    expect(describePattern({ freq: 'WEEKLY', interval: 2, weekday: 'FR' })).toBe('Every 2 weeks on Friday');
  });
});

describe('London wall-clock times', () => {
  it('keeps 10:00 at 10:00 in London either side of the clock changes', () => {
    // 2026: BST from Sunday 29 March to Sunday 25 October.
    expect(iso(londonInstant('2026-03-27', '10:00'))).toBe('2026-03-27T10:00:00.000Z');
    expect(iso(londonInstant('2026-03-30', '10:00'))).toBe('2026-03-30T09:00:00.000Z');
    expect(iso(londonInstant('2026-10-23', '10:00'))).toBe('2026-10-23T09:00:00.000Z');
    expect(iso(londonInstant('2026-10-26', '10:00'))).toBe('2026-10-26T10:00:00.000Z');
  });

  it('refuses a time the clocks skip and takes the first of a time they repeat', () => {
    expect(() => londonInstant('2026-03-29', '01:30')).toThrow(/does not exist/);
    expect(iso(londonInstant('2026-03-29', '02:00'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(londonInstant('2026-10-25', '01:30'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(londonInstant('2026-10-25', '02:00'))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('refuses badly written times and an end before the start', () => {
    for (const t of ['9:00', '24:00', '10:60', '10.00', '']) expect(() => londonInstant('2026-01-06', t), t).toThrow(RangeError);
    expect(() => meetingTimes('2026-01-06', '12:00', '10:00')).toThrow(/after the start/);
    expect(() => meetingTimes('2026-01-06', '10:00', '10:00')).toThrow(/after the start/);
  });
});

describe('monthly, first Tuesday, 10:00 to 12:00', () => {
  it('gives the first Tuesday of each month of 2026', () => {
    expect(days(window({}))).toEqual([
      '2026-01-06',
      '2026-02-03',
      '2026-03-03',
      '2026-04-07',
      '2026-05-05',
      '2026-06-02',
      '2026-07-07',
      '2026-08-04',
      '2026-09-01',
      '2026-10-06',
      '2026-11-03',
      '2026-12-01',
    ]);
  });

  it('is at 10:00 London time in GMT and BST months alike', () => {
    const byDay = new Map(seriesOccurrences(window({})).occurrences.map((o) => [o.day, [iso(o.startsAt), iso(o.endsAt)]]));
    expect(byDay.get('2026-03-03')).toEqual(['2026-03-03T10:00:00.000Z', '2026-03-03T12:00:00.000Z']); // GMT
    expect(byDay.get('2026-04-07')).toEqual(['2026-04-07T09:00:00.000Z', '2026-04-07T11:00:00.000Z']); // BST, after 29 March
    expect(byDay.get('2026-10-06')).toEqual(['2026-10-06T09:00:00.000Z', '2026-10-06T11:00:00.000Z']); // BST
    expect(byDay.get('2026-11-03')).toEqual(['2026-11-03T10:00:00.000Z', '2026-11-03T12:00:00.000Z']); // GMT, after 25 October
  });

  it('starts with the first pattern day on or after the start, and stops at the end day', () => {
    expect(days(window({ startsOn: '2026-01-07', untilOn: '2026-04-07' }))).toEqual(['2026-02-03', '2026-03-03', '2026-04-07']);
    expect(days(window({ startsOn: '2026-01-06', untilOn: '2026-04-06' }))).toEqual(['2026-01-06', '2026-02-03', '2026-03-03']);
  });

  it('moves a week on when the first Tuesday is New Year’s Day', () => {
    const { occurrences } = seriesOccurrences(window({ startsOn: '2029-12-01', untilOn: '2030-02-28' }));
    expect(occurrences.map((o) => [o.day, o.movedFrom])).toEqual([
      ['2029-12-04', undefined],
      ['2030-01-08', '2030-01-01'],
      ['2030-02-05', undefined],
    ]);
    expect(iso(occurrences[1]!.startsAt)).toBe('2030-01-08T10:00:00.000Z');
  });
});

describe('other patterns', () => {
  it('the last Thursday, and the first Monday moved off the May bank holiday', () => {
    expect(days(window({ pattern: { freq: 'MONTHLY', interval: 1, weekday: 'TH', ordinal: -1 }, untilOn: '2026-04-30' }))).toEqual([
      '2026-01-29',
      '2026-02-26',
      '2026-03-26',
      '2026-04-30',
    ]);
    const may = seriesOccurrences(
      window({ pattern: { freq: 'MONTHLY', interval: 1, weekday: 'MO', ordinal: 1 }, startsOn: '2026-05-01', untilOn: '2026-05-31' }),
    );
    expect(may.occurrences.map((o) => [o.day, o.movedFrom])).toEqual([['2026-05-11', '2026-05-04']]);
    // the last Monday of May is always the spring bank holiday: a week on is June's first Monday
    const spring = seriesOccurrences(
      window({ pattern: { freq: 'MONTHLY', interval: 1, weekday: 'MO', ordinal: -1 }, startsOn: '2026-05-01', untilOn: '2026-05-31' }),
    );
    expect(spring.occurrences.map((o) => [o.day, o.movedFrom])).toEqual([['2026-06-01', '2026-05-25']]);
  });

  it('monthly on day N moves a weekend or bank holiday to the next working day', () => {
    const { occurrences } = seriesOccurrences(
      window({ pattern: { freq: 'MONTHLY', interval: 1, monthDay: 15 }, startsOn: '2026-07-01', untilOn: '2026-09-30' }),
    );
    expect(occurrences.map((o) => [o.day, o.movedFrom])).toEqual([
      ['2026-07-15', undefined],
      ['2026-08-17', '2026-08-15'], // Saturday
      ['2026-09-15', undefined],
    ]);
    // Christmas Day 2026 is a Friday and Boxing Day's substitute is Monday 28 December
    const christmas = seriesOccurrences(window({ pattern: { freq: 'MONTHLY', interval: 1, monthDay: 25 }, startsOn: '2026-12-01', untilOn: '2026-12-31' }));
    expect(christmas.occurrences.map((o) => [o.day, o.movedFrom])).toEqual([['2026-12-29', '2026-12-25']]);
  });

  it('uses the council’s own bank holidays: 2 January is one in Scotland only', () => {
    const pattern: SeriesPattern = { freq: 'MONTHLY', interval: 1, monthDay: 2 };
    expect(days(window({ pattern, untilOn: '2026-01-31' }))).toEqual(['2026-01-02']);
    expect(days(window({ pattern, untilOn: '2026-01-31', region: 'scotland' }))).toEqual(['2026-01-05']);
  });

  it('every three months counts from the start month', () => {
    expect(days(window({ pattern: { freq: 'MONTHLY', interval: 3, monthDay: 10 }, startsOn: '2026-02-01' }))).toEqual([
      '2026-02-10',
      '2026-05-11',
      '2026-08-10',
      '2026-11-10',
    ]);
  });

  it('weekly across the spring clock change, skipping Good Friday', () => {
    const { occurrences, skipped } = seriesOccurrences(
      window({ pattern: { freq: 'WEEKLY', interval: 1, weekday: 'FR' }, startsOn: '2026-03-20', untilOn: '2026-04-10' }),
    );
    expect(occurrences.map((o) => iso(o.startsAt))).toEqual(['2026-03-20T10:00:00.000Z', '2026-03-27T10:00:00.000Z', '2026-04-10T09:00:00.000Z']);
    expect(skipped).toEqual(['2026-04-03']);
  });

  it('every two weeks across the autumn clock change', () => {
    const { occurrences } = seriesOccurrences(
      window({ pattern: { freq: 'WEEKLY', interval: 2, weekday: 'MO' }, startsOn: '2026-10-14', untilOn: '2026-11-10', startTime: '14:00', endTime: '15:30' }),
    );
    expect(occurrences.map((o) => [o.day, iso(o.startsAt), iso(o.endsAt)])).toEqual([
      ['2026-10-19', '2026-10-19T13:00:00.000Z', '2026-10-19T14:30:00.000Z'],
      ['2026-11-02', '2026-11-02T14:00:00.000Z', '2026-11-02T15:30:00.000Z'],
    ]);
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => seriesOccurrences(window({ startsOn: '2026-05-01', untilOn: '2026-04-30' }))).toThrow(RangeError);
  });
});

describe('schedule review', () => {
  const months = 6;
  it('falls due six months after the series started', () => {
    expect(scheduleReview({ seriesStarts: ['2026-01-06'], reviewedOn: null, months, today: '2026-07-05' })).toEqual({
      dueOn: '2026-07-06',
      since: { kind: 'series-start', on: '2026-01-06' },
      due: false,
    });
    expect(scheduleReview({ seriesStarts: ['2026-01-06'], reviewedOn: null, months, today: '2026-07-06' }).due).toBe(true);
  });

  it('counts from the last review when that is later, and from a newer series when that is', () => {
    expect(scheduleReview({ seriesStarts: ['2026-01-06'], reviewedOn: '2026-06-30', months, today: '2026-07-06' })).toMatchObject({
      dueOn: '2026-12-30',
      since: { kind: 'reviewed' },
      due: false,
    });
    expect(scheduleReview({ seriesStarts: ['2025-01-07', '2026-09-01'], reviewedOn: '2026-06-30', months: 3, today: '2026-11-30' })).toMatchObject({
      dueOn: '2026-12-01',
      since: { kind: 'series-start', on: '2026-09-01' },
      due: false,
    });
  });

  it('clamps to the end of a shorter month and has nothing to review without a schedule', () => {
    expect(scheduleReview({ seriesStarts: ['2026-08-31'], reviewedOn: null, months, today: '2027-02-28' })).toMatchObject({ dueOn: '2027-02-28', due: true });
    expect(scheduleReview({ seriesStarts: [], reviewedOn: null, months, today: '2027-02-28' })).toEqual({ dueOn: null, since: null, due: false });
    expect(() => scheduleReview({ seriesStarts: [], reviewedOn: null, months: 0, today: '2027-02-28' })).toThrow(RangeError);
  });
});

describe('chosen months of the year (BYMONTH)', () => {
  const threeTimesAYear: SeriesPattern = { freq: 'MONTHLY', interval: 1, weekday: 'TH', ordinal: 2, byMonth: [3, 7, 11] };

  it('writes, reads back and describes a three-times-a-year pattern', () => {
    expect(formatRrule(threeTimesAYear)).toBe('FREQ=MONTHLY;BYMONTH=3,7,11;BYDAY=2TH');
    expect(parseRrule('FREQ=MONTHLY;BYMONTH=3,7,11;BYDAY=2TH')).toEqual(threeTimesAYear);
    expect(describePattern(threeTimesAYear)).toBe('In March, July and November on the second Thursday');
    expect(describePattern({ freq: 'MONTHLY', interval: 1, monthDay: 15, byMonth: [1, 6] })).toBe('In January and June on the 15th');
  });

  it('gives meetings only in the chosen months, a year at a time', () => {
    const { occurrences } = seriesOccurrences({
      pattern: threeTimesAYear,
      startsOn: '2027-01-01',
      untilOn: '2028-12-31',
      startTime: '14:00',
      endTime: '16:00',
      region: 'england-and-wales',
    });
    expect(occurrences.map((o) => o.day)).toEqual(['2027-03-11', '2027-07-08', '2027-11-11', '2028-03-09', '2028-07-13', '2028-11-09']);
  });

  it('refuses months out of order, out of range, with an interval, or on a weekly pattern', () => {
    expect(() => formatRrule({ ...threeTimesAYear, byMonth: [7, 3] })).toThrow(RangeError);
    expect(() => formatRrule({ ...threeTimesAYear, byMonth: [13] })).toThrow(RangeError);
    expect(() => formatRrule({ ...threeTimesAYear, byMonth: [] })).toThrow(RangeError);
    expect(() => formatRrule({ ...threeTimesAYear, interval: 2 })).toThrow(RangeError);
    expect(() => parseRrule('FREQ=WEEKLY;BYMONTH=3;BYDAY=TU')).toThrow(RangeError);
    expect(() => parseRrule('FREQ=MONTHLY;BYMONTH=3,x;BYDAY=2TU')).toThrow(RangeError);
  });
});

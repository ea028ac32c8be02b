import { describe, it, expect, afterEach } from 'vitest';
import type { Region } from '../../lib/rules/bank-holidays';
import { apologyDeadline, isLate, minutesDistributionDue, nextReviewDate, paperDeadline, publicationDeadline } from '../../lib/rules/deadlines';

const EW: Region = 'england-and-wales';
const SCT: Region = 'scotland';
const NI: Region = 'northern-ireland';
const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

describe('DOMAIN.md worked examples', () => {
  // 10:00 GMT on Tuesday 2 January 2024.
  const januaryMeeting = at('2024-01-02T10:00:00Z');
  // 14:00 BST on Thursday 9 April 2026.
  const aprilMeeting = at('2026-04-09T13:00:00Z');

  it('meeting Tuesday 2 January 2024: papers due by the end of Thursday 21 December 2023', () => {
    expect(iso(paperDeadline(januaryMeeting, 5, EW))).toBe('2023-12-21T23:59:59.999Z');
  });

  it('meeting Tuesday 2 January 2024: apologies by the end of Thursday 28 December 2023', () => {
    expect(iso(apologyDeadline(januaryMeeting, 2, EW))).toBe('2023-12-28T23:59:59.999Z');
  });

  it('meeting Thursday 9 April 2026: papers due by the end of Tuesday 31 March 2026', () => {
    // 31 March 2026 is in BST (clocks went forward on 29 March), so 23:59:59.999 is 22:59:59.999Z.
    expect(iso(paperDeadline(aprilMeeting, 5, EW))).toBe('2026-03-31T22:59:59.999Z');
  });

  it('meeting Thursday 9 April 2026: apologies by the end of Tuesday 7 April 2026', () => {
    expect(iso(apologyDeadline(aprilMeeting, 2, EW))).toBe('2026-04-07T22:59:59.999Z');
  });

  it('the same meetings in Scotland: 2 January and Easter Monday differ', () => {
    // Scotland: 2 Jan 2024 is itself a holiday; 28 Dec is still the 2nd working day before.
    expect(iso(apologyDeadline(januaryMeeting, 2, SCT))).toBe('2023-12-28T23:59:59.999Z');
    // Scotland works Easter Monday 6 April 2026, so papers are due a day later.
    expect(iso(paperDeadline(aprilMeeting, 5, SCT))).toBe('2026-04-01T22:59:59.999Z');
    expect(iso(apologyDeadline(aprilMeeting, 2, SCT))).toBe('2026-04-07T22:59:59.999Z');
  });
});

describe('clock changes', () => {
  it('meeting just after the March change: deadline falls in GMT', () => {
    // Tuesday 1 April 2025 10:00 BST; clocks went forward Sunday 30 March.
    const meeting = at('2025-04-01T09:00:00Z');
    expect(iso(apologyDeadline(meeting, 2, EW))).toBe('2025-03-28T23:59:59.999Z');
    expect(iso(paperDeadline(meeting, 5, EW))).toBe('2025-03-25T23:59:59.999Z');
  });

  it('a deadline on the first BST weekday after the March change', () => {
    // Thursday 3 April 2025: 2nd working day before is Tuesday 1 April (BST).
    expect(iso(apologyDeadline(at('2025-04-03T09:00:00Z'), 2, EW))).toBe('2025-04-01T22:59:59.999Z');
  });

  it('meeting after Easter 2024 and the March change: holidays and the change together', () => {
    // Tuesday 2 April 2024 10:00 BST; Good Friday 29 March, Easter Monday 1 April, BST from 31 March.
    const meeting = at('2024-04-02T09:00:00Z');
    expect(iso(paperDeadline(meeting, 5, EW))).toBe('2024-03-22T23:59:59.999Z');
    expect(iso(apologyDeadline(meeting, 2, EW))).toBe('2024-03-27T23:59:59.999Z');
  });

  it('meeting just after the October change: deadline falls in BST', () => {
    // Tuesday 28 October 2025 10:00 GMT; clocks went back Sunday 26 October.
    const meeting = at('2025-10-28T10:00:00Z');
    expect(iso(apologyDeadline(meeting, 2, EW))).toBe('2025-10-24T22:59:59.999Z');
    expect(iso(paperDeadline(meeting, 5, EW))).toBe('2025-10-21T22:59:59.999Z');
  });

  it('a deadline on the first GMT weekday after the October change', () => {
    // Wednesday 29 October 2025: 2nd working day before is Monday 27 October (GMT).
    expect(iso(apologyDeadline(at('2025-10-29T10:00:00Z'), 2, EW))).toBe('2025-10-27T23:59:59.999Z');
  });
});

describe('regions', () => {
  it("St Andrew's Day pushes a Scottish deadline back a day", () => {
    // Friday 1 December 2023.
    const meeting = at('2023-12-01T10:00:00Z');
    expect(iso(apologyDeadline(meeting, 1, EW))).toBe('2023-11-30T23:59:59.999Z');
    expect(iso(apologyDeadline(meeting, 1, SCT))).toBe('2023-11-29T23:59:59.999Z');
  });

  it('the Twelfth pushes a Northern Ireland deadline back a day', () => {
    // Wednesday 17 July 2024 10:00 BST.
    const meeting = at('2024-07-17T09:00:00Z');
    expect(iso(paperDeadline(meeting, 5, EW))).toBe('2024-07-10T22:59:59.999Z');
    expect(iso(paperDeadline(meeting, 5, NI))).toBe('2024-07-09T22:59:59.999Z');
  });

  it("St Patrick's Day pushes a Northern Ireland deadline back to the Friday", () => {
    // Tuesday 18 March 2025 10:00 GMT.
    const meeting = at('2025-03-18T10:00:00Z');
    expect(iso(apologyDeadline(meeting, 1, EW))).toBe('2025-03-17T23:59:59.999Z');
    expect(iso(apologyDeadline(meeting, 1, NI))).toBe('2025-03-14T23:59:59.999Z');
  });

  it('Christmas 2022 substitute day (27 December) is not a working day', () => {
    // Thursday 29 December 2022: working days before are Wed 28 (1st), then Fri 23 (2nd).
    const meeting = at('2022-12-29T10:00:00Z');
    expect(iso(apologyDeadline(meeting, 2, EW))).toBe('2022-12-23T23:59:59.999Z');
  });
});

describe('a Monday meeting', () => {
  const meeting = at('2024-01-15T10:00:00Z');

  it('papers (5) are due the Monday before', () => {
    expect(iso(paperDeadline(meeting, 5, EW))).toBe('2024-01-08T23:59:59.999Z');
  });

  it('apologies (2) are due the Thursday before', () => {
    expect(iso(apologyDeadline(meeting, 2, EW))).toBe('2024-01-11T23:59:59.999Z');
  });
});

describe('n = 0', () => {
  const meeting = at('2024-01-15T10:00:00Z');

  it('the deadline is the meeting start, not the end of the meeting day', () => {
    expect(iso(paperDeadline(meeting, 0, EW))).toBe('2024-01-15T10:00:00.000Z');
    expect(iso(apologyDeadline(meeting, 0, EW))).toBe('2024-01-15T10:00:00.000Z');
    expect(iso(publicationDeadline(meeting, 0))).toBe('2024-01-15T10:00:00.000Z');
  });

  it('a paper tabled at the start is on time, one after it is late', () => {
    const deadline = paperDeadline(meeting, 0, EW);
    expect(isLate(at('2024-01-15T10:00:00Z'), deadline)).toBe(false);
    expect(isLate(at('2024-01-15T10:00:00.001Z'), deadline)).toBe(true);
  });

  it('returns a copy, so a caller mutating the deadline cannot move the meeting', () => {
    const deadline = paperDeadline(meeting, 0, EW);
    expect(deadline).not.toBe(meeting);
  });

  it('minutes with 0 days are due by the end of the meeting day', () => {
    expect(iso(minutesDistributionDue(meeting, 0))).toBe('2024-01-15T23:59:59.999Z');
  });
});

describe('a meeting stored late in the evening UTC that is already the next day in London', () => {
  // 23:30Z on Monday 1 July 2024 is 00:30 BST on Tuesday 2 July.
  const meeting = at('2024-07-01T23:30:00Z');

  it('counts apologies from Tuesday 2 July, not Monday 1 July', () => {
    expect(iso(apologyDeadline(meeting, 2, EW))).toBe('2024-06-28T22:59:59.999Z');
  });

  it('counts papers from Tuesday 2 July', () => {
    expect(iso(paperDeadline(meeting, 5, EW))).toBe('2024-06-25T22:59:59.999Z');
  });

  it('minutes are due a week after Tuesday 2 July', () => {
    expect(iso(minutesDistributionDue(meeting, 7))).toBe('2024-07-09T22:59:59.999Z');
  });

  it('publication is due a week before Tuesday 2 July', () => {
    expect(iso(publicationDeadline(meeting, 7))).toBe('2024-06-25T22:59:59.999Z');
  });

  it('with zero notice the deadline is still the meeting start', () => {
    expect(iso(apologyDeadline(meeting, 0, EW))).toBe('2024-07-01T23:30:00.000Z');
  });

  it('in winter, 23:30Z is still the same day in London', () => {
    // Monday 15 January 2024 23:30 GMT: 2 working days before Monday is Thursday.
    expect(iso(apologyDeadline(at('2024-01-15T23:30:00Z'), 2, EW))).toBe('2024-01-11T23:59:59.999Z');
  });
});

describe('minutesDistributionDue', () => {
  it('one week after the meeting, end of day', () => {
    expect(iso(minutesDistributionDue(at('2024-01-02T10:00:00Z'), 7))).toBe('2024-01-09T23:59:59.999Z');
  });

  it('counts calendar days through bank holidays', () => {
    // Thursday 28 March 2024 + 7 = Thursday 4 April, despite Good Friday and Easter Monday.
    expect(iso(minutesDistributionDue(at('2024-03-28T10:00:00Z'), 7))).toBe('2024-04-04T22:59:59.999Z');
  });

  it('across the March change ends in BST', () => {
    expect(iso(minutesDistributionDue(at('2024-03-26T10:00:00Z'), 7))).toBe('2024-04-02T22:59:59.999Z');
  });

  it('across the October change ends in GMT', () => {
    expect(iso(minutesDistributionDue(at('2024-10-22T09:00:00Z'), 7))).toBe('2024-10-29T23:59:59.999Z');
  });

  it('refuses negative days', () => {
    expect(() => minutesDistributionDue(at('2024-01-02T10:00:00Z'), -1)).toThrow(RangeError);
  });
});

describe('publicationDeadline', () => {
  it('a week before Thursday 9 April 2026 is the end of Thursday 2 April (BST)', () => {
    expect(iso(publicationDeadline(at('2026-04-09T13:00:00Z'), 7))).toBe('2026-04-02T22:59:59.999Z');
  });

  it('a week before Thursday 2 April 2026 is the end of Thursday 26 March (GMT)', () => {
    expect(iso(publicationDeadline(at('2026-04-02T09:00:00Z'), 7))).toBe('2026-03-26T23:59:59.999Z');
  });

  it('counts calendar days, not working days', () => {
    // Tuesday 2 January 2024 - 7 = Tuesday 26 December 2023, a bank holiday; still that day.
    expect(iso(publicationDeadline(at('2024-01-02T10:00:00Z'), 7))).toBe('2023-12-26T23:59:59.999Z');
  });
});

describe('nextReviewDate', () => {
  it('six months after approval', () => {
    expect(nextReviewDate(at('2024-03-15T10:00:00Z'), 6)).toBe('2024-09-15');
    expect(nextReviewDate(at('2024-11-15T10:00:00Z'), 6)).toBe('2025-05-15');
  });

  it('clamps to the end of February', () => {
    expect(nextReviewDate(at('2023-08-31T10:00:00Z'), 6)).toBe('2024-02-29');
    expect(nextReviewDate(at('2024-08-31T10:00:00Z'), 6)).toBe('2025-02-28');
    expect(nextReviewDate(at('2024-02-29T10:00:00Z'), 12)).toBe('2025-02-28');
  });

  it('counts from the London day of approval', () => {
    // 23:30Z on 31 March 2024 is 00:30 BST on 1 April.
    expect(nextReviewDate(at('2024-03-31T23:30:00Z'), 6)).toBe('2024-10-01');
  });

  it('refuses a zero, negative or fractional interval', () => {
    expect(() => nextReviewDate(at('2024-03-15T10:00:00Z'), 0)).toThrow(RangeError);
    expect(() => nextReviewDate(at('2024-03-15T10:00:00Z'), -6)).toThrow(RangeError);
    expect(() => nextReviewDate(at('2024-03-15T10:00:00Z'), 1.5)).toThrow(RangeError);
  });
});

describe('isLate', () => {
  const deadline = paperDeadline(at('2026-04-09T13:00:00Z'), 5, EW); // end of 31 March 2026 BST

  it('exactly at the deadline is on time', () => {
    expect(isLate(at('2026-03-31T22:59:59.999Z'), deadline)).toBe(false);
  });

  it('one millisecond after is late', () => {
    expect(isLate(at('2026-03-31T23:00:00.000Z'), deadline)).toBe(true);
  });

  it('23:30 London on the deadline day is on time', () => {
    expect(isLate(at('2026-03-31T22:30:00Z'), deadline)).toBe(false);
  });

  it('00:30 London the next day is late although the UTC date is still 31 March', () => {
    expect(isLate(at('2026-03-31T23:30:00Z'), deadline)).toBe(true);
  });

  it('refuses an invalid date rather than calling it on time', () => {
    expect(() => isLate(new Date('garbage'), deadline)).toThrow(RangeError);
    expect(() => isLate(deadline, new Date('garbage'))).toThrow(RangeError);
  });
});

describe('input checking', () => {
  it('refuses invalid meeting instants and notice periods', () => {
    const meeting = at('2024-01-15T10:00:00Z');
    expect(() => paperDeadline(new Date('x'), 5, EW)).toThrow(RangeError);
    expect(() => paperDeadline(meeting, -1, EW)).toThrow(RangeError);
    expect(() => apologyDeadline(meeting, 2.5, EW)).toThrow(RangeError);
    expect(() => publicationDeadline(meeting, -7)).toThrow(RangeError);
  });
});

describe('process time zone does not matter', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'UTC'])('worked examples hold with TZ=%s', (zone) => {
    process.env.TZ = zone;
    expect(iso(paperDeadline(at('2024-01-02T10:00:00Z'), 5, EW))).toBe('2023-12-21T23:59:59.999Z');
    expect(iso(apologyDeadline(at('2026-04-09T13:00:00Z'), 2, EW))).toBe('2026-04-07T22:59:59.999Z');
    expect(iso(apologyDeadline(at('2024-07-01T23:30:00Z'), 2, EW))).toBe('2024-06-28T22:59:59.999Z');
    expect(nextReviewDate(at('2024-03-31T23:30:00Z'), 6)).toBe('2024-10-01');
  });
});

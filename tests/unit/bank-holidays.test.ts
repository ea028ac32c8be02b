import { describe, it, expect, afterEach } from 'vitest';
import { bankHolidayOn, bankHolidaysBetween, isBankHoliday, isRegion, REGIONS, type Region } from '../../lib/rules/bank-holidays';

const EW: Region = 'england-and-wales';
const SCT: Region = 'scotland';
const NI: Region = 'northern-ireland';

const datesBetween = (from: string, to: string, region: Region) => bankHolidaysBetween(from, to, region).map((holiday) => holiday.date);

describe('bank holiday lists match gov.uk', () => {
  it('England and Wales 2023 (New Year substitute, coronation)', () => {
    expect(datesBetween('2023-01-01', '2023-12-31', EW)).toEqual([
      '2023-01-02',
      '2023-04-07',
      '2023-04-10',
      '2023-05-01',
      '2023-05-08',
      '2023-05-29',
      '2023-08-28',
      '2023-12-25',
      '2023-12-26',
    ]);
  });

  it('England and Wales 2024', () => {
    expect(datesBetween('2024-01-01', '2024-12-31', EW)).toEqual([
      '2024-01-01',
      '2024-03-29',
      '2024-04-01',
      '2024-05-06',
      '2024-05-27',
      '2024-08-26',
      '2024-12-25',
      '2024-12-26',
    ]);
  });

  it('England and Wales 2026 (Boxing Day on Saturday moves to Monday 28 December)', () => {
    expect(datesBetween('2026-01-01', '2026-12-31', EW)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
  });

  it('Scotland 2024: 2 January, no Easter Monday, early August, St Andrew substitute', () => {
    expect(datesBetween('2024-01-01', '2024-12-31', SCT)).toEqual([
      '2024-01-01',
      '2024-01-02',
      '2024-03-29',
      '2024-05-06',
      '2024-05-27',
      '2024-08-05',
      '2024-12-02',
      '2024-12-25',
      '2024-12-26',
    ]);
  });

  it('Northern Ireland 2024: St Patrick substitute and the Twelfth', () => {
    expect(datesBetween('2024-01-01', '2024-12-31', NI)).toEqual([
      '2024-01-01',
      '2024-03-18',
      '2024-03-29',
      '2024-04-01',
      '2024-05-06',
      '2024-05-27',
      '2024-07-12',
      '2024-08-26',
      '2024-12-25',
      '2024-12-26',
    ]);
  });

  it('one-off holidays: 2020 VE day move, 2022 jubilee and state funeral', () => {
    expect(isBankHoliday('2020-05-08', EW)).toBe(true);
    expect(isBankHoliday('2020-05-04', EW)).toBe(false);
    expect(isBankHoliday('2022-06-02', EW)).toBe(true);
    expect(isBankHoliday('2022-06-03', EW)).toBe(true);
    expect(isBankHoliday('2022-09-19', EW)).toBe(true);
    expect(isBankHoliday('2022-05-30', EW)).toBe(false);
  });
});

describe('substitute days', () => {
  it('Christmas 2022 fell on Sunday: 26 and 27 December are the bank holidays, 25th is not', () => {
    expect(isBankHoliday('2022-12-25', EW)).toBe(false);
    expect(isBankHoliday('2022-12-26', EW)).toBe(true);
    expect(isBankHoliday('2022-12-27', EW)).toBe(true);
    expect(isBankHoliday('2022-12-28', EW)).toBe(false);
    expect(bankHolidayOn('2022-12-27', EW)).toEqual({
      date: '2022-12-27',
      name: 'Christmas Day (substitute day)',
      substitute: true,
    });
    expect(bankHolidayOn('2022-12-26', EW)?.substitute).toBe(false);
  });

  it('Christmas 2021 on Saturday and Boxing Day on Sunday: 27 and 28 December', () => {
    expect(datesBetween('2021-12-20', '2021-12-31', EW)).toEqual(['2021-12-27', '2021-12-28']);
    expect(bankHolidayOn('2021-12-28', EW)?.substitute).toBe(true);
    expect(bankHolidayOn('2021-12-27', EW)?.substitute).toBe(true);
  });

  it('New Year 2022 on Saturday: Monday 3 January (and 4 January in Scotland)', () => {
    expect(datesBetween('2022-01-01', '2022-01-07', EW)).toEqual(['2022-01-03']);
    expect(datesBetween('2022-01-01', '2022-01-07', SCT)).toEqual(['2022-01-03', '2022-01-04']);
  });

  it('Twelfth of July 2025 on Saturday: Monday 14 July in Northern Ireland only', () => {
    expect(isBankHoliday('2025-07-14', NI)).toBe(true);
    expect(isBankHoliday('2025-07-12', NI)).toBe(false);
    expect(isBankHoliday('2025-07-14', EW)).toBe(false);
  });
});

describe('regions differ', () => {
  it('2 January is a bank holiday in Scotland only', () => {
    expect(isBankHoliday('2024-01-02', SCT)).toBe(true);
    expect(isBankHoliday('2024-01-02', EW)).toBe(false);
    expect(isBankHoliday('2024-01-02', NI)).toBe(false);
  });

  it("St Andrew's Day (30 November) is a bank holiday in Scotland only", () => {
    expect(isBankHoliday('2023-11-30', SCT)).toBe(true);
    expect(isBankHoliday('2023-11-30', EW)).toBe(false);
    expect(isBankHoliday('2023-11-30', NI)).toBe(false);
  });

  it('Easter Monday is not a bank holiday in Scotland', () => {
    expect(isBankHoliday('2024-04-01', EW)).toBe(true);
    expect(isBankHoliday('2024-04-01', NI)).toBe(true);
    expect(isBankHoliday('2024-04-01', SCT)).toBe(false);
  });

  it('summer bank holiday is the first Monday of August in Scotland, the last elsewhere', () => {
    expect(isBankHoliday('2024-08-05', SCT)).toBe(true);
    expect(isBankHoliday('2024-08-05', EW)).toBe(false);
    expect(isBankHoliday('2024-08-26', SCT)).toBe(false);
    expect(isBankHoliday('2024-08-26', EW)).toBe(true);
  });

  it("St Patrick's Day (17 March) and 12 July are Northern Ireland only", () => {
    expect(isBankHoliday('2025-03-17', NI)).toBe(true);
    expect(isBankHoliday('2025-03-17', EW)).toBe(false);
    expect(isBankHoliday('2025-03-17', SCT)).toBe(false);
    expect(isBankHoliday('2024-07-12', NI)).toBe(true);
    expect(isBankHoliday('2024-07-12', EW)).toBe(false);
    expect(isBankHoliday('2024-07-12', SCT)).toBe(false);
  });

  it('an ordinary weekday is a bank holiday nowhere', () => {
    for (const region of REGIONS) expect(isBankHoliday('2024-02-14', region)).toBe(false);
  });
});

describe('bankHolidaysBetween', () => {
  it('includes both ends', () => {
    expect(datesBetween('2023-12-25', '2023-12-26', EW)).toEqual(['2023-12-25', '2023-12-26']);
    expect(datesBetween('2023-12-26', '2023-12-26', EW)).toEqual(['2023-12-26']);
  });

  it('spans a year end in date order', () => {
    expect(datesBetween('2023-12-20', '2024-01-05', EW)).toEqual(['2023-12-25', '2023-12-26', '2024-01-01']);
  });

  it('leaves out observances such as Easter Sunday and Mother’s Day', () => {
    const names = bankHolidaysBetween('2024-03-01', '2024-04-30', EW).map((holiday) => holiday.name);
    expect(names).toEqual(['Good Friday', 'Easter Monday']);
  });

  it('returns nothing for a range without holidays', () => {
    expect(bankHolidaysBetween('2024-02-01', '2024-02-29', EW)).toEqual([]);
  });

  it('refuses a reversed range', () => {
    expect(() => bankHolidaysBetween('2024-01-02', '2024-01-01', EW)).toThrow(RangeError);
  });
});

describe('input checking', () => {
  it('rejects impossible or badly written days', () => {
    expect(() => isBankHoliday('2023-02-29', EW)).toThrow(RangeError);
    expect(() => isBankHoliday('2023-1-1', EW)).toThrow(RangeError);
    expect(() => isBankHoliday('2023-01-01T00:00:00Z', EW)).toThrow(RangeError);
    expect(() => isBankHoliday('', EW)).toThrow(RangeError);
  });

  it('accepts 29 February in a leap year', () => {
    expect(isBankHoliday('2024-02-29', EW)).toBe(false);
  });

  it('recognises region names', () => {
    expect(isRegion('scotland')).toBe(true);
    expect(isRegion('wales')).toBe(false);
    expect(isRegion(undefined)).toBe(false);
  });
});

describe('process time zone does not matter', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('gives London days when the server runs west of London', () => {
    process.env.TZ = 'America/Los_Angeles';
    // A year no other test has loaded, so the cache is filled under this zone.
    expect(datesBetween('2031-12-20', '2031-12-31', EW)).toEqual(['2031-12-25', '2031-12-26']);
    expect(isBankHoliday('2031-12-24', EW)).toBe(false);
  });

  it('gives London days when the server runs far east of London', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(datesBetween('2032-08-01', '2032-08-31', EW)).toEqual(['2032-08-30']);
    expect(datesBetween('2032-08-01', '2032-08-31', SCT)).toEqual(['2032-08-02']);
  });
});

import { describe, expect, it } from 'vitest';
import { readNumber } from '../../lib/plans/measures/schema';
import { describeValueProblem, validateValues } from '../../lib/plans/measures/values-import';

const measures = [
  { id: 'm1', title: 'Re-referrals within 12 months (%)' },
  { id: 'm2', title: 'Children seen within timescale (%)' },
];
const headers = ['Measure', 'Period', 'Period end', 'Value', 'Note'];

describe('a measure’s number as typed', () => {
  it('reads plain, percentage and thousands-separated numbers to two places', () => {
    expect(readNumber('22.1')).toBe(22.1);
    expect(readNumber(' 88% ')).toBe(88);
    expect(readNumber('1,234.567')).toBe(1234.57);
    expect(readNumber('-3')).toBe(-3);
    expect(readNumber('.5')).toBe(0.5);
  });
  it('refuses words, blanks and numbers too large to keep', () => {
    expect(readNumber('lots')).toBeNull();
    expect(readNumber('')).toBeNull();
    expect(readNumber('1e5')).toBeNull();
    expect(readNumber('99999999999')).toBeNull();
  });
});

describe('a file of measure values', () => {
  it('matches measures by title whatever the case, and reads dates and values', () => {
    const preview = validateValues(
      { headers, rows: [['re-referrals within 12 MONTHS (%)', 'October 2026', '31/10/2026', '21.5%', 'Provisional']] },
      { measures, existing: [] },
    );
    expect(preview.problems).toEqual([]);
    expect(preview.rows[0]!.value).toEqual({
      measureId: 'm1',
      measure: 'Re-referrals within 12 months (%)',
      periodLabel: 'October 2026',
      periodEnd: '2026-10-31',
      value: 21.5,
      note: 'Provisional',
    });
  });

  it('names each bad cell by row and column, including a second value for one period', () => {
    const preview = validateValues(
      {
        headers,
        rows: [
          ['Children seen within timescale (%)', 'October 2026', '2026-10-31', '88', ''],
          ['Children seen within timescale (%)', 'October 2026 (revised)', '31/10/2026', '89', ''],
          ['Caseloads', '', '30/02/2026', 'n/a', ''],
          ['Re-referrals within 12 months (%)', 'September 2026', '30/09/2026', '22', ''],
        ],
      },
      { measures, existing: ['m1|2026-09-30'] },
    );
    expect(preview.problems.map(describeValueProblem)).toEqual([
      'Row 3, column "Period end": Row 2 already gives Children seen within timescale (%) a value for the period ending 2026-10-31',
      'Row 4, column "Measure": The plan has no measure called "Caseloads": add it on the measures page first, or correct the title',
      'Row 4, column "Period": Enter the period, for example October 2026',
      'Row 4, column "Period end": "30/02/2026" is not a date: enter it as day/month/year, for example 31/10/2026, or as 2026-10-31',
      'Row 4, column "Value": "n/a" is not a number: enter it like 88.5',
      'Row 5, column "Period end": Re-referrals within 12 months (%) already has a value for the period ending 2026-09-30',
    ]);
  });

  it('says which required headings are missing', () => {
    expect(validateValues({ headers: ['measure', 'Value'], rows: [['x', '1']] }, { measures, existing: [] }).missingColumns).toEqual(['Period', 'Period end']);
  });
});

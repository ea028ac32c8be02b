import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../lib/action-log/csv';

describe('neutralise', () => {
  it.each(['=1+1', '+44 20 7946 0000', '-5', '@SUM(A1)', '\t=cmd', '\r=cmd'])('prefixes %j with an apostrophe', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it.each(['', 'Report to Cabinet', '2026-03-20', "'already quoted", ' =leading space', 'A-1'])('leaves %j alone', (cell) => {
    expect(neutralise(cell)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('quotes every cell, doubles quotes, keeps commas and line breaks inside cells, and starts with a byte order mark', () => {
    const csv = toCsv(
      ['Reference', 'Action'],
      [
        ['IB-2026-001', 'Say "yes", then\nact'],
        ['IB-2026-002', '=HYPERLINK("http://x")'],
      ],
    );
    expect(csv.startsWith('\uFEFF"Reference","Action"\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv, { bom: true })).toEqual([
      ['Reference', 'Action'],
      ['IB-2026-001', 'Say "yes", then\nact'],
      ['IB-2026-002', `'=HYPERLINK("http://x")`],
    ]);
  });

  it('writes a header alone for no rows', () => {
    expect(parse(toCsv(['A', 'B'], []), { bom: true })).toEqual([['A', 'B']]);
  });
});

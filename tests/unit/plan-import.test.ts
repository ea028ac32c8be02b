import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName, suggestMapping } from '../../lib/plans/import/fields';
import { readSheet, SheetError } from '../../lib/imports/sheet';
import { checkMapping, describeProblem, splitList, validateImport } from '../../lib/plans/import/validate';

const csv = (text: string) => new TextEncoder().encode(text);
const knowledge = { existingReferences: ['PM1.1'], findingReferences: ['PA1', 'AFI2'] };

describe('reading a plan spreadsheet', () => {
  it('reads a CSV with a byte-order mark, quoted commas and new lines, dropping blank lines', async () => {
    const sheet = await readSheet(csv('\uFEFFRef,Theme,Action\r\nA1,Scrutiny,"Train members, quarterly"\r\n\r\nA2,Scrutiny,"Two\nlines"\r\n'));
    expect(sheet.headers).toEqual(['Ref', 'Theme', 'Action']);
    expect(sheet.rows).toEqual([
      ['A1', 'Scrutiny', 'Train members, quarterly'],
      ['A2', 'Scrutiny', 'Two\nlines'],
    ]);
  });

  it('reads the first worksheet of an XLSX, with date cells as ISO days', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Reference', 'Due date', 'Count']);
    ws.addRow(['Q1', new Date(Date.UTC(2027, 2, 31)), 3]);
    const sheet = await readSheet(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(sheet).toEqual({ headers: ['Reference', 'Due date', 'Count'], rows: [['Q1', '2027-03-31', '3']] });
  });

  it('refuses an empty file, a header with no rows and a file that is neither CSV nor XLSX', async () => {
    await expect(readSheet(new Uint8Array())).rejects.toThrow(SheetError);
    await expect(readSheet(csv('Ref,Theme\n'))).rejects.toThrow(/no rows/);
    await expect(readSheet(new Uint8Array([0xff, 0xfe, 0x00, 0x41]))).rejects.toThrow(/neither/);
    await expect(readSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(/Excel/);
  });
});

describe('mapping columns', () => {
  it('guesses from labels and common names, and names a column without a header by its letter', () => {
    const m = suggestMapping(['Ref', 'Priority', 'Description', 'Owner', 'Deadline', 'Notes']);
    expect(m).toMatchObject({ reference: 0, theme: 1, action: 2, leadOfficer: 3, dueOn: 4, status: null });
    expect(columnName(['A', ''], 1)).toBe('column B');
    expect(columnName([], 27)).toBe('column AB');
  });

  it('asks for every required field and refuses one column for two fields', () => {
    const m = { ...suggestMapping(['Ref', 'Theme', 'Action', 'Lead', 'Due']), status: 0 };
    expect(checkMapping(['Ref', 'Theme', 'Action', 'Lead', 'Due'], m)).toEqual({
      'map-status': ['The column "Ref" is already chosen for the reference: choose a different column'],
    });
    expect(Object.keys(checkMapping(['Ref'], suggestMapping(['Ref'])))).toEqual(['map-theme', 'map-action', 'map-leadOfficer', 'map-dueOn']);
  });
});

describe('checking rows', () => {
  const headers = ['Ref', 'Theme', 'Action', 'Lead', 'Due', 'Status', 'Findings', 'Partners', 'Delivery', 'Scrutiny', 'Second scrutiny'];
  const mapping = suggestMapping(headers);
  const row = (over: Partial<Record<string, string>> = {}) => {
    const base: Record<string, string> = {
      Ref: 'QA9.1',
      Theme: 'Quality Assurance',
      Action: 'Audit supervision',
      Lead: 'Principal Social Worker',
      Due: '31/03/2027',
      Status: 'In progress',
      Findings: 'PA1; afi2',
      Partners: 'Police; Health',
      Delivery: 'Executive Group',
      Scrutiny: 'Improvement Board',
      'Second scrutiny': 'Scrutiny Committee',
    };
    return headers.map((h) => over[h] ?? base[h]!);
  };

  it('reads a good row: UK and ISO dates, status words, lists and findings matched whatever their case', () => {
    const preview = validateImport(
      { headers, rows: [row(), row({ Ref: 'QA9.2', Due: '2027-04-01', Status: '', Findings: '', Partners: '' })] },
      mapping,
      knowledge,
    );
    expect(preview.problems).toEqual([]);
    expect(preview.rows[0]!.action).toEqual({
      reference: 'QA9.1',
      theme: 'Quality Assurance',
      action: 'Audit supervision',
      leadOfficer: 'Principal Social Worker',
      dueOn: '2027-03-31',
      status: 'IN_PROGRESS',
      findings: ['PA1', 'AFI2'],
      agencies: ['Police', 'Health'],
      deliveryBody: 'Executive Group',
      scrutinyBody: 'Improvement Board',
      secondScrutinyBody: 'Scrutiny Committee',
    });
    expect(preview.rows[1]!.action).toMatchObject({ dueOn: '2027-04-01', status: 'NOT_STARTED', findings: [], agencies: [] });
  });

  it('names each bad cell by its spreadsheet row (the header is row 1) and its column', () => {
    const preview = validateImport(
      {
        headers,
        rows: [
          row(),
          row({ Ref: 'qa9.1', Due: '31/02/2027' }),
          row({ Ref: 'PM1.1', Status: 'Signed off', Findings: 'AFI9', 'Second scrutiny': 'improvement board' }),
        ],
      },
      mapping,
      knowledge,
    );
    expect(preview.rows[0]!.problems).toEqual([]);
    expect(preview.problems.map(describeProblem)).toEqual([
      'Row 3, column "Ref": The reference qa9.1 is also used in row 2: each action needs its own reference',
      'Row 3, column "Due": "31/02/2027" is not a date: enter it as day/month/year, for example 31/03/2027, or as 2027-03-31',
      'Row 4, column "Ref": The plan already has an action PM1.1: give this one another reference, or leave it out of the file',
      'Row 4, column "Status": "Signed off" cannot be imported: an action is signed off at a board meeting, not by import. Import it as Awaiting sign-off',
      'Row 4, column "Findings": The inspection has no finding AFI9: use one of PA1, AFI2',
      'Row 4, column "Second scrutiny": The second scrutiny body scrutinises the first, so it must be a different body',
    ]);
    expect(preview.rows[2]!.action).toBeNull();
  });

  it('asks for each required cell', () => {
    const preview = validateImport({ headers, rows: [row({ Ref: '', Theme: '', Action: '', Lead: '', Due: '' })] }, mapping, knowledge);
    expect(preview.problems.map((p) => p.column)).toEqual(['Ref', 'Theme', 'Action', 'Lead', 'Due']);
  });

  it('splits lists on semicolons or new lines, else commas, without repeats', () => {
    expect(splitList('Police; NHS Trust, North; police')).toEqual(['Police', 'NHS Trust, North']);
    expect(splitList('Police, Health')).toEqual(['Police', 'Health']);
    expect(splitList('')).toEqual([]);
  });
});

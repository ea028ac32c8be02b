import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A spreadsheet read into text: the header row and the data rows below it. */
export type Sheet = { headers: string[]; rows: string[][] };

export const MAX_IMPORT_BYTES = 512 * 1024;
export const MAX_IMPORT_ROWS = 500;
export const MAX_IMPORT_COLUMNS = 40;
export const MAX_CELL_CHARS = 4000;
/** all the text of a sheet, which travels between the steps in the form */
export const MAX_SHEET_CHARS = 300_000;

export class SheetError extends Error {}

const isZip = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A day as the ISO text the validation reads; Excel stores dates as UTC midnight. */
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

function finish(grid: string[][]): Sheet {
  const trimmed = grid.map((row) => row.map((c) => c.replace(/\r\n?/g, '\n').trim()));
  // blank lines at the end (and anywhere) are not rows anyone meant
  const [headerRow, ...rest] = trimmed.filter((row, i) => i === 0 || row.some((c) => c !== ''));
  if (!headerRow || headerRow.every((c) => c === '')) throw new SheetError('The file is empty: the first row should hold the column headings');
  const width = Math.max(headerRow.length, ...rest.map((r) => r.length));
  if (width > MAX_IMPORT_COLUMNS) throw new SheetError(`The file has ${width} columns: an import reads at most ${MAX_IMPORT_COLUMNS}`);
  if (rest.length === 0) throw new SheetError('The file has headings but no rows of actions below them');
  if (rest.length > MAX_IMPORT_ROWS) throw new SheetError(`The file has ${rest.length} rows: import at most ${MAX_IMPORT_ROWS} at once`);
  if (trimmed.some((row) => row.some((c) => c.length > MAX_CELL_CHARS)))
    throw new SheetError(`A cell holds more than ${MAX_CELL_CHARS} characters: shorten it and try again`);
  if (trimmed.reduce((n, row) => n + row.reduce((m, c) => m + c.length, 0), 0) > MAX_SHEET_CHARS)
    throw new SheetError(`The file holds more than ${MAX_SHEET_CHARS.toLocaleString('en-GB')} characters of text: import it in parts`);
  const pad = (row: string[]) => Array.from({ length: width }, (_, i) => row[i] ?? '');
  return { headers: pad(headerRow), rows: rest.map(pad) };
}

/**
 * The first worksheet of an XLSX file, or a CSV file, as text. The kind is told by the
 * bytes (an XLSX is a zip), not the name. Date cells become ISO days; formulas give
 * their last calculated result. A workbook with a worksheet of the preferred name is read
 * from that worksheet instead (the plan export's "Measure values").
 */
export async function readSheet(bytes: Uint8Array, { preferSheet }: { preferSheet?: string } = {}): Promise<Sheet> {
  if (bytes.length === 0) throw new SheetError('The file is empty');
  if (bytes.length > MAX_IMPORT_BYTES) throw new SheetError(`The file must be smaller than ${MAX_IMPORT_BYTES / 1024} KB`);
  if (isZip(bytes)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    } catch {
      throw new SheetError('The file could not be read as an Excel workbook (XLSX): save it again from Excel and retry');
    }
    const preferred = preferSheet ? workbook.worksheets.find((w) => w.name.toLowerCase() === preferSheet.toLowerCase()) : undefined;
    const sheet = preferred ?? workbook.worksheets[0];
    if (!sheet) throw new SheetError('The workbook has no worksheets');
    const grid: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      grid[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    });
    return finish(Array.from(grid, (r) => r ?? []));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SheetError('The file is neither an Excel workbook (XLSX) nor a CSV file saved as UTF-8 text');
  }
  if (text.includes('\u0000')) throw new SheetError('The file is neither an Excel workbook (XLSX) nor a CSV file');
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new SheetError(
      `The CSV file could not be read${error instanceof Error && /line \d+/i.test(error.message) ? ` (${/line \d+/i.exec(error.message)![0]})` : ''}: check its quotes and commas`,
    );
  }
  return finish(records);
}

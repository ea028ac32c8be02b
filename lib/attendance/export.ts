import 'server-only';
import ExcelJS from 'exceljs';
import { defineRoute } from '../access/route';
import { toCsv } from '../action-log/csv';
import { label } from '../labels';
import { attendancePeriod, getAttendanceRecord, type AttendanceRecord } from './record';

const HEADER = [
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
];
type Tally = AttendanceRecord['total']['tally'];
const counts = (t: Tally) => [t.expected, t.inPerson, t.virtually, t.substitute, t.apologies, t.absent, t.notRecorded];

/** The record as CSV rows (a header first), for the download. */
export function attendanceCsvRows(record: AttendanceRecord): string[][] {
  return [
    HEADER,
    ...record.rows.map((r) => [
      r.name,
      r.role,
      r.position,
      r.agency,
      r.heldFrom ?? '',
      r.heldTo ?? '',
      ...counts(r.tally).map(String),
      r.percent === null ? '' : String(r.percent),
    ]),
  ];
}

/**
 * The record as a workbook: each seat with numbers as numbers and days as dates (so the
 * sheet sorts and sums them), then the totals per agency and for the board.
 */
export async function attendanceXlsx(record: AttendanceRecord, title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tabled';
  book.title = title;
  const sheet = book.addWorksheet('Attendance', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADER.map((header, i) => ({ header, key: header, width: i < 4 ? 28 : 12 }));
  sheet.getRow(1).font = { bold: true };
  const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
  for (const r of record.rows)
    sheet.addRow([r.name, label('seatRole', r.role), r.position, r.agency, day(r.heldFrom), day(r.heldTo), ...counts(r.tally), r.percent]);
  for (const col of [5, 6]) sheet.getColumn(col).numFmt = 'dd/mm/yyyy';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADER.length } };

  const totals = book.addWorksheet('Totals', { views: [{ state: 'frozen', ySplit: 1 }] });
  totals.columns = ['Agency', ...HEADER.slice(6)].map((header, i) => ({ header, key: header, width: i === 0 ? 32 : 12 }));
  totals.getRow(1).font = { bold: true };
  for (const a of record.agencies) totals.addRow([a.agency, ...counts(a.tally), a.percent]);
  const board = totals.addRow(['The board', ...counts(record.total.tally), record.total.percent]);
  board.font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

const formats = {
  csv: { contentType: 'text/csv; charset=utf-8', body: async (record: AttendanceRecord) => toCsv(HEADER, attendanceCsvRows(record).slice(1)) },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: async (record: AttendanceRecord, title: string) => new Uint8Array(await attendanceXlsx(record, title)),
  },
} as const;

/** The attendance record download in one format, for the period in the query string (the page's own). */
export const attendanceExportRoute = (format: keyof typeof formats) =>
  defineRoute<{ council: string; board: string }>(`attendance.record.${format}`, {
    scope: 'board',
    resource: 'attendance',
    operation: 'read',
    answer: 'text',
    async run(ctx, request) {
      const query = Object.fromEntries(new URL(request.url).searchParams);
      const record = await getAttendanceRecord.read(ctx, attendancePeriod(query, ctx.now), ctx.now);
      const fileName = `${ctx.board.slug}-attendance-${record.period.from}-to-${record.period.to}.${format}`;
      const body = await formats[format].body(record, `${ctx.board.name}: attendance record`);
      return new Response(body, { headers: { 'Content-Type': formats[format].contentType, 'Content-Disposition': `attachment; filename="${fileName}"` } });
    },
  });

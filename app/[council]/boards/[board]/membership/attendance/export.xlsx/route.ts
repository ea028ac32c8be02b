import { attendanceExportRoute } from '@/lib/attendance/export';

// A person's own view of council data: never cached, by the server or anyone between.
export const dynamic = 'force-dynamic';

/** The attendance record as a workbook (XLSX), for the period in the query string (the page's own). */
export const GET = attendanceExportRoute('xlsx');

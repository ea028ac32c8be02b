import { defineRoute } from '@/lib/access/route';
import { toCsv } from '@/lib/action-log/csv';
import { attendanceCsvRows, attendancePeriod, getAttendanceRecord } from '@/lib/attendance/record';

// A person's own view of council data: never cached, by the server or anyone between.
export const dynamic = 'force-dynamic';

/** The attendance record as CSV, for the period in the query string (the page's own). */
export const GET = defineRoute<{ council: string; board: string }>('attendance.record.csv', {
  scope: 'board',
  resource: 'attendance',
  operation: 'read',
  answer: 'text',
  async run(ctx, request) {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const record = await getAttendanceRecord.read(ctx, attendancePeriod(query, ctx.now), ctx.now);
    const [header, ...rows] = attendanceCsvRows(record);
    const fileName = `${ctx.board.slug}-attendance-${record.period.from}-to-${record.period.to}.csv`;
    return new Response(toCsv(header!, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${fileName}"` } });
  },
});

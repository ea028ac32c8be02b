import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { getAttendanceRecord, readAttendancePeriod } from '@/lib/attendance/record';
import { currentTime } from '@/lib/clock';
import { formatDayLong } from '@/lib/format';
import { label } from '@/lib/labels';
import { DataTable } from '@/components/data-table';
import type { AttendanceTally } from '@/lib/rules/attendance-record';
import { attendanceExportPath, attendanceRecordPath, boardSectionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export const metadata: Metadata = { title: 'Attendance record' };

const day = (d: string) => formatDayLong(new Date(`${d}T00:00:00Z`));
const percent = (p: number | null) => (p === null ? 'None expected' : `${p}%`);

function TallyCells({ t }: { t: AttendanceTally }) {
  return (
    <>
      {[t.expected, t.inPerson, t.virtually, t.substitute, t.apologies, t.absent, t.notRecorded].map((n, i) => (
        <td key={i} className="text-right tabular-nums">
          {n}
        </td>
      ))}
    </>
  );
}

const tallyHeaders = ['Expected', 'In person', 'Virtually', 'Substitute attended', 'Apologies', 'Absent', 'Not recorded', 'Attended'];

function TallyHead({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {tallyHeaders.map((h) => (
          <th key={h} scope="col" className="text-right">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Each seat's attendance over a period, by agency and for the board, with a CSV download (terms-of-reference reviews ask for it). */
export default async function AttendanceRecordPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'attendance', 'read');
  const now = currentTime();
  const { period, problem } = readAttendancePeriod(await searchParams, now);
  const record = await getAttendanceRecord(ctx, period, now);
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const base = boardSectionPath(...at, 'membership');
  const csv = attendanceExportPath(...at, { from: period.from, to: period.to });
  const xlsx = attendanceExportPath(...at, { from: period.from, to: period.to }, 'xlsx');
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={base}>Back to the membership</Link>
      </p>
      <h1>Attendance record</h1>
      {problem && (
        <div role="alert" className="mb-6 max-w-3xl border-4 border-error p-4">
          <h2 className="text-xl">There is a problem</h2>
          <p className="font-bold text-error">{problem}</p>
        </div>
      )}
      <p className="mb-4 max-w-3xl">
        From {day(period.from)} to {day(period.to)}: {record.meetingsTakenPlace} {record.meetingsTakenPlace === 1 ? 'meeting' : 'meetings'} took place
        {record.meetingsCancelled ? ` (${record.meetingsCancelled} cancelled, left out)` : ''}. Each seat is expected at the meetings held while it was held; a
        substitute who attended in a member’s place is counted apart.
      </p>
      <form method="get" action={attendanceRecordPath(...at)} className="mb-6 flex flex-wrap items-end gap-4 bg-panel p-4">
        <div>
          <label htmlFor="from" className="mb-1 block font-bold">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={period.from} className="border-2 border-border-input p-2" />
        </div>
        <div>
          <label htmlFor="to" className="mb-1 block font-bold">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={period.to} className="border-2 border-border-input p-2" />
        </div>
        <button type="submit" className="border-2 border-ink bg-white px-4 py-2 font-bold">
          Show the period
        </button>
      </form>
      <ul className="mb-6 list-none p-0">
        <li>
          <a href={csv} download>
            Download this record (CSV)
          </a>
        </li>
        <li>
          <a href={xlsx} download>
            Download this record as a spreadsheet (XLSX)
          </a>
        </li>
      </ul>
      {record.rows.length === 0 ? (
        <p>No seat was held during this period.</p>
      ) : (
        <>
          <DataTable caption={`Attendance of each seat, ${day(period.from)} to ${day(period.to)}`} className="mb-10">
            <TallyHead first="Seat" />
            <tbody>
              {record.rows.map((r) => (
                <tr key={r.seatId}>
                  <th scope="row" className="font-normal">
                    <span className="font-bold">{r.name}</span>
                    <span className="block text-sm text-secondary">
                      {label('seatRole', r.role)}: {r.position}, {r.agency}
                      {r.heldTo && r.heldTo < period.to ? ` (to ${day(r.heldTo)})` : ''}
                    </span>
                  </th>
                  <TallyCells t={r.tally} />
                  <td className="text-right tabular-nums">{percent(r.percent)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <DataTable caption="Attendance by agency" className="mb-10">
            <TallyHead first="Agency" />
            <tbody>
              {record.agencies.map((a) => (
                <tr key={a.agency}>
                  <th scope="row">{a.agency}</th>
                  <TallyCells t={a.tally} />
                  <td className="text-right tabular-nums">{percent(a.percent)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">The whole board</th>
                <TallyCells t={record.total.tally} />
                <td className="text-right tabular-nums">{percent(record.total.percent)}</td>
              </tr>
            </tbody>
          </DataTable>
        </>
      )}
    </main>
  );
}

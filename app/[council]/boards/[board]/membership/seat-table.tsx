import Link from 'next/link';
import { Tag } from '@/components/tag';
import { formatDay } from '@/lib/format';
import { roleLabel } from '@/lib/seats/labels';
import { DataTable } from '@/components/data-table';
import { seatPath } from '@/lib/routes';

type Row = {
  id: string;
  role: string;
  agency: string;
  position: string;
  endsOn: Date | null;
  person: { name: string } | null;
  substitute: { name: string } | null;
  flags: string[];
};

/** One of Plymouth's two tables (001): name, role, agency and position, and the nominated substitute. */
export function SeatTable({ caption, rows, editIn }: { caption: string; rows: Row[]; editIn: readonly [council: string, board: string] | null }) {
  return (
    <DataTable caption={caption} captionClass="mb-2 text-left text-xl font-bold" className="mb-10">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Agency and position</th>
          <th scope="col">Nominated substitute</th>
          {editIn && (
            <th scope="col">
              <span className="sr-only">Change</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <th scope="row" className="font-normal">
              {s.person ? <strong>{s.person.name}</strong> : <Tag tone="amber">To be appointed</Tag>}
              {s.endsOn && <div className="text-sm text-secondary">Until {formatDay(s.endsOn)}</div>}
            </th>
            <td>{roleLabel(s.role)}</td>
            <td>
              {s.position}
              <div className="text-sm text-secondary">{s.agency}</div>
            </td>
            <td>
              {s.substitute ? (
                s.substitute.name
              ) : s.flags.includes('no-substitute') ? (
                <Tag tone="red">No substitute nominated</Tag>
              ) : (
                <span className="text-secondary">None</span>
              )}
            </td>
            {editIn && (
              <td>
                <Link href={seatPath(...editIn, s.id)}>
                  Change<span className="sr-only"> {s.person ? `the seat of ${s.person.name}` : `the seat to be appointed: ${s.position}`}</span>
                </Link>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

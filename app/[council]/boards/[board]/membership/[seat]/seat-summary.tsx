import Link from 'next/link';
import { Tag } from '@/components/tag';
import { formatDay } from '@/lib/format';
import { roleLabel } from '@/lib/seats/labels';
import type { Route } from 'next';

type Seat = {
  role: string;
  agency: string;
  position: string;
  startsOn: Date | null;
  endsOn: Date | null;
  person: { name: string } | null;
  substitute: { name: string } | null;
};

/** The seat as it stands, at the top of each of its pages. */
export function SeatSummary({ seat, membershipPath }: { seat: Seat; membershipPath: Route }) {
  return (
    <>
      <p className="mb-4">
        <Link href={membershipPath}>Back to the membership</Link>
      </p>
      <dl className="mb-8 grid max-w-2xl gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Held by</dt>
        <dd>{seat.person ? seat.person.name : <Tag tone="amber">To be appointed</Tag>}</dd>
        <dt className="font-bold">Role</dt>
        <dd>{roleLabel(seat.role)}</dd>
        <dt className="font-bold">Agency and position</dt>
        <dd>
          {seat.position}, {seat.agency}
        </dd>
        <dt className="font-bold">Dates</dt>
        <dd>
          {seat.startsOn ? `From ${formatDay(seat.startsOn)}` : 'No start date'}
          {seat.endsOn ? `, until ${formatDay(seat.endsOn)}` : ''}
        </dd>
        <dt className="font-bold">Nominated substitute</dt>
        <dd>{seat.substitute?.name ?? 'None'}</dd>
      </dl>
    </>
  );
}

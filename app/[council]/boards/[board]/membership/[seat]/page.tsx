import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requireBoardAdministrator } from '@/lib/access/page';
import { getSeat, getSeatFormOptions } from '@/lib/seats/queries';
import { moveSeatFormAction, updateSeatFormAction } from '@/lib/seats/form-actions';
import { agreedField, detailFields } from '@/lib/seats/form-specs';
import { seatFormDefaults } from '@/lib/seats/snapshot';
import { formatDateTime, formatDay } from '@/lib/format';
import { Form } from '@/components/form';
import { SeatSummary } from './seat-summary';
import { DataTable } from '@/components/data-table';
import { boardSectionPath, seatStepPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; seat: string }> };

export const metadata: Metadata = { title: 'Change a seat' };

export default async function SeatPage({ params }: Props) {
  const { council, board, seat: seatId } = await params;
  const ctx = await resolveBoard(council, board);
  requireBoardAdministrator(ctx);
  const [{ seat, history }, { meetings, accounts }] = await Promise.all([getSeat(ctx, seatId), getSeatFormOptions(ctx)]);
  const moveTo = accounts.filter((a) => a.id !== seat.personId);
  const at = [ctx.council.slug, ctx.board.slug, seat.id] as const;
  const membership = boardSectionPath(ctx.council.slug, ctx.board.slug, 'membership');
  const defaults = seatFormDefaults(seat);
  return (
    <main id="main-content" className="max-w-3xl">
      <h1>{seat.person ? `${seat.person.name}’s seat` : `${seat.position} (to be appointed)`}</h1>
      <SeatSummary seat={seat} membershipPath={membership} />

      <ul className="mb-10 list-disc space-y-1 pl-6">
        {!seat.person && (
          <li>
            <Link href={seatStepPath(...at, 'fill')}>Fill this seat</Link>
          </li>
        )}
        {seat.person && (
          <li>
            <Link href={seatStepPath(...at, 'substitute')}>Change the nominated substitute</Link>
          </li>
        )}
        <li>
          <Link href={seatStepPath(...at, 'end')}>{seat.endsOn ? 'Change the end date' : 'End this seat'}</Link>
        </li>
      </ul>

      <h2>Change the details</h2>
      <Form
        action={updateSeatFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
        submitLabel="Save the details"
        fields={[
          { name: 'seatId', label: '', type: 'hidden', defaultValue: seat.id },
          { name: 'version', label: '', type: 'hidden', defaultValue: defaults.version },
          ...detailFields(defaults),
          agreedField(meetings),
        ]}
      />

      {seat.person && !seat.endsOn && moveTo.length > 0 && (
        <>
          <h2 className="mt-12">Move the seat to another account</h2>
          <p className="mb-4">
            For the same person under another account, such as a new email address. The seat’s term, role and history stay. Someone new in the seat is not this:
            end the seat and add a new one.
          </p>
          <Form
            action={moveSeatFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
            idPrefix="move-"
            submitLabel="Move the seat"
            variant="secondary"
            fields={[
              { name: 'seatId', label: '', type: 'hidden', defaultValue: seat.id },
              { name: 'version', label: '', type: 'hidden', defaultValue: defaults.version },
              {
                name: 'accountId',
                label: `The account that is ${seat.person.name}`,
                type: 'select',
                options: [{ value: '', label: 'Choose an account' }, ...moveTo.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))],
              },
            ]}
          />
        </>
      )}

      <h2 className="mt-12">History of this seat</h2>
      {history.length === 0 ? (
        <p>No changes are recorded.</p>
      ) : (
        <DataTable caption="Changes to this seat, newest first" captionClass="sr-only" className="mb-8">
          <thead>
            <tr>
              <th scope="col">Recorded</th>
              <th scope="col">Change</th>
              <th scope="col">Agreed by the board</th>
            </tr>
          </thead>
          <tbody>
            {history.map((c) => (
              <tr key={c.id}>
                <td className="text-sm">
                  {formatDateTime(c.createdAt)}
                  {c.recordedBy && <div className="text-secondary">by {c.recordedBy}</div>}
                </td>
                <td>{c.summary}</td>
                <td>{c.agreedAt ? `${c.agreedAt.title}, ${formatDay(c.agreedAt.startsAt)}` : 'Not yet agreed'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </main>
  );
}

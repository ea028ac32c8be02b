import type { Metadata } from 'next';
import { resolveBoard } from '@/lib/boards/context';
import { requireBoardAdministrator } from '@/lib/access/page';
import { getSeat, getSeatFormOptions } from '@/lib/seats/queries';
import { fillSeatFormAction } from '@/lib/seats/form-actions';
import { agreedField, holderFields } from '@/lib/seats/form-specs';
import { seatFormDefaults } from '@/lib/seats/snapshot';
import { Form } from '@/components/form';
import { SeatSummary } from '../seat-summary';
import { boardSectionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; seat: string }> };

export const metadata: Metadata = { title: 'Fill a seat' };

export default async function FillSeatPage({ params }: Props) {
  const { council, board, seat: seatId } = await params;
  const ctx = await resolveBoard(council, board);
  requireBoardAdministrator(ctx);
  const [{ seat }, { people, meetings }] = await Promise.all([getSeat(ctx, seatId), getSeatFormOptions(ctx)]);
  const defaults = seatFormDefaults(seat);
  return (
    <main id="main-content" className="max-w-3xl">
      <h1>Fill this seat</h1>
      <SeatSummary seat={seat} membershipPath={boardSectionPath(ctx.council.slug, ctx.board.slug, 'membership')} />
      {seat.person ? (
        <p>This seat is held by {seat.person.name}. To replace them, end this seat and add a new one.</p>
      ) : (
        <Form
          action={fillSeatFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
          submitLabel="Fill the seat"
          fields={[
            { name: 'seatId', label: '', type: 'hidden', defaultValue: seat.id },
            { name: 'version', label: '', type: 'hidden', defaultValue: defaults.version },
            ...holderFields(people, { vacancy: false }),
            { name: 'startsOn', type: 'date', label: 'Start date (optional)', hint: 'For example, 27 3 2026. Blank: today' },
            agreedField(meetings),
          ]}
        />
      )}
    </main>
  );
}

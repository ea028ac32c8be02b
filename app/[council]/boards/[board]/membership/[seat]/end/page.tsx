import type { Metadata } from 'next';
import { resolveBoard } from '@/lib/boards/context';
import { requireBoardAdministrator } from '@/lib/access/page';
import { getSeat, getSeatFormOptions } from '@/lib/seats/queries';
import { endSeatFormAction } from '@/lib/seats/form-actions';
import { agreedField } from '@/lib/seats/form-specs';
import { seatFormDefaults } from '@/lib/seats/snapshot';
import { typedDay } from '@/lib/forms/fields';
import { londonDay } from '@/lib/rules/london-calendar';
import { Form } from '@/components/form';
import { SeatSummary } from '../seat-summary';
import { currentTime } from '@/lib/clock';
import { boardSectionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; seat: string }> };

export const metadata: Metadata = { title: 'End a seat' };

export default async function EndSeatPage({ params }: Props) {
  const { council, board, seat: seatId } = await params;
  const ctx = await resolveBoard(council, board);
  requireBoardAdministrator(ctx);
  const [{ seat }, { meetings }] = await Promise.all([getSeat(ctx, seatId), getSeatFormOptions(ctx)]);
  const defaults = seatFormDefaults(seat);
  return (
    <main id="main-content" className="max-w-3xl">
      <h1>{seat.endsOn ? 'Change the end date' : 'End this seat'}</h1>
      <SeatSummary seat={seat} membershipPath={boardSectionPath(ctx.council.slug, ctx.board.slug, 'membership')} />
      <p className="mb-6">The seat stays in the history. After its last day its holder is no longer a member, and may then be named as someone’s substitute.</p>
      <Form
        action={endSeatFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
        submitLabel="Save the end date"
        fields={[
          { name: 'seatId', label: '', type: 'hidden', defaultValue: seat.id },
          { name: 'version', label: '', type: 'hidden', defaultValue: defaults.version },
          {
            name: 'endsOn',
            type: 'date',
            label: 'Last day in the seat',
            hint: 'For example, 31 3 2026',
            defaultValue: defaults.endsOn || typedDay(londonDay(currentTime())),
          },
          agreedField(meetings),
        ]}
      />
    </main>
  );
}

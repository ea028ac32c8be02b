import type { Metadata } from 'next';
import { resolveBoard } from '@/lib/boards/context';
import { requireBoardAdministrator } from '@/lib/access/page';
import { getSeat, getSeatFormOptions } from '@/lib/seats/queries';
import { changeSubstituteFormAction } from '@/lib/seats/form-actions';
import { agreedField, substituteFields } from '@/lib/seats/form-specs';
import { seatFormDefaults } from '@/lib/seats/snapshot';
import { Form } from '@/components/form';
import { SeatSummary } from '../seat-summary';
import { boardSectionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; seat: string }> };

export const metadata: Metadata = { title: 'Change the nominated substitute' };

export default async function SubstitutePage({ params }: Props) {
  const { council, board, seat: seatId } = await params;
  const ctx = await resolveBoard(council, board);
  requireBoardAdministrator(ctx);
  const [{ seat }, { people, meetings }] = await Promise.all([getSeat(ctx, seatId), getSeatFormOptions(ctx)]);
  const defaults = seatFormDefaults(seat);
  return (
    <main id="main-content" className="max-w-3xl">
      <h1>Change the nominated substitute</h1>
      <SeatSummary seat={seat} membershipPath={boardSectionPath(ctx.council.slug, ctx.board.slug, 'membership')} />
      <p className="mb-6">
        Each member nominates one named substitute, who attends in their place and may not be a member of this board. Choose “No substitute yet” to withdraw the
        nomination.
      </p>
      <Form
        action={changeSubstituteFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
        submitLabel="Save the substitute"
        fields={[
          { name: 'seatId', label: '', type: 'hidden', defaultValue: seat.id },
          { name: 'version', label: '', type: 'hidden', defaultValue: defaults.version },
          ...substituteFields(people, defaults),
          agreedField(meetings),
        ]}
      />
    </main>
  );
}

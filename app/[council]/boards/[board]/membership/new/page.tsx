import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requireBoardAdministrator } from '@/lib/access/page';
import { getSeatFormOptions } from '@/lib/seats/queries';
import { createSeatFormAction } from '@/lib/seats/form-actions';
import { agreedField, detailFields, holderFields, substituteFields } from '@/lib/seats/form-specs';
import { Form } from '@/components/form';
import { boardSectionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Add a seat' };

export default async function NewSeatPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  requireBoardAdministrator(ctx);
  const { people, meetings } = await getSeatFormOptions(ctx);
  const back = boardSectionPath(ctx.council.slug, ctx.board.slug, 'membership');
  return (
    <main id="main-content" className="max-w-3xl">
      <h1>Add a seat</h1>
      <p className="mb-6">
        A member, a Chair or an attendee, or a seat still to be appointed. Members nominate one named substitute, who may not be a member of this board.
      </p>
      <Form
        action={createSeatFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
        submitLabel="Add the seat"
        fields={[
          ...holderFields(people, { vacancy: true }),
          ...detailFields(),
          { name: 'endsOn', type: 'date', label: 'End date (optional)', hint: 'For example, 31 3 2027' },
          ...substituteFields(people),
          agreedField(meetings),
        ]}
      />
      <p className="mt-8">
        <Link href={back}>Back to the membership</Link>
      </p>
    </main>
  );
}

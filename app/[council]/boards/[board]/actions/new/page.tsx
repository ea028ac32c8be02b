import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { listOwnerSeats } from '@/lib/action-log/queries';
import { listAgreeableMeetings } from '@/lib/terms/queries';
import { createActionFormAction } from '@/lib/action-log/form-actions';
import { detailFields, dueField } from '@/lib/action-log/form-specs';
import { Form } from '@/components/form';
import { boardSectionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'New action' };

export default async function NewActionPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'action', 'create');
  const [seats, meetings] = await Promise.all([listOwnerSeats(ctx), listAgreeableMeetings(ctx)]);
  const back = boardSectionPath(ctx.council.slug, ctx.board.slug, 'actions');
  return (
    <main id="main-content" className="max-w-3xl">
      <h1>New action</h1>
      <p className="mb-6">
        The action takes the next reference in this year’s log. Its owner reports progress on it; the board agrees any new due date and signs it off at a
        meeting.
      </p>
      <Form
        action={createActionFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
        submitLabel="Add the action"
        fields={[...detailFields(seats, meetings), dueField()]}
      />
      <p className="mt-8">
        <Link href={back}>Back to the action log</Link>
      </p>
    </main>
  );
}

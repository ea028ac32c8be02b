import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { getAction, listOwnerSeats } from '@/lib/action-log/queries';
import { listAgreeableMeetings } from '@/lib/terms/queries';
import { editActionFormAction } from '@/lib/action-log/form-actions';
import { detailFields } from '@/lib/action-log/form-specs';
import { isFinal } from '@/lib/rules/action-log';
import { formatDay } from '@/lib/format';
import { Form } from '@/components/form';
import { actionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Change action ${decodeURIComponent(reference)}` };
}

export default async function EditActionPage({ params }: Props) {
  const { council, board, reference } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'action', 'create');
  const action = await getAction(ctx, reference);
  const back = actionPath(ctx.council.slug, ctx.board.slug, action.reference);
  if (isFinal(action.status)) {
    return (
      <main id="main-content" className="max-w-3xl">
        <h1>Change action {action.reference}</h1>
        <p>This action is {action.status === 'CLOSED' ? 'signed off and closed' : 'dropped'}, so it can no longer be changed.</p>
        <Link href={back}>Back to the action</Link>
      </main>
    );
  }
  const [current, meetings] = await Promise.all([listOwnerSeats(ctx), listAgreeableMeetings(ctx)]);
  // an action can stay with a seat that has since ended, and with a source meeting older than the list
  const seats =
    action.ownerSeat && action.ownerSeatId && !current.some((s) => s.id === action.ownerSeatId)
      ? [{ id: action.ownerSeatId, ...action.ownerSeat }, ...current]
      : current;
  const meetingOptions = action.sourceMeeting && !meetings.some((m) => m.id === action.sourceMeeting!.id) ? [action.sourceMeeting, ...meetings] : meetings;
  return (
    <main id="main-content" className="max-w-3xl">
      <h1>Change action {action.reference}</h1>
      <p className="mb-6">
        Due {formatDay(action.agreedDueOn ?? action.dueOn)}. The due date changes only through a new date proposed on the action’s page and agreed by the board
        at a meeting.
      </p>
      <Form
        action={editActionFormAction.bind(null, ctx.council.slug, ctx.board.slug, action.reference)}
        submitLabel="Save the details"
        fields={[
          { name: 'actionId', label: '', type: 'hidden', defaultValue: action.id },
          { name: 'version', label: '', type: 'hidden', defaultValue: String(action.version) },
          ...detailFields(seats, meetingOptions, {
            description: action.description,
            ownerSeatId: action.ownerSeatId ?? '',
            ownerAgency: action.ownerSeatId ? '' : (action.ownerAgency ?? ''),
            sourceMeetingId: action.sourceMeetingId ?? '',
          }),
        ]}
      />
      <p className="mt-8">
        <Link href={back}>Back to the action</Link>
      </p>
    </main>
  );
}

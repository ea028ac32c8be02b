import type { Metadata } from 'next';
import { titleFrom } from '@/lib/page-title';
import { meetingName, meetingTitle } from '@/lib/labels';
import { getMeetingNaming } from '@/lib/meetings/queries';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { getMeetingForEdit } from '@/lib/meetings/schedule-queries';
import { cancelMeetingFormAction, rescheduleMeetingFormAction, updateMeetingFormAction } from '@/lib/meetings/form-actions';
import { meetingDetailFields, rescheduleFields } from '@/lib/meetings/form-specs';
import { formatDateTime, formatTime } from '@/lib/format';
import { Form } from '@/components/form';
import { StatusTag } from '@/components/tag';
import { meetingPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; meeting: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return titleFrom(async () => {
    const { council, board, meeting } = await params;
    const ctx = await resolveBoard(council, board);
    return { title: `Change a meeting: ${meetingTitle(await getMeetingNaming(ctx, meeting), ctx.board.name)}` };
  });
}

export default async function EditMeetingPage({ params }: Props) {
  const { council, board, meeting } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'meeting', 'update');
  const m = await getMeetingForEdit(ctx, meeting);
  const route = [ctx.council.slug, ctx.board.slug] as const;
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={meetingPath(ctx.council.slug, ctx.board.slug, m.id)}>Back to the meeting</Link>
      </p>
      <h1>Change a meeting</h1>
      <p className="mb-2 text-lg font-bold">{meetingName(m, ctx.board.name)}</p>
      <p className="mb-8">
        {formatDateTime(m.startsAt)} to {formatTime(m.endsAt)} <StatusTag status={m.status} kind="meetingStatus" />
      </p>

      {m.status === 'CANCELLED' ? (
        <div className="mb-8 max-w-2xl border-l-8 border-border bg-panel p-4">
          <p className="mb-2">This meeting was cancelled and is kept as it was: {m.cancelledReason}</p>
          {m.rescheduledTo.map((to) => (
            <p key={to.id}>
              <Link href={meetingPath(ctx.council.slug, ctx.board.slug, to.id)}>Go to the meeting on {formatDateTime(to.startsAt)}</Link>
            </p>
          ))}
        </div>
      ) : (
        <>
          <section aria-labelledby="details" className="mb-12 max-w-2xl">
            <h2 id="details">Details</h2>
            <p className="mb-4">To change the date or time, reschedule the meeting below: the original date stays on the record.</p>
            <Form
              action={updateMeetingFormAction.bind(null, ...route)}
              fields={[
                { name: 'meetingId', label: '', type: 'hidden', defaultValue: m.id },
                { name: 'version', label: '', type: 'hidden', defaultValue: String(m.version) },
                ...meetingDetailFields({ title: m.title, kind: m.kind, theme: m.theme, venue: m.venue, virtualLink: m.virtualLink }),
              ]}
              submitLabel="Save details"
            />
          </section>

          {m.status === 'SCHEDULED' && (
            <>
              <section aria-labelledby="reschedule" className="mb-12 max-w-2xl">
                <h2 id="reschedule">Reschedule</h2>
                <p className="mb-4">
                  A new meeting is made on the new date with this agenda. This one is kept, marked cancelled with “Rescheduled to …”. Papers and apologies stay
                  with this date.
                </p>
                <Form action={rescheduleMeetingFormAction.bind(null, ...route)} fields={rescheduleFields(m.id)} submitLabel="Reschedule the meeting" />
              </section>

              <section aria-labelledby="cancel" className="mb-12 max-w-2xl">
                <h2 id="cancel">Cancel the meeting</h2>
                <p className="mb-4">The meeting stays on the record, marked cancelled, with your reason.</p>
                <Form
                  action={cancelMeetingFormAction.bind(null, ...route)}
                  fields={[
                    { name: 'meetingId', label: '', type: 'hidden', defaultValue: m.id },
                    { name: 'reason', label: 'Why it is cancelled', type: 'textarea' },
                  ]}
                  submitLabel="Cancel the meeting"
                  variant="secondary"
                />
              </section>
            </>
          )}
        </>
      )}
    </main>
  );
}

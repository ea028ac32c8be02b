import Link from 'next/link';
import { Form } from '@/components/form';
import { publishMeetingFormAction } from '@/lib/public/form-actions';
import type { AttendanceView } from '@/lib/attendance/queries';
import { formatDateTime } from '@/lib/format';
import { publicBoardPath } from '@/lib/routes';

type Route = { council: string; board: string; meeting: string };

/**
 * For administrators of a public board: when this meeting's agenda and public papers go
 * on the public page; "publish now" for an agreed agenda, and publishing an unagreed draft
 * only with a tick that says so.
 */
export function PublishPanel({ publication, route }: { publication: NonNullable<AttendanceView['publication']>; route: Route }) {
  return (
    <section aria-labelledby="public-page" className="mb-10 max-w-3xl">
      <h2 id="public-page">Public page</h2>
      {/* polite live region: it stays on the page while its words change after publishing */}
      <p className="mb-4" aria-live="polite">
        {publication.live && publication.publicFrom
          ? `The agenda and public papers have been on the public page since ${formatDateTime(publication.publicFrom)}.`
          : publication.agendaAgreed && publication.publicFrom
            ? `The agenda and public papers go on the public page by themselves on ${formatDateTime(publication.publicFrom)}, ${publication.noticeDays} days before the meeting.`
            : `The Chair has not agreed the agenda, so nothing goes on the public page by itself. Once it is agreed it goes up by itself, on ${formatDateTime(publication.due)} (${publication.noticeDays} days before the meeting) or at once if that has passed.`}{' '}
        Only papers marked PUBLIC appear there; nothing marked OFFICIAL or OFFICIAL-SENSITIVE ever does.
      </p>
      {publication.canPublishNow && (
        <Form
          action={publishMeetingFormAction.bind(null, route)}
          submitLabel="Publish now"
          variant="secondary"
          fields={[{ name: 'meetingId', label: '', type: 'hidden', defaultValue: route.meeting }]}
        />
      )}
      {publication.canPublishDraft && (
        <Form
          action={publishMeetingFormAction.bind(null, route)}
          submitLabel="Publish the draft agenda"
          variant="secondary"
          fields={[
            { name: 'meetingId', label: '', type: 'hidden', defaultValue: route.meeting },
            {
              name: 'withoutAgreement',
              label: 'Publish before the Chair agrees?',
              type: 'checkboxes',
              hint: 'The public page marks it as a draft that may change, and the audit trail records that you published it unagreed.',
              options: [{ value: 'yes', label: 'Publish the draft agenda without the Chair’s agreement' }],
            },
          ]}
        />
      )}
      <p className="mt-4">
        <Link href={publicBoardPath(route.council, route.board)}>View the board&apos;s public page</Link>
      </p>
    </section>
  );
}

import { Form } from '@/components/form';
import { Tag } from '@/components/tag';
import type { AttendanceView } from '@/lib/attendance/queries';
import { attendanceStatusLabel } from '@/lib/attendance/labels';
import { recordApologiesFormAction } from '@/lib/attendance/form-actions';
import { formatDateTime } from '@/lib/format';
import { DataTable } from '@/components/data-table';

type Route = { council: string; board: string; meeting: string };
type Line = AttendanceView['lines'][number];

function reply(line: Line): string {
  if (line.status === 'EXPECTED') return 'Expected';
  if (line.status === 'APOLOGIES') return line.substituteName ? `Apologies (substitute attending: ${line.substituteName})` : 'Apologies (no substitute)';
  if (line.status === 'SUBSTITUTE_ATTENDED') return `Substitute attended${line.substituteName ? `: ${line.substituteName}` : ''}`;
  return attendanceStatusLabel(line.status);
}

/** For administrators and the Chair: every seat with its reply, and the counts. */
export function WhoIsComing({ view, route }: { view: AttendanceView; route: Route }) {
  const { counts } = view;
  return (
    <section aria-labelledby="who-is-coming" className="mb-10">
      <h2 id="who-is-coming">Who is coming</h2>
      <dl className="mb-6 grid max-w-xl gap-x-6 gap-y-1 sm:grid-cols-[1fr_auto]">
        <dt>Seats at this meeting</dt>
        <dd className="font-bold">{counts.seats}</dd>
        {counts.vacant > 0 && (
          <>
            <dt>Vacant seats, to be appointed</dt>
            <dd className="font-bold">{counts.vacant}</dd>
          </>
        )}
        <dt>Expected</dt>
        <dd className="font-bold">{counts.expected}</dd>
        <dt>Apologies</dt>
        <dd className="font-bold">{counts.apologies}</dd>
        <dt>Substitutes attending in a member&apos;s place</dt>
        <dd className="font-bold">{counts.substitutesAttending}</dd>
        <dt>Late notices</dt>
        <dd className="font-bold">{counts.lateNotices}</dd>
        <dt>Members expected, counting substitutes (not attendees)</dt>
        <dd className="font-bold">{counts.membersExpected}</dd>
      </dl>
      <DataTable caption="Replies for each seat" className="mb-8">
        <thead>
          <tr>
            <th scope="col">Seat</th>
            <th scope="col">Held by</th>
            <th scope="col">Reply</th>
            <th scope="col">Notice</th>
          </tr>
        </thead>
        <tbody>
          {view.lines.map((line) => (
            <tr key={line.seat.id}>
              <td>
                {line.seat.position}
                <div className="text-sm text-secondary">
                  {line.seat.agency}
                  {line.seat.role === 'ATTENDEE' && ' · attendee, not a member'}
                </div>
              </td>
              <td>{line.seat.person?.name ?? 'To be appointed'}</td>
              <td>{reply(line)}</td>
              <td>
                {line.record?.apologySentAt ? formatDateTime(line.record.apologySentAt) : '—'}
                {line.record?.apologyLate && (
                  <div>
                    <Tag tone="amber">Late notice</Tag>
                  </div>
                )}
                {line.record?.note && <div className="text-sm text-secondary">{line.record.note}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>

      {view.may.record && view.apologies.open && (
        <div className="max-w-2xl">
          <h3>Record a reply for a member</h3>
          <p className="mb-4">When a member sends apologies by phone or email, record them here. The time you record them is the time of the notice.</p>
          <Form
            action={recordApologiesFormAction.bind(null, route)}
            submitLabel="Record reply"
            fields={[
              { name: 'meetingId', label: '', type: 'hidden', defaultValue: view.meeting.id },
              {
                name: 'seatId',
                label: 'Member',
                type: 'select',
                options: [
                  { value: '', label: 'Choose a member' },
                  ...view.lines.filter((l) => l.seat.person).map((l) => ({ value: l.seat.id, label: `${l.seat.person?.name ?? ''}, ${l.seat.position}` })),
                ],
              },
              {
                name: 'response',
                label: 'Their reply',
                type: 'select',
                options: [
                  { value: '', label: 'Choose a reply' },
                  { value: 'APOLOGIES_WITH_SUBSTITUTE', label: 'Apologies, and their substitute attends' },
                  { value: 'APOLOGIES', label: 'Apologies, no substitute' },
                  { value: 'ATTENDING', label: 'Attending (withdraws their apologies)' },
                ],
              },
              { name: 'adminNote', label: 'Note (optional)', type: 'textarea', hint: 'For example: phoned the office on Monday morning' },
            ]}
          />
        </div>
      )}
    </section>
  );
}

import { Form, type FieldSpec } from '@/components/form';
import type { AttendanceView } from '@/lib/attendance/queries';
import { recordAttendanceFormAction } from '@/lib/attendance/form-actions';
import { STATUS_FIELD_PREFIX } from '@/lib/attendance/schema';
import { formatDateTime } from '@/lib/format';

type Route = { council: string; board: string; meeting: string };
type Line = AttendanceView['lines'][number];

function statusField(line: Line): FieldSpec {
  const substitute = line.substituteName ?? line.seat.substitute?.name ?? null;
  const options = [
    ...(line.status === 'EXPECTED' ? [{ value: '', label: 'Not recorded yet' }] : []),
    { value: 'PRESENT', label: 'Present in person' },
    { value: 'VIRTUAL', label: 'Present virtually' },
    { value: 'APOLOGIES', label: 'Apologies' },
    ...(substitute ? [{ value: 'SUBSTITUTE_ATTENDED', label: `Substitute attended (${substitute})` }] : []),
    { value: 'ABSENT', label: 'Absent' },
  ];
  const hint =
    line.status === 'APOLOGIES'
      ? line.substituteName
        ? `Sent apologies; ${line.substituteName} was to attend in their place`
        : 'Sent apologies, with no substitute'
      : line.seat.role === 'ATTENDEE'
        ? 'Attendee: not counted for the quorum'
        : undefined;
  return {
    name: `${STATUS_FIELD_PREFIX}${line.seat.id}`,
    label: `${line.seat.person?.name ?? 'To be appointed'}, ${line.seat.position}`,
    type: 'select',
    options,
    hint,
    defaultValue: line.status === 'EXPECTED' ? '' : line.status,
  };
}

/** For administrators, from the day of the meeting: how each seat attended. */
export function RecordAttendance({ view, route }: { view: AttendanceView; route: Route }) {
  return (
    <section aria-labelledby="record-attendance" className="mb-10 max-w-3xl">
      <h2 id="record-attendance">Record attendance</h2>
      {view.meeting.status === 'CANCELLED' ? (
        <p>This meeting was cancelled, so there is no attendance to record.</p>
      ) : !view.recording.open ? (
        <p>You can record attendance from {formatDateTime(view.recording.opensAt)}, the day of the meeting.</p>
      ) : view.lines.length === 0 ? (
        <p>No seats on this board were filled on the day of this meeting.</p>
      ) : (
        <Form
          action={recordAttendanceFormAction.bind(null, route)}
          submitLabel="Save attendance"
          fields={[
            { name: 'meetingId', label: '', type: 'hidden', defaultValue: view.meeting.id },
            { name: 'fingerprint', label: '', type: 'hidden', defaultValue: view.fingerprint },
            ...view.lines.map(statusField),
          ]}
        />
      )}
    </section>
  );
}

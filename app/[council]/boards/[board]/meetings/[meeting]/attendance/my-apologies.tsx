import { Form, type FieldSpec } from '@/components/form';
import { Tag } from '@/components/tag';
import type { AttendanceView } from '@/lib/attendance/queries';
import { attendanceStatusLabel } from '@/lib/attendance/labels';
import { sendApologiesFormAction, withdrawApologiesFormAction } from '@/lib/attendance/form-actions';
import { isRecordedAtMeeting } from '@/lib/attendance/seats';
import { formatDateTime } from '@/lib/format';

type Route = { council: string; board: string; meeting: string };

/** The signed-in person's own reply for each seat they hold on this board. */
export function MyApologies({ view, route }: { view: AttendanceView; route: Route }) {
  const mine = view.lines.filter((l) => l.isMine);
  if (mine.length === 0) return null;
  return (
    <>
      {mine.map((line) => {
        const { seat, record, status } = line;
        const recorded = isRecordedAtMeeting(status);
        const sent = status === 'APOLOGIES';
        const substituteField: FieldSpec = seat.substitute
          ? {
              name: 'substituteAttends',
              label: `Will your substitute, ${seat.substitute.name}, attend in your place?`,
              type: 'select',
              defaultValue: sent ? (record?.substituteAttends ? 'yes' : 'no') : '',
              options: [
                { value: '', label: 'Choose an answer' },
                { value: 'yes', label: 'Yes, my substitute will attend' },
                { value: 'no', label: 'No, my substitute will not attend' },
              ],
            }
          : { name: 'substituteAttends', label: '', type: 'hidden', defaultValue: 'no' };
        return (
          <section key={seat.id} aria-labelledby={`mine-${seat.id}`} className="mb-10 max-w-3xl">
            <h2 id={`mine-${seat.id}`}>{mine.length > 1 ? `Your apologies: ${seat.position}` : 'Your apologies'}</h2>
            <p className="mb-2" aria-live="polite">
              {recorded
                ? `Attendance recorded: ${attendanceStatusLabel(status)}.`
                : sent
                  ? `${record?.apologySentAt ? `You sent apologies on ${formatDateTime(record.apologySentAt)}.` : 'Your apologies are recorded.'} ${line.substituteName ? `${line.substituteName} will attend in your place.` : 'No substitute will attend.'}`
                  : 'You are expected at this meeting.'}
              {record?.apologyLate && (
                <>
                  {' '}
                  <Tag tone="amber">Late notice</Tag>
                </>
              )}
            </p>
            {!seat.substitute && !recorded && <p className="mb-2">You have no nominated substitute for this seat.</p>}
            {view.apologies.open && !recorded && (
              <>
                <p className="mb-4">
                  Apologies are due by <strong>{formatDateTime(view.apologies.deadline)}</strong>.
                </p>
                {view.apologies.pastDeadline && (
                  <div className="mb-4 flex gap-3 font-bold">
                    <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-ink text-white">
                      !
                    </span>
                    <p>
                      <span className="sr-only">Warning: </span>The deadline has passed. You can still send apologies: they will be recorded and marked as late
                      notice.
                    </p>
                  </div>
                )}
                <Form
                  action={sendApologiesFormAction.bind(null, route)}
                  submitLabel={sent ? 'Update your apologies' : 'Send apologies'}
                  fields={[
                    { name: 'meetingId', label: '', type: 'hidden', defaultValue: view.meeting.id },
                    { name: 'seatId', label: '', type: 'hidden', defaultValue: seat.id },
                    substituteField,
                    { name: 'apologyNote', label: 'Note for the administrator (optional)', type: 'textarea', defaultValue: sent ? (record?.note ?? '') : '' },
                  ]}
                />
              </>
            )}
            {sent && view.apologies.withdrawable && (
              <div className="mt-6">
                <h3>Able to come after all?</h3>
                <Form
                  action={withdrawApologiesFormAction.bind(null, route)}
                  submitLabel="Withdraw your apologies"
                  variant="secondary"
                  fields={[
                    { name: 'meetingId', label: '', type: 'hidden', defaultValue: view.meeting.id },
                    { name: 'seatId', label: '', type: 'hidden', defaultValue: seat.id },
                  ]}
                />
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}

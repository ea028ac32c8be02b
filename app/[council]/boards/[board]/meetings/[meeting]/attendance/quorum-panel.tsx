import { Form } from '@/components/form';
import { Tag } from '@/components/tag';
import type { AttendanceView } from '@/lib/attendance/queries';
import { decideQuorumFormAction } from '@/lib/attendance/form-actions';
import { formatDateTime } from '@/lib/format';

type Route = { council: string; board: string; meeting: string };

/** The quorum rule evaluated: the Chair's recorded decision, or the minimum counted. */
export function QuorumPanel({ view, route }: { view: AttendanceView; route: Route }) {
  const { quorum } = view;
  const result = quorum.result;
  return (
    <section aria-labelledby="quorum" className="mb-10 max-w-3xl">
      <h2 id="quorum">Quorum</h2>
      {result.status === 'chair-decides' ? (
        <>
          <p className="mb-4">This board has no quorum: the Chair decides whether enough members are present.</p>
          {quorum.recorded && <p className="mb-4">Members present, counting substitutes standing in: {quorum.present}.</p>}
          {/* a live region that is there before the decision, so its arrival is announced */}
          <div aria-live="polite">
            {quorum.decision && (
              <div className="mb-4 border-l-4 border-border pl-4">
                <h3>The Chair&apos;s decision</h3>
                <p className="mb-2 whitespace-pre-wrap">{quorum.decision}</p>
                {quorum.decidedAt && (
                  <p className="text-secondary">
                    Recorded by {quorum.decidedBy ?? 'the Chair'} on {formatDateTime(quorum.decidedAt)}
                  </p>
                )}
              </div>
            )}
          </div>
          {quorum.decision ? null : view.may.decideQuorum && view.recording.open && view.meeting.status !== 'CANCELLED' ? (
            <Form
              action={decideQuorumFormAction.bind(null, route)}
              submitLabel="Record my decision"
              fields={[
                { name: 'meetingId', label: '', type: 'hidden', defaultValue: view.meeting.id },
                { name: 'version', label: '', type: 'hidden', defaultValue: String(view.meeting.version) },
                {
                  name: 'decision',
                  label: 'Your decision as Chair',
                  type: 'textarea',
                  hint: 'For example: I am satisfied that enough members are present, in person or virtually, to conduct the business of the meeting. Once recorded it cannot be changed.',
                },
              ]}
            />
          ) : (
            <p>The Chair has not recorded a decision for this meeting.</p>
          )}
        </>
      ) : (
        <>
          <p className="mb-4">The quorum is {result.required} members. Substitutes standing in for a member count towards it; attendees do not.</p>
          {quorum.recorded ? (
            <p>
              {result.present} of the {result.required} members needed are present:{' '}
              {result.status === 'quorate' ? <Tag tone="green">Quorate</Tag> : <Tag tone="red">Not quorate</Tag>}
            </p>
          ) : (
            <p>
              {view.counts.membersExpected} members are expected so far, counting substitutes:{' '}
              {view.counts.membersExpected >= result.required ? <Tag tone="green">Enough for a quorum</Tag> : <Tag tone="red">Not enough for a quorum</Tag>}
            </p>
          )}
        </>
      )}
    </section>
  );
}

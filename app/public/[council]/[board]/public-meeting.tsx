import { StatusTag, Tag } from '@/components/tag';
import type { PublicMeeting } from '@/lib/public/queries';
import { formatBytes, formatDateTime, formatLongDate, formatTime } from '@/lib/format';
import { label } from '@/lib/labels';
import { publicPaperPath } from '@/lib/routes';

type Paper = { id: string; title: string; file: { id: string; fileName: string; sizeBytes: number } };

/** The public board's council and board slugs. */
type PublicBoard = readonly [council: string, board: string];

function PaperLinks({ papers, at }: { papers: Paper[]; at: PublicBoard }) {
  if (papers.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1">
      {papers.map((p) => (
        <li key={p.id}>
          <a href={publicPaperPath(...at, p.file.id)}>{p.title}</a>{' '}
          <span className="text-sm text-secondary">
            ({p.file.fileName}, {formatBytes(p.file.sizeBytes)})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One meeting as the public sees it: when and where, and its agenda once published. */
export function PublicMeetingEntry({ meeting, at }: { meeting: PublicMeeting; at: PublicBoard }) {
  return (
    <li className="border-l-4 border-border pl-4">
      <h3 className="mb-1">
        {formatLongDate(meeting.startsAt)}: {meeting.title}
      </h3>
      <p className="mb-3 text-secondary">
        {formatTime(meeting.startsAt)} to {formatTime(meeting.endsAt)}
        {meeting.venue && `, ${meeting.venue}`}
        {meeting.virtual && ' (members may also attend virtually)'}
        {meeting.kind !== 'ORDINARY' && ` · ${label('meetingKind', meeting.kind)}${meeting.theme ? `: ${meeting.theme}` : ''}`}
      </p>
      {meeting.status === 'CANCELLED' ? (
        <p className="mb-2">
          <StatusTag status="CANCELLED" kind="meetingStatus" /> {meeting.cancelledReason}
        </p>
      ) : meeting.agenda === null ? (
        <p className="mb-2">
          {meeting.agendaPublicFrom
            ? `The agenda and papers will be published by ${formatDateTime(meeting.agendaPublicFrom)}.`
            : !meeting.agendaDuePassed
              ? `The agenda and papers are due to be published by ${formatDateTime(meeting.agendaDue)}, once the Chair has agreed the agenda.`
              : 'The agenda and papers will be published once the Chair has agreed the agenda.'}
        </p>
      ) : (
        <>
          {!meeting.agendaAgreed && (
            <p className="mb-2">
              <Tag tone="amber">Draft agenda</Tag> Not yet agreed by the Chair: it may change.
            </p>
          )}
          {meeting.agenda.length === 0 ? (
            <p className="mb-2">The agenda has not been drafted yet.</p>
          ) : (
            <ol className="mb-2 space-y-3">
              {meeting.agenda.map((item) => (
                <li key={item.id}>
                  <span className="font-bold">
                    {item.position}. {item.title}
                  </span>
                  <span className="text-sm text-secondary">
                    {' '}
                    · {label('itemPurpose', item.purpose)}
                    {item.presenter && ` · ${item.presenter}`}
                  </span>
                  <PaperLinks papers={item.papers} at={at} />
                </li>
              ))}
            </ol>
          )}
          {meeting.otherPapers.length > 0 && (
            <>
              <p className="font-bold">Other papers</p>
              <PaperLinks papers={meeting.otherPapers} at={at} />
            </>
          )}
        </>
      )}
    </li>
  );
}

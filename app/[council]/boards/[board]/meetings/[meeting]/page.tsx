import type { Metadata } from 'next';
import { resolveBoard } from '@/lib/boards/context';
import { getMeeting } from '@/lib/meetings/queries';
import { formatBytes, formatDateTime, formatTime, humanise } from '@/lib/format';
import { StatusTag, Tag } from '@/components/tag';

type Props = { params: Promise<{ council: string; board: string; meeting: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, meeting } = await params;
  const m = await getMeeting(await resolveBoard(council, board), meeting);
  return { title: m.title };
}

const markingTone = { PUBLIC: 'green', OFFICIAL: 'blue', OFFICIAL_SENSITIVE: 'red' } as const;

export default async function MeetingPage({ params }: Props) {
  const { council, board, meeting } = await params;
  const ctx = await resolveBoard(council, board);
  const m = await getMeeting(ctx, meeting);
  const members = m.attendance.filter((a) => a.seat.role !== 'ATTENDEE');
  const attendees = m.attendance.filter((a) => a.seat.role === 'ATTENDEE');
  return (
    <main id="main-content">
      <h1>{m.title}</h1>
      <dl className="mb-8 grid max-w-3xl grid-cols-[12rem_1fr] gap-x-4 gap-y-2">
        <dt className="font-bold">When</dt>
        <dd>
          {formatDateTime(m.startsAt)} to {formatTime(m.endsAt)}
        </dd>
        <dt className="font-bold">Where</dt>
        <dd>
          {m.venue ?? 'To be confirmed'}
          {m.virtualLink && ' (virtual attendance available)'}
        </dd>
        <dt className="font-bold">Kind</dt>
        <dd>
          {humanise(m.kind)}
          {m.theme && `: ${m.theme}`}
        </dd>
        <dt className="font-bold">Status</dt>
        <dd>
          <StatusTag status={m.status} />
          {m.cancelledReason && ` ${m.cancelledReason}`}
        </dd>
        <dt className="font-bold">Papers due</dt>
        <dd>{formatDateTime(m.paperDeadline)}</dd>
        <dt className="font-bold">Apologies due</dt>
        <dd>{formatDateTime(m.apologyDeadline)}</dd>
        <dt className="font-bold">Agenda</dt>
        <dd>{m.agendaAgreedAt ? `Agreed with the Chair on ${formatDateTime(m.agendaAgreedAt)}` : 'Not yet agreed with the Chair'}</dd>
        {m.minutes[0] && (
          <>
            <dt className="font-bold">Minutes</dt>
            <dd>
              Version {m.minutes[0].versionNo}: {humanise(m.minutes[0].status)}
              {m.minutes[0].approvedAt && `, approved ${formatDateTime(m.minutes[0].approvedAt)}`}
            </dd>
          </>
        )}
      </dl>

      <h2>Agenda</h2>
      {m.agendaItems.length === 0 ? (
        <p className="mb-8">The agenda has not been drafted yet.</p>
      ) : (
        <ol className="mb-10 space-y-6">
          {m.agendaItems.map((item) => (
            <li key={item.id} className="border-l-4 border-border pl-4">
              <h3 className="mb-1">
                {item.position}. {item.title}
              </h3>
              <p className="text-secondary">
                {humanise(item.purpose)}
                {item.presenter && ` · presented by ${item.presenter}`}
                {item.durationMinutes && ` · ${item.durationMinutes} minutes`}
              </p>
              {item.papers.length > 0 && (
                <ul className="mt-2 space-y-1">
                  {item.papers.map((p) => (
                    <li key={p.id}>
                      {p.title}{' '}
                      {p.files[0] && (
                        <span className="text-sm text-secondary">
                          ({p.files[0].fileName}, {formatBytes(p.files[0].sizeBytes)}, version {p.files[0].versionNo})
                        </span>
                      )}{' '}
                      <Tag tone={markingTone[p.marking]}>{humanise(p.marking)}</Tag> <StatusTag status={p.status} />
                      {p.isLate && (
                        <>
                          {' '}
                          <Tag tone="red">{p.lateAcceptedAt ? 'Late, accepted by the Chair' : 'Late'}</Tag>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}

      {m.attendance.length > 0 && (
        <>
          <h2>Attendance</h2>
          {m.quorum && (
            <p className="mb-4">
              {m.quorum.status === 'chair-decides'
                ? `No quorum is set: the Chair decides whether enough members are present.${m.quorumDecision ? ` Chair's decision: ${m.quorumDecision}` : ''}`
                : `${m.quorum.present} of ${m.quorum.required} members needed are present: ${m.quorum.status === 'quorate' ? 'quorate' : 'not quorate'}.`}
            </p>
          )}
          {[
            { caption: 'Members', rows: members },
            { caption: 'Attendees', rows: attendees },
          ].map(({ caption, rows }) =>
            rows.length === 0 ? null : (
              <table key={caption} className="mb-8">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Position</th>
                    <th scope="col">Attendance</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((a) => (
                    <tr key={a.id}>
                      <td>{a.seat.person?.name ?? 'To be appointed'}</td>
                      <td>
                        {a.seat.position}
                        <div className="text-sm text-secondary">{a.seat.agency}</div>
                      </td>
                      <td>
                        {humanise(a.status)}
                        {a.status === 'SUBSTITUTE_ATTENDED' && a.seat.substitute && ` (${a.seat.substitute.name})`}
                        {a.apologyLate && (
                          <>
                            {' '}
                            <Tag tone="amber">Late notice</Tag>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ),
          )}
        </>
      )}
    </main>
  );
}

// Over 300 lines on purpose: the meeting's one page (details, agenda, papers, apologies,
// quorum, publication) shows each part for the roles that see it, in the order a member reads.
import { agendaAgreementText } from '@/lib/meetings/agenda/agreement-words';
import type { Metadata } from 'next';
import { titleFrom } from '@/lib/page-title';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { getMeeting, getMeetingNaming } from '@/lib/meetings/queries';
import { label, labelInSentence, meetingName } from '@/lib/labels';
import { meetingTitle } from '@/lib/labels';
import { getAgendaState, getLinkOptions } from '@/lib/meetings/agenda/queries';
import { formatBytes, formatDateTime, formatTime } from '@/lib/format';
import { StatusTag, Tag } from '@/components/tag';
import { statusLabel as minutesStatusLabel } from '@/lib/minutes/labels';
import { AgendaItemControls, AddAgendaItem, AddStandingItems, AgreeAgenda } from './agenda/agenda-forms';
import { forwardPlanForMeeting } from '@/lib/forward-plan/queries';
import { ForwardPlanForMeeting } from './agenda/forward-plan-items';
import { DataTable } from '@/components/data-table';
import { getPapersPage, type PaperView } from '@/lib/papers/queries';
import {
  agendaItemPath,
  boardSectionPath,
  meetingCalendarPath,
  meetingPackPath,
  meetingPath,
  meetingSectionPath,
  minutesPath,
  paperFilePath,
} from '@/lib/routes';
import { hasBegun } from '@/lib/rules/meetings';
import { currentTime } from '@/lib/clock';
import { HistoricalMeeting } from './historical-meeting';

type Props = { params: Promise<{ council: string; board: string; meeting: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return titleFrom(async () => {
    const { council, board, meeting } = await params;
    const ctx = await resolveBoard(council, board);
    return { title: meetingTitle(await getMeetingNaming(ctx, meeting), ctx.board.name) };
  });
}

const markingTone = { PUBLIC: 'green', OFFICIAL: 'blue', OFFICIAL_SENSITIVE: 'red' } as const;

export default async function MeetingPage({ params }: Props) {
  const { council, board, meeting } = await params;
  const ctx = await resolveBoard(council, board);
  const [m, agenda, planned, papers] = await Promise.all([
    getMeeting(ctx, meeting),
    getAgendaState(ctx, meeting),
    forwardPlanForMeeting(ctx, meeting),
    getPapersPage(ctx, meeting),
  ]);
  // the papers as this person may see them (the same rule as the downloads): members, the
  // Chair, attendees and a substitute standing in all get links, not only administrators
  const papersByItem = new Map(papers.items.map((i) => [i.id, i.papers]));
  const paperRoute = { council: ctx.council.slug, board: ctx.board.slug, meeting: m.id };
  const anyPaper = papers.items.some((i) => i.papers.length > 0) || papers.otherPapers.length > 0;
  const members = m.attendance.filter((a) => a.seat.role !== 'ATTENDEE');
  const attendees = m.attendance.filter((a) => a.seat.role === 'ATTENDEE');
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const here = [...at, m.id] as const;
  const scheduled = m.status === 'SCHEDULED';
  const isAdministrator = can(ctx.roles, 'meeting', 'update');
  const editsAgenda = scheduled && can(ctx.roles, 'agenda', 'update');
  // a board whose planning group agrees its agendas has them agreed from the planning group's page
  const agreesAgenda = scheduled && can(ctx.roles, 'agenda', 'approve') && m.agendaItems.length > 0 && !agenda.agreedByBoard;
  const linkOptions = editsAgenda ? await getLinkOptions(ctx) : null;
  const route = { council: ctx.council.slug, board: ctx.board.slug, meetingId: m.id };
  if (m.historical)
    return (
      <HistoricalMeeting
        meeting={m}
        boardName={ctx.board.name}
        meetingsHref={boardSectionPath(...at, 'meetings')}
        papersHref={can(ctx.roles, 'paper', 'create') ? meetingSectionPath(...here, 'papers') : null}
        papers={[...papers.items.flatMap((i) => i.papers), ...papers.otherPapers].flatMap((p) =>
          p.current && p.status === 'CIRCULATED' ? [{ id: p.id, title: p.title, href: paperFilePath(...here, p.id, p.current.id) }] : [],
        )}
      />
    );
  return (
    <main id="main-content">
      {meetingName(m, ctx.board.name) === m.title && (
        <p className="text-lg text-secondary">
          {label('meetingKind', m.kind)}, {formatDateTime(m.startsAt)}
        </p>
      )}
      <h1>{meetingName(m, ctx.board.name)}</h1>
      <nav aria-label="This meeting" className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {isAdministrator && (
            <li>
              <Link href={meetingSectionPath(...here, 'edit')}>Change, reschedule or cancel</Link>
            </li>
          )}
          {can(ctx.roles, 'paper', 'create') ? (
            <li>
              <Link href={meetingSectionPath(...here, 'papers')}>Papers: upload and circulate</Link>
            </li>
          ) : (
            papers.reader && (
              <li>
                <Link href={meetingSectionPath(...here, 'papers')}>Papers</Link>
              </li>
            )
          )}
          {papers.can.pack && anyPaper && (
            <li>
              {/* a file download: a plain link, so the router does not prefetch it */}
              <a href={meetingPackPath(...here)} download>
                Download the agenda pack (PDF)
              </a>
            </li>
          )}
          <li>
            <Link href={meetingSectionPath(...here, 'attendance')}>Apologies and attendance</Link>
          </li>
          <li>
            <Link href={meetingSectionPath(...here, 'declarations')}>Declarations of interest</Link>
          </li>
          {(m.minutes[0] || (isAdministrator && hasBegun(m, currentTime()))) && (
            <li>
              <Link href={minutesPath(...here)}>{m.minutes[0] ? 'Minutes' : 'Write the minutes'}</Link>
            </li>
          )}
          {scheduled && (
            <li>
              {/* a file download, not a page: a plain link, so the router does not prefetch it */}
              <a href={meetingCalendarPath(...here)} download>
                Add to calendar
              </a>
            </li>
          )}
        </ul>
      </nav>
      {agenda.rescheduledFrom && (
        <p className="mb-4">
          Moved from the meeting on <Link href={meetingPath(...at, agenda.rescheduledFrom.id)}>{formatDateTime(agenda.rescheduledFrom.startsAt)}</Link>.
        </p>
      )}
      {agenda.rescheduledTo.map((to) => (
        <p key={to.id} className="mb-4">
          This meeting moved to <Link href={meetingPath(...at, to.id)}>{formatDateTime(to.startsAt)}</Link>.
        </p>
      ))}
      <dl className="mb-8 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
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
          {label('meetingKind', m.kind)}
          {m.theme && `: ${m.theme}`}
        </dd>
        <dt className="font-bold">Status</dt>
        <dd>
          <StatusTag status={m.status} kind="meetingStatus" />
          {m.cancelledReason && ` ${m.cancelledReason}`}
        </dd>
        <dt className="font-bold">Papers due</dt>
        <dd>{formatDateTime(m.paperDeadline)}</dd>
        <dt className="font-bold">Apologies due</dt>
        <dd>{formatDateTime(m.apologyDeadline)}</dd>
        <dt className="font-bold">Agenda</dt>
        <dd>{agendaAgreementText(agenda)}</dd>
        {m.minutes[0] && (
          <>
            <dt className="font-bold">Minutes</dt>
            <dd>
              <Link href={minutesPath(...here)}>Version {m.minutes[0].versionNo}</Link>: {minutesStatusLabel(m.minutes[0].status)}
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
          {m.agendaItems.map((item, index) => {
            const links = agenda.linksByItem.get(item.id) ?? [];
            return (
              <li key={item.id} className="border-l-4 border-border pl-4">
                <h3 className="mb-1">
                  {item.position}. {item.title}
                </h3>
                <p className="text-secondary">
                  {label('itemPurpose', item.purpose)}
                  {item.presenter && ` · presented by ${item.presenter}`}
                  {item.durationMinutes && ` · ${item.durationMinutes} minutes`}
                  {item.standing && ' · standing item'}
                </p>
                {item.declarations.length > 0 && (
                  <p className="mt-1">
                    Interests declared:{' '}
                    {item.declarations.map((d) => `${d.person.name} (${labelInSentence('interestKind', d.kind)}${d.withdrew ? ', withdrew' : ''})`).join('; ')}
                  </p>
                )}
                {links.length > 0 && (
                  <ul className="mt-2 space-y-1 text-sm">
                    {links.map((l) => (
                      <li key={l.id}>
                        {l.kind} {l.reference}: {l.text}
                      </li>
                    ))}
                  </ul>
                )}
                <MeetingPapers papers={papersByItem.get(item.id) ?? []} route={paperRoute} />
                {editsAgenda && (
                  <AgendaItemControls
                    route={route}
                    itemId={item.id}
                    number={index + 1}
                    first={index === 0}
                    last={index === m.agendaItems.length - 1}
                    editHref={agendaItemPath(...here, item.id)}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}

      {papers.otherPapers.length > 0 && (
        <section aria-labelledby="other-papers" className="mb-10">
          <h2 id="other-papers">Papers for the meeting as a whole</h2>
          <MeetingPapers papers={papers.otherPapers} route={paperRoute} />
        </section>
      )}

      <ForwardPlanForMeeting route={route} items={planned} editsAgenda={editsAgenda} planHref={boardSectionPath(...at, 'forward-plan')} />

      {agreesAgenda && <AgreeAgenda route={route} version={agenda.version} agreed={agenda.agreed} />}

      {editsAgenda && linkOptions && (
        <>
          {agenda.standingMissing.length > 0 && <AddStandingItems route={route} missing={agenda.standingMissing} />}
          <AddAgendaItem route={route} options={linkOptions} />
        </>
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
              <DataTable key={caption} caption={caption} className="mb-8">
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
                        {label('attendanceStatus', a.status)}
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
              </DataTable>
            ),
          )}
        </>
      )}
    </main>
  );
}

/** An item's papers for this reader: a download link for each they may open, its marking and state in words. */
function MeetingPapers({ papers, route }: { papers: PaperView[]; route: { council: string; board: string; meeting: string } }) {
  if (papers.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1">
      {papers.map((p) => (
        <li key={p.id}>
          {p.current ? (
            <>
              <a href={paperFilePath(route.council, route.board, route.meeting, p.id, p.current.id)} download>
                {p.title}
              </a>{' '}
              <span className="text-sm text-secondary">
                ({p.current.fileName}, {formatBytes(p.current.sizeBytes)}, version {p.current.versionNo})
              </span>
            </>
          ) : (
            p.title
          )}{' '}
          <Tag tone={markingTone[p.marking]}>{label('protectiveMarking', p.marking)}</Tag> <StatusTag status={p.status} kind="paperStatus" />
          {p.isLate && (
            <>
              {' '}
              <Tag tone="red">{p.lateAcceptedAt ? 'Late, accepted by the Chair' : "Late: awaiting the Chair's consent"}</Tag>
            </>
          )}
          {p.current && p.status === 'CIRCULATED' && !p.openedByMe && (
            <>
              {' '}
              <Tag tone="blue">Not opened yet</Tag>
            </>
          )}
          {!p.current && p.awaitingConsent && <span className="block text-sm">You can open it once the Chair accepts it.</span>}
        </li>
      ))}
    </ul>
  );
}

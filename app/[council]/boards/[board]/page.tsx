// Over 300 lines on purpose: the board's overview gathers every panel (meetings, actions,
// commissioned papers, risks, recommendations, set-up) on one page.
import type { Metadata } from 'next';
import { titleFrom } from '@/lib/page-title';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { getBoardOverview } from '@/lib/boards/queries';
import { formatDateTime, formatDay } from '@/lib/format';
import { Tag } from '@/components/tag';
import { forwardPlanKindLabels } from '@/lib/forward-plan/schema';
import { MinutesAlerts } from '@/components/minutes-alerts';
import { DataTable } from '@/components/data-table';
import { getBoardSetup } from '@/lib/boards/setup';
import { label } from '@/lib/labels';
import { can } from '@/lib/auth/permissions';
import { boardSectionPath, commissionPath, meetingPath, minutesPath, newMeetingPath, newSeatPath, planSectionPath, riskPath } from '@/lib/routes';
import { SupportingBoards } from './_components/supporting-boards';
import { RecommendationsAwaiting } from './_components/recommendations-awaiting';
import { recommendationSummary } from '@/lib/recommendations/queries';
import { commissionOverview } from '@/lib/papers/commissions/queries';
import { currentTime } from '@/lib/clock';

type Props = { params: Promise<{ council: string; board: string }> };

// The board's own page is the segment that sets the board's title template, so it names itself in full.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return titleFrom(async () => {
    const { council, board } = await params;
    const ctx = await resolveBoard(council, board);
    return { title: { absolute: `Overview – ${ctx.board.name} – ${ctx.council.name} – Tabled` } };
  });
}

export default async function BoardOverviewPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const [o, setup, recommendations, commissions] = await Promise.all([
    getBoardOverview(ctx),
    getBoardSetup(ctx),
    recommendationSummary(ctx),
    commissionOverview(ctx, currentTime()),
  ]);
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const next = o.nextMeeting;
  return (
    <main id="main-content">
      <h1>Overview</h1>
      {setup.settingUp && <SetupChecklist steps={setup.steps} at={at} administers={can(ctx.roles, 'board', 'update')} />}
      {!setup.settingUp && (
        <div className="grid gap-8 md:grid-cols-2">
          <section aria-labelledby="next-meeting" className="border-t-4 border-brand pt-4">
            <h2 id="next-meeting">Next meeting</h2>
            {next ? (
              <>
                <p className="mb-2">
                  <Link href={meetingPath(...at, next.id)} className="text-lg font-bold">
                    {next.title}
                  </Link>
                </p>
                <p className="mb-2">{formatDateTime(next.startsAt)}</p>
                {next.venue && <p className="mb-2">{next.venue}</p>}
                <p className="mb-2">
                  Papers due by <strong>{formatDateTime(next.paperDeadline)}</strong> ({ctx.board.paperNoticeWorkingDays} working days before)
                </p>
                <p>
                  {next.papersCirculated} circulated, {next.papersOutstanding} still to come
                  {next.papersLate > 0 && (
                    <>
                      {' '}
                      <Tag tone="red">{next.papersLate} late</Tag>
                    </>
                  )}
                </p>
              </>
            ) : (
              <p>No meeting is scheduled.</p>
            )}
          </section>

          <section aria-labelledby="overdue-actions" className="border-t-4 border-brand pt-4">
            <h2 id="overdue-actions">Overdue actions</h2>
            <p className="mb-2">
              <strong className="text-3xl">{o.overdueCount}</strong> overdue
              {o.unagreedRevisions > 0 && <> · {o.unagreedRevisions} revised dates awaiting the board&apos;s agreement</>}
            </p>
            {o.overdue.length > 0 && (
              <ul className="mb-2 space-y-2">
                {o.overdue.map((a) => (
                  <li key={a.id}>
                    <strong>{a.reference}</strong> {a.description}
                    <div className="text-sm text-secondary">
                      Due {formatDay(a.agreedDueOn ?? a.dueOn)}
                      {a.ownerSeat && ` · ${a.ownerSeat.person?.name ?? a.ownerSeat.position}`}
                    </div>
                  </li>
                ))}
              </ul>
            )}
            <Link href={boardSectionPath(...at, 'actions', { view: 'overdue' })}>See all overdue actions</Link>
          </section>

          <section aria-labelledby="commissioned-papers" className="border-t-4 border-brand pt-4">
            <h2 id="commissioned-papers">Commissioned papers</h2>
            <p className="mb-2">
              <strong className="text-3xl">{commissions.counts.overdue}</strong> overdue · {commissions.counts.open} open
              {commissions.counts.awaitingReview > 0 && <> · {commissions.counts.awaitingReview} awaiting review</>}
              {commissions.counts.readyToCirculate > 0 && <> · {commissions.counts.readyToCirculate} ready to circulate</>}
            </p>
            {commissions.overdue.length > 0 && (
              <ul className="mb-2 space-y-2">
                {commissions.overdue.slice(0, 5).map((c) => (
                  <li key={c.id}>
                    <Link href={commissionPath(...at, c.id)}>{c.title}</Link>{' '}
                    <span className="text-sm text-secondary">
                      from {c.authorName}, due {formatDay(c.dueOn)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <Link href={boardSectionPath(...at, 'commissioned-papers')}>See all commissioned papers</Link>
          </section>

          <section aria-labelledby="top-risks" className="border-t-4 border-brand pt-4">
            <h2 id="top-risks">Top risks</h2>
            <p className="mb-2">
              {o.risksAboveAppetite} risks score above the board&apos;s appetite of {ctx.board.riskAppetiteScore}.
            </p>
            <ul className="mb-2 space-y-2">
              {o.topRisks.map((r) => (
                <li key={r.id}>
                  <strong>{r.reference}</strong> {r.title} <Tag tone={r.score > ctx.board.riskAppetiteScore ? 'red' : 'grey'}>Score {r.score}</Tag>
                </li>
              ))}
            </ul>
            <Link href={boardSectionPath(...at, 'risks')}>See the risk log</Link>
          </section>

          <section aria-labelledby="above-appetite" className="border-t-4 border-brand pt-4">
            <h2 id="above-appetite">Risks above appetite</h2>
            {o.aboveAppetite.length === 0 ? (
              <p className="mb-2">No open risk scores above the board&apos;s appetite of {ctx.board.riskAppetiteScore}.</p>
            ) : (
              <ul className="mb-2 space-y-2">
                {o.aboveAppetite.slice(0, 8).map((r) => (
                  <li key={r.id}>
                    <Link href={riskPath(...at, r.reference)}>
                      <strong>{r.reference}</strong> {r.title}
                    </Link>{' '}
                    <span className="whitespace-nowrap">score {r.score}</span>
                  </li>
                ))}
              </ul>
            )}
            {o.aboveAppetite.length > 8 && <p className="mb-2">and {o.aboveAppetite.length - 8} more.</p>}
            <Link href={boardSectionPath(...at, 'risks', { appetite: 'above' })}>See every risk above appetite</Link>
          </section>

          <section aria-labelledby="reviews-due" className="border-t-4 border-brand pt-4">
            <h2 id="reviews-due">Risk reviews due</h2>
            <p className="mb-2">
              {o.reviewsDue.filter((r) => r.review === 'overdue').length} overdue · {o.reviewsDue.filter((r) => r.review === 'due-soon').length} due within 14
              days
            </p>
            {o.reviewsDue.length > 0 && (
              <ul className="mb-2 space-y-2">
                {o.reviewsDue.slice(0, 8).map((r) => (
                  <li key={r.id}>
                    <Link href={riskPath(...at, r.reference)}>
                      <strong>{r.reference}</strong> {r.title}
                    </Link>
                    <div className="text-sm">
                      {r.review === 'overdue' ? <Tag tone="red">Overdue</Tag> : <Tag tone="amber">Due soon</Tag>} review by {formatDay(r.reviewDueOn)}
                    </div>
                  </li>
                ))}
              </ul>
            )}
            <Link href={boardSectionPath(...at, 'risks', { review: 'due', sort: 'review' })}>See every review due</Link>
          </section>

          <section aria-labelledby="minutes-status" className="border-t-4 border-brand pt-4">
            <h2 id="minutes-status">Minutes</h2>
            <MinutesAlerts alerts={o.minutes} hrefFor={(a) => minutesPath(...at, a.meetingId)} />
          </section>

          <section aria-labelledby="plan-progress" className="border-t-4 border-brand pt-4">
            <h2 id="plan-progress">Plan progress by theme</h2>
            {o.plan ? (
              <>
                <p className="mb-2">{o.plan.title}</p>
                <DataTable caption="Actions signed off by theme" captionClass="sr-only" className="mb-8">
                  <thead>
                    <tr>
                      <th scope="col">Theme</th>
                      <th scope="col">Signed off</th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.plan.themes.map((t) => (
                      <tr key={t.id}>
                        <td>{t.name}</td>
                        <td>
                          {t.done} of {t.total}
                          <div className="mt-1 h-2 w-32 bg-panel" aria-hidden="true">
                            <div className="h-2 bg-success" style={{ width: `${t.total ? (100 * t.done) / t.total : 0}%` }} />
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
                <p className="mt-2">
                  <Link href={boardSectionPath(...at, 'plan')}>See the improvement plan</Link>
                </p>
                <p className="mt-2">
                  <Link href={planSectionPath(...at, o.plan.id, 'report')}>Progress report</Link> ·{' '}
                  <Link href={planSectionPath(...at, o.plan.id, 'measures')}>Evidence of impact</Link>
                </p>
              </>
            ) : (
              <p>This board oversees no improvement plan.</p>
            )}
          </section>

          <SupportingBoards council={ctx.council.slug} boards={o.supporting} />
          <RecommendationsAwaiting council={ctx.council.slug} board={ctx.board.slug} advisory={ctx.board.advisory ?? false} summary={recommendations} />

          <section aria-labelledby="forward-plan" className="border-t-4 border-brand pt-4 md:col-span-2">
            <h2 id="forward-plan">Forward plan: the next three meetings</h2>
            {o.forwardPlan.length === 0 ? (
              <p className="mb-2">No meeting is scheduled.</p>
            ) : (
              <div className="mb-2 grid gap-6 md:grid-cols-3">
                {o.forwardPlan.map((m) => (
                  <div key={m.id}>
                    <h3 className="mb-1 text-lg">
                      <Link href={meetingPath(...at, m.id)}>{formatDateTime(m.startsAt)}</Link>
                    </h3>
                    {m.forwardPlan.length === 0 ? (
                      <p>Nothing planned yet.</p>
                    ) : (
                      <ul className="space-y-1">
                        {m.forwardPlan.map((item) => (
                          <li key={item.id}>
                            {item.title}
                            <span className="text-sm text-secondary">
                              {' '}
                              ({forwardPlanKindLabels[item.kind].toLowerCase()}
                              {item.agendaItemId ? ', on the agenda' : ''})
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                ))}
              </div>
            )}
            <Link href={boardSectionPath(...at, 'forward-plan')}>See the forward plan</Link>
          </section>
        </div>
      )}
      <p className="mt-8 text-sm text-secondary">
        {label('boardKind', ctx.board.kind)} · {label('boardStatus', ctx.board.status)} · {ctx.board.isPublic ? 'publishes its papers' : 'private'}
      </p>
    </main>
  );
}

const stepNames = {
  seats: { name: 'Add the seats on the board', href: newSeatPath },
  members: { name: 'Appoint people to the seats', href: (c: string, b: string) => boardSectionPath(c, b, 'membership') },
  terms: { name: 'Agree and approve the terms of reference', href: (c: string, b: string) => boardSectionPath(c, b, 'terms') },
  reporting: { name: 'Say who the board reports to', href: (c: string, b: string) => boardSectionPath(c, b, 'settings') },
  meetings: { name: 'Schedule the first meeting', href: (c: string, b: string) => newMeetingPath(c, b) },
  established: { name: 'Record the board as established', href: (c: string, b: string) => boardSectionPath(c, b, 'settings') },
} as const;

/** GOV.UK task list: what a new board still has to do, each step linked to where it is done. */
function SetupChecklist({
  steps,
  at,
  administers,
}: {
  steps: { key: keyof typeof stepNames; done: boolean }[];
  at: readonly [string, string];
  administers: boolean;
}) {
  const done = steps.filter((s) => s.done).length;
  return (
    <section aria-labelledby="setting-up" className="mb-10 max-w-3xl">
      <h2 id="setting-up">Setting up the board</h2>
      <p className="mb-4">
        {done} of {steps.length} steps done. The board’s meetings, actions, risks and plan appear here once it has started meeting.
      </p>
      <ul className="border-t border-border">
        {steps.map((s, i) => {
          const { name, href } = stepNames[s.key];
          const statusId = `setup-${s.key}-status`;
          return (
            <li key={s.key} className="flex flex-wrap items-center justify-between gap-2 border-b border-border py-3">
              <span>
                {administers && !s.done ? (
                  <Link href={href(...at)} aria-describedby={statusId}>
                    {name}
                  </Link>
                ) : (
                  name
                )}
              </span>
              <span id={statusId}>
                {s.done ? 'Completed' : <Tag tone="blue">{i === steps.findIndex((x) => !x.done) ? 'Next step' : 'Not yet started'}</Tag>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

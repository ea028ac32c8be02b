import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { getRisk, riskFormOptions } from '@/lib/risk-log/queries';
import {
  addMitigationFormAction,
  changeRiskStatusFormAction,
  completeMitigationFormAction,
  escalateRiskFormAction,
  reviewRiskFormAction,
} from '@/lib/risk-log/form-actions';
import { escalateFields, mitigationFields, reviewFields, statusFields } from '@/lib/risk-log/form-specs';
import { impactWords, likelihoodWords } from '@/lib/risk-log/schema';
import { formatDay } from '@/lib/format';
import { addCalendarDays, londonDay } from '@/lib/rules/london-calendar';
import { Form } from '@/components/form';
import type { ActionResult } from '@/lib/action/result';
import { StatusTag, Tag } from '@/components/tag';
import { RatingTag, ratingLabel, ReviewFlag, trendWords } from '../risk-ui';
import { describeHistory, ScoreChart } from './score-chart';
import { DataTable } from '@/components/data-table';
import { currentTime } from '@/lib/clock';
import { boardSectionPath, editRiskPath, riskPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; risk: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { risk } = await params;
  return { title: `Risk ${decodeURIComponent(risk)}` };
}

const changeWords = { rising: 'Rose', falling: 'Fell', steady: 'No change' } as const;

export default async function RiskPage({ params }: Props) {
  const { council, board, risk: reference } = await params;
  const ctx = await resolveBoard(council, board);
  const risk = await getRisk(ctx, decodeURIComponent(reference));
  const updates = can(ctx.roles, 'risk', 'update');
  const escalates = can(ctx.roles, 'risk', 'create') && !risk.escalatedTo && risk.status !== 'CLOSED';
  const options = escalates ? await riskFormOptions(ctx) : null;
  const bind = (action: (c: string, b: string, prev: ActionResult | null, formData: FormData) => Promise<ActionResult<unknown>>) =>
    action.bind(null, ctx.council.slug, ctx.board.slug);
  const base = boardSectionPath(ctx.council.slug, ctx.board.slug, 'risks');
  const today = londonDay(currentTime());
  const appetite = ctx.board.riskAppetiteScore;
  const previous = risk.history.at(-2);
  const scores = [
    { label: 'Inherent (no controls)', l: risk.inherentLikelihood, i: risk.inherentImpact, score: risk.inherent },
    { label: 'Current', l: risk.currentLikelihood, i: risk.currentImpact, score: risk.current },
    { label: 'Target', l: risk.targetLikelihood, i: risk.targetImpact, score: risk.target },
  ];
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={base}>Back to the risk log</Link>
      </p>
      <h1>
        {risk.reference}: {risk.title}
      </h1>
      <p className="mb-6">
        <StatusTag status={risk.status} kind="riskStatus" /> <RatingTag rating={risk.rating} />{' '}
        {risk.aboveAppetite && <Tag tone="red">Above the board’s appetite of {appetite}</Tag>} <ReviewFlag state={risk.review} />
        {updates && (
          <>
            {' '}
            <Link href={editRiskPath(ctx.council.slug, ctx.board.slug, risk.reference)} className="ml-4">
              Edit this risk
            </Link>
          </>
        )}
      </p>

      {(risk.escalatedTo || risk.escalatedFrom.length > 0) && (
        <section aria-labelledby="escalation" className="mb-8 max-w-3xl border-l-8 border-brand bg-panel p-4">
          <h2 id="escalation" className="text-xl">
            Escalation
          </h2>
          {risk.escalatedTo && (
            <p>
              Escalated to the {risk.escalatedTo.board.name} risk log as{' '}
              <Link href={riskPath(ctx.council.slug, risk.escalatedTo.board.slug, risk.escalatedTo.reference)}>{risk.escalatedTo.reference}</Link>, which is now{' '}
              {risk.escalatedTo.status.toLowerCase()}.
            </p>
          )}
          {risk.escalatedFrom.map((f) => (
            <p key={`${f.board.slug}-${f.reference}`}>
              Escalated from the {f.board.name} risk log, where it is <Link href={riskPath(ctx.council.slug, f.board.slug, f.reference)}>{f.reference}</Link>.
            </p>
          ))}
        </section>
      )}

      <dl className="mb-8 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Description</dt>
        <dd className="whitespace-pre-wrap">{risk.description}</dd>
        <dt className="font-bold">Cause</dt>
        <dd className="whitespace-pre-wrap">{risk.cause ?? 'Not recorded'}</dd>
        <dt className="font-bold">Consequence</dt>
        <dd className="whitespace-pre-wrap">{risk.consequence ?? 'Not recorded'}</dd>
        <dt className="font-bold">Category</dt>
        <dd>{risk.category}</dd>
        <dt className="font-bold">Owner</dt>
        <dd>{risk.owner}</dd>
        <dt className="font-bold">Controls in place</dt>
        <dd className="whitespace-pre-wrap">{risk.controls ?? 'None recorded'}</dd>
        <dt className="font-bold">Next review</dt>
        <dd>
          {risk.status === 'CLOSED' ? 'None: the risk is closed' : formatDay(risk.reviewDueOn)}
          {risk.review === 'overdue' && <strong> The review is overdue.</strong>}
          {risk.review === 'due-soon' && ' Due within 14 days.'}
        </dd>
      </dl>

      <h2>Scores</h2>
      <DataTable caption="Inherent, current and target scores" captionClass="sr-only" className="mb-8" tableClass="w-auto">
        <thead>
          <tr>
            <th scope="col">Assessment</th>
            <th scope="col">Likelihood</th>
            <th scope="col">Impact</th>
            <th scope="col">Score</th>
            <th scope="col">Rating</th>
          </tr>
        </thead>
        <tbody>
          {scores.map((s) => (
            <tr key={s.label}>
              <th scope="row">{s.label}</th>
              <td>
                {s.l} ({likelihoodWords[s.l - 1]})
              </td>
              <td>
                {s.i} ({impactWords[s.i - 1]})
              </td>
              <td className="font-bold">{s.score}</td>
              <td>{ratingLabel[s.score <= 4 ? 'low' : s.score <= 9 ? 'medium' : s.score <= 15 ? 'high' : 'very-high']}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>

      <h2 id="score-over-time">Score over time</h2>
      <p className="mb-4 font-bold">
        {risk.trend && previous
          ? `Trend: ${trendWords[risk.trend].toLowerCase()}. The score ${risk.trend === 'steady' ? `stayed at ${risk.history.at(-1)!.score}` : `${risk.trend === 'rising' ? 'rose' : 'fell'} from ${previous.score} to ${risk.history.at(-1)!.score}`} at the latest review.`
          : 'Trend: not yet known. A trend is shown after the second review.'}
      </p>
      <ScoreChart points={risk.history} appetite={appetite} describedBy="score-chart-text" />
      <p id="score-chart-text" className="mb-6 max-w-3xl text-secondary">
        {describeHistory(risk.history, appetite)}
      </p>
      {risk.reviews.length > 0 && (
        <DataTable caption="Review history, oldest first" captionClass="text-left" className="mb-10">
          <thead>
            <tr>
              <th scope="col">Reviewed</th>
              <th scope="col">Likelihood</th>
              <th scope="col">Impact</th>
              <th scope="col">Score</th>
              <th scope="col">Change</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {risk.reviews.map((r) => (
              <tr key={r.id}>
                <td className="whitespace-nowrap">{formatDay(r.reviewedOn)}</td>
                <td>{r.likelihood}</td>
                <td>{r.impact}</td>
                <td>
                  <strong>{r.point?.score}</strong> {r.point && ratingLabel[r.point.rating].toLowerCase()}
                </td>
                <td>{r.point?.change ? changeWords[r.point.change] : 'First assessment'}</td>
                <td>{r.reviewer ?? 'Not recorded'}</td>
                <td className="whitespace-pre-wrap">{r.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      {updates && risk.status !== 'CLOSED' && (
        <section aria-labelledby="record-review" className="mb-10 max-w-2xl">
          <h2 id="record-review">Record a review</h2>
          <p className="mb-4">The likelihood and impact found become the risk’s current scores, and the review is added to its history.</p>
          <Form action={bind(reviewRiskFormAction)} fields={reviewFields(risk, today, addCalendarDays(today, 42))} submitLabel="Record the review" />
        </section>
      )}

      <section aria-labelledby="mitigations" className="mb-10 max-w-3xl">
        <h2 id="mitigations">Mitigations</h2>
        {risk.mitigations.length === 0 ? (
          <p className="mb-4">No mitigations are recorded.</p>
        ) : (
          <ul className="mb-6 space-y-4">
            {risk.mitigations.map((m, index) => (
              <li key={m.id} className="border-l-4 border-border pl-4">
                <p>{m.description}</p>
                <p className="text-sm text-secondary">
                  {m.ownerName ?? 'No owner named'}
                  {m.dueOn && ` · due ${formatDay(m.dueOn)}`} · {m.done ? 'complete' : 'not yet complete'}
                </p>
                {updates && !m.done && (
                  <div className="mt-2">
                    <Form
                      action={bind(completeMitigationFormAction)}
                      fields={[
                        { name: 'riskId', label: '', type: 'hidden', defaultValue: risk.id },
                        { name: 'mitigationId', label: '', type: 'hidden', defaultValue: m.id },
                      ]}
                      submitLabel={`Mark mitigation ${index + 1} complete`}
                      variant="secondary"
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {updates && risk.status !== 'CLOSED' && (
          <>
            <h3>Add a mitigation</h3>
            <Form action={bind(addMitigationFormAction)} fields={mitigationFields(risk.id)} submitLabel="Add the mitigation" variant="secondary" />
          </>
        )}
      </section>

      {updates && (
        <section aria-labelledby="change-status" className="mb-10 max-w-2xl">
          <h2 id="change-status">Status</h2>
          <p className="mb-4">
            Open risks are managed actively; monitoring means the risk is under control and watched; a closed risk leaves the heat map and needs no more
            reviews.
            {risk.escalatedTo && ' The link to the escalated risk is kept whatever the status.'}
          </p>
          <Form action={bind(changeRiskStatusFormAction)} fields={statusFields(risk)} submitLabel="Change the status" variant="secondary" />
        </section>
      )}

      {escalates && options && options.boards.length > 0 && (
        <section aria-labelledby="escalate" className="mb-10 max-w-2xl">
          <h2 id="escalate">Escalate to another board</h2>
          <p className="mb-4">The risk is added to the other board’s log, linked to this one, and marked escalated here.</p>
          <Form action={bind(escalateRiskFormAction)} fields={escalateFields(risk, options.boards)} submitLabel="Escalate the risk" variant="secondary" />
        </section>
      )}
    </main>
  );
}

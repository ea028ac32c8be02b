import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { listRisks, riskFilterSchema, type RiskFilter } from '@/lib/risk-log/queries';
import { formatDay } from '@/lib/format';
import { StatusTag } from '@/components/tag';
import { Pagination } from '@/components/pagination';
import { HeatMap, RatingTag, ratingLabel, ReviewFlag, trendWords } from './risk-ui';
import { riskRating } from '@/lib/rules/risk-score';
import { DataTable } from '@/components/data-table';
import { boardSectionPath, newRiskPath, riskPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Risk log' };

const statusChoices = [
  { value: 'active', label: 'Not closed' },
  { value: 'all', label: 'All, including closed' },
  { value: 'OPEN', label: 'Open' },
  { value: 'MONITORING', label: 'Monitoring' },
  { value: 'ESCALATED', label: 'Escalated' },
  { value: 'CLOSED', label: 'Closed' },
];

/** The filter as query-string values, for pagination and for links that change one part of it. */
function asParams(f: RiskFilter): Record<string, string | undefined> {
  return {
    status: f.status,
    category: f.category,
    owner: f.owner,
    appetite: f.appetite,
    review: f.review,
    likelihood: f.likelihood?.toString(),
    impact: f.impact?.toString(),
    sort: f.sort,
  };
}

const select = 'border-2 border-border-input bg-white p-2';

export default async function RiskLogPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const filter = riskFilterSchema.parse(await searchParams);
  const r = await listRisks(ctx, filter);
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const base = boardSectionPath(...at, 'risks');
  const cellHref = (likelihood: number, impact: number) => boardSectionPath(...at, 'risks', { status: 'active', likelihood, impact });
  const filtered = Object.entries(asParams(filter)).some(([k, v]) => v && k !== 'sort');
  return (
    <main id="main-content">
      <h1>Risk log</h1>
      {can(ctx.roles, 'risk', 'create') && (
        <p className="mb-6">
          <Link
            href={newRiskPath(...at)}
            className="inline-block bg-success px-4 py-2 font-bold text-white no-underline shadow-[0_2px_0_#002d18] visited:text-white"
          >
            Add a risk
          </Link>
        </p>
      )}
      <p className="mb-6 max-w-3xl">
        {r.openTotal} risks are not closed. The board&apos;s appetite is a current score of {r.appetite}: risks scoring more are above it.{' '}
        {r.overdueReviews > 0 ? (
          <>
            <strong>
              {r.overdueReviews} {r.overdueReviews === 1 ? 'review is' : 'reviews are'} overdue.
            </strong>{' '}
            <Link href={boardSectionPath(...at, 'risks', { review: 'overdue' })}>Show overdue reviews</Link>
          </>
        ) : (
          'No review is overdue.'
        )}
      </p>

      <h2>Heat map</h2>
      <HeatMap
        counts={r.heatMap}
        cellHref={cellHref}
        selected={{ likelihood: filter.likelihood, impact: filter.impact }}
        caption="Risks not closed, by current likelihood and impact. Choose a number to list those risks."
      />
      <p className="mb-10 text-sm text-secondary">Scores: 1 to 4 low, 5 to 9 medium, 10 to 15 high, 16 to 25 very high.</p>

      <h2>Risks</h2>
      <form method="get" action={base} className="mb-6 flex flex-wrap items-end gap-4 bg-panel p-4">
        <div>
          <label htmlFor="status" className="mb-1 block font-bold">
            Status
          </label>
          <select id="status" name="status" defaultValue={filter.status ?? 'active'} className={select}>
            {statusChoices.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="mb-1 block font-bold">
            Category
          </label>
          <select id="category" name="category" defaultValue={filter.category ?? ''} className={select}>
            <option value="">Any category</option>
            {r.categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="owner" className="mb-1 block font-bold">
            Owner
          </label>
          <select id="owner" name="owner" defaultValue={filter.owner ?? ''} className={select}>
            <option value="">Anyone</option>
            {r.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="appetite" className="mb-1 block font-bold">
            Score
          </label>
          <select id="appetite" name="appetite" defaultValue={filter.appetite ?? ''} className={select}>
            <option value="">Any score</option>
            <option value="above">Above the appetite ({r.appetite})</option>
          </select>
        </div>
        <div>
          <label htmlFor="review" className="mb-1 block font-bold">
            Review
          </label>
          <select id="review" name="review" defaultValue={filter.review ?? ''} className={select}>
            <option value="">Any review date</option>
            <option value="overdue">Overdue</option>
            <option value="due">Overdue or due within 14 days</option>
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="mb-1 block font-bold">
            Sort by
          </label>
          <select id="sort" name="sort" defaultValue={filter.sort ?? 'score'} className={select}>
            <option value="score">Current score, highest first</option>
            <option value="review">Review date, soonest first</option>
            <option value="reference">Reference</option>
          </select>
        </div>
        {filter.likelihood && <input type="hidden" name="likelihood" value={filter.likelihood} />}
        {filter.impact && <input type="hidden" name="impact" value={filter.impact} />}
        <button type="submit" className="cursor-pointer bg-ink px-4 py-2 font-bold text-white">
          Apply filters
        </button>
      </form>
      <p className="mb-4" role="status">
        {r.total} {r.total === 1 ? 'risk' : 'risks'}
        {filter.likelihood && filter.impact ? ` with likelihood ${filter.likelihood} and impact ${filter.impact}` : ''}
        {filtered && (
          <>
            {' '}
            · <Link href={base}>Clear the filters</Link>
          </>
        )}
      </p>
      {r.rows.length > 0 && (
        <DataTable
          caption={
            <>
              Risks, {r.total} in all, page {r.page} of {r.pages}
            </>
          }
          captionClass="sr-only"
          className="mb-8"
        >
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Risk</th>
              <th scope="col">Owner</th>
              <th scope="col">Score: inherent, current, target</th>
              <th scope="col">Next review</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((risk) => (
              <tr key={risk.id}>
                <td className="font-bold whitespace-nowrap">
                  <Link href={riskPath(...at, risk.reference)}>{risk.reference}</Link>
                </td>
                <td>
                  <Link href={riskPath(...at, risk.reference)}>{risk.title}</Link>
                  <div className="text-sm text-secondary">{risk.category}</div>
                  {risk.escalatedTo && (
                    <div className="text-sm">
                      Escalated to the {risk.escalatedTo.board.name} log as {risk.escalatedTo.reference}
                    </div>
                  )}
                  {risk.escalatedFrom.map((f) => (
                    <div key={f.reference} className="text-sm">
                      Escalated from the {f.board.name} log ({f.reference})
                    </div>
                  ))}
                </td>
                <td>{risk.owner}</td>
                <td className="whitespace-nowrap">
                  Inherent {risk.inherent} ({ratingLabel[riskRating(risk.inherent)].toLowerCase()}),
                  <br />
                  current <strong>{risk.current}</strong>, target {risk.target} ({ratingLabel[riskRating(risk.target)].toLowerCase()})
                  <div className="mt-1">
                    <RatingTag rating={risk.rating} />
                    {risk.aboveAppetite && <span className="ml-2 text-sm font-bold">Above appetite</span>}
                    {risk.trend && <span className="ml-2 text-sm">{trendWords[risk.trend]}</span>}
                  </div>
                </td>
                <td className="whitespace-nowrap">
                  {formatDay(risk.reviewDueOn)}
                  {(risk.review === 'overdue' || risk.review === 'due-soon') && (
                    <div>
                      <ReviewFlag state={risk.review} />
                    </div>
                  )}
                </td>
                <td>
                  <StatusTag status={risk.status} kind="riskStatus" />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination page={r.page} pages={r.pages} basePath={base} params={asParams(filter)} />
    </main>
  );
}

import type { Metadata } from 'next';
import { resolveBoard } from '@/lib/boards/context';
import { listRisks, riskFilterSchema } from '@/lib/risk-log/queries';
import { formatDay, humanise } from '@/lib/format';
import { StatusTag, Tag } from '@/components/tag';
import { Pagination } from '@/components/pagination';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Risk log' };

const ratingTone = { low: 'green', medium: 'amber', high: 'red', 'very-high': 'red' } as const;
const trendWords = { rising: 'Rising', falling: 'Falling', steady: 'Steady' } as const;

function cellTone(score: number): string {
  if (score >= 16) return 'bg-[#f4cdc6]';
  if (score >= 10) return 'bg-[#fcd6c3]';
  if (score >= 5) return 'bg-[#fff7bf]';
  return 'bg-[#cce5d8]';
}

export default async function RiskLogPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const filter = riskFilterSchema.parse(await searchParams);
  const r = await listRisks(ctx, filter);
  const base = `/${ctx.council.slug}/boards/${ctx.board.slug}/risks`;
  return (
    <main id="main-content">
      <h1>Risk log</h1>
      <h2>Heat map of open risks</h2>
      <table className="mb-10 w-auto text-center">
        <caption className="sr-only">Number of open risks by likelihood (rows) and impact (columns)</caption>
        <thead>
          <tr>
            <th scope="col">Likelihood \ Impact</th>
            {[1, 2, 3, 4, 5].map((i) => (
              <th key={i} scope="col" className="text-center">
                Impact {i}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[5, 4, 3, 2, 1].map((l) => (
            <tr key={l}>
              <th scope="row">Likelihood {l}</th>
              {[1, 2, 3, 4, 5].map((i) => (
                <td key={i} className={`border border-white px-4 text-center font-bold ${cellTone(l * i)}`}>
                  {r.heatMap[l - 1]?.[i - 1] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Risks</h2>
      <p className="mb-4">
        {r.total} risks. The board&apos;s appetite is a score of {r.appetite}.
      </p>
      <table>
        <caption className="sr-only">Risks</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Risk</th>
            <th scope="col">Owner</th>
            <th scope="col">Scores (inherent, current, target)</th>
            <th scope="col">Review due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {r.rows.map((risk) => (
            <tr key={risk.id}>
              <td className="font-bold">{risk.reference}</td>
              <td>
                {risk.title}
                <div className="text-sm text-secondary">{risk.category}</div>
                {risk.escalatedTo && (
                  <div className="text-sm">
                    Escalated to {risk.escalatedTo.board.name} ({risk.escalatedTo.reference})
                  </div>
                )}
              </td>
              <td>{risk.ownerSeat?.person?.name ?? risk.ownerSeat?.position ?? risk.ownerName ?? 'No owner'}</td>
              <td className="whitespace-nowrap">
                {risk.inherent}, <strong>{risk.current}</strong>, {risk.target}
                <div>
                  <Tag tone={ratingTone[risk.rating]}>{humanise(risk.rating.replace('-', '_'))}</Tag>
                  {risk.trend && <span className="ml-2 text-sm">{trendWords[risk.trend]}</span>}
                </div>
              </td>
              <td className="whitespace-nowrap">
                {formatDay(risk.reviewDueOn)}
                {risk.reviewOverdue && (
                  <div>
                    <Tag tone="red">Review overdue</Tag>
                  </div>
                )}
              </td>
              <td>
                <StatusTag status={risk.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={r.page} pages={r.pages} basePath={base} params={{}} />
    </main>
  );
}

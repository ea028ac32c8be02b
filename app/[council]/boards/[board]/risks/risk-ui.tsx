import Link from 'next/link';
import { Tag } from '@/components/tag';
import type { RiskRating, RiskTrend } from '@/lib/rules/risk-score';
import type { ReviewState } from '@/lib/rules/risk-review';
import { impactWords, likelihoodWords } from '@/lib/risk-log/schema';
import { DataTable } from '@/components/data-table';
import type { Route } from 'next';

// The risk log's shared pieces: ratings, trends and review states in words (colour only
// repeats them), and the 5x5 heat map as a table.

export const ratingLabel: Record<RiskRating, string> = { low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very high' };
const ratingTone = { low: 'green', medium: 'amber', high: 'red', 'very-high': 'red' } as const;
export const trendWords: Record<RiskTrend, string> = { rising: 'Rising', falling: 'Falling', steady: 'Steady' };

export function RatingTag({ rating }: { rating: RiskRating }) {
  return <Tag tone={ratingTone[rating]}>{ratingLabel[rating]}</Tag>;
}

export function ReviewFlag({ state }: { state: ReviewState }) {
  if (state === 'overdue') return <Tag tone="red">Review overdue</Tag>;
  if (state === 'due-soon') return <Tag tone="amber">Review due soon</Tag>;
  return null;
}

function cellTone(score: number): string {
  if (score >= 16) return 'bg-[#f4cdc6]';
  if (score >= 10) return 'bg-[#fcd6c3]';
  if (score >= 5) return 'bg-[#fff7bf]';
  return 'bg-[#cce5d8]';
}

function cellRating(score: number): string {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 15) return 'high';
  return 'very high';
}

/**
 * Likelihood rows (5 at the top) by impact columns, each cell the number of open risks
 * there, its score and rating in words, and a link that filters the list to that cell.
 */
export function HeatMap({
  counts,
  cellHref,
  selected,
  caption,
}: {
  counts: number[][];
  cellHref: (likelihood: number, impact: number) => Route;
  selected?: { likelihood?: number; impact?: number };
  caption: string;
}) {
  return (
    <DataTable caption={caption} captionClass="mb-2 text-left" className="mb-4" tableClass="w-auto text-center">
      <thead>
        <tr>
          <th scope="col">Likelihood (rows) by impact (columns)</th>
          {[1, 2, 3, 4, 5].map((i) => (
            <th key={i} scope="col" className="text-center">
              Impact {i}
              <div className="text-sm font-normal">{impactWords[i - 1]}</div>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[5, 4, 3, 2, 1].map((l) => (
          <tr key={l}>
            <th scope="row">
              Likelihood {l}
              <div className="text-sm font-normal">{likelihoodWords[l - 1]}</div>
            </th>
            {[1, 2, 3, 4, 5].map((i) => {
              const count = counts[l - 1]?.[i - 1] ?? 0;
              const isSelected = selected?.likelihood === l && selected?.impact === i;
              return (
                <td key={i} className={`border-2 px-3 text-center ${isSelected ? 'border-ink' : 'border-white'} ${cellTone(l * i)}`}>
                  {count > 0 ? (
                    <Link href={cellHref(l, i)} className="text-lg font-bold text-ink visited:text-ink" aria-current={isSelected ? 'true' : undefined}>
                      {count}
                      <span className="sr-only">
                        {' '}
                        {count === 1 ? 'risk' : 'risks'} with likelihood {l} and impact {i}: show them
                      </span>
                    </Link>
                  ) : (
                    <span className="text-lg">0</span>
                  )}
                  <div className="text-xs">
                    score {l * i}, {cellRating(l * i)}
                    {isSelected && ', shown below'}
                  </div>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

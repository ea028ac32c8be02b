import Link from 'next/link';
import { formatDay } from '@/lib/format';
import { boardSectionPath } from '@/lib/routes';
import type { RecommendationOutcome } from '@/lib/rules/recommendations';

type Summary = {
  total: number;
  counts: Record<RecommendationOutcome, number>;
  oldestPending: { id: string; text: string; decisionMaker: string | null; meeting: { startsAt: Date } }[];
};

/** On a board's overview: its recommendations still awaiting the decision maker, oldest first, and how the rest were decided. */
export function RecommendationsAwaiting({ council, board, advisory, summary }: { council: string; board: string; advisory: boolean; summary: Summary }) {
  if (!advisory && summary.total === 0) return null;
  const { counts } = summary;
  return (
    <section aria-labelledby="recommendations-awaiting" className="border-t-4 border-brand pt-4 md:col-span-2">
      <h2 id="recommendations-awaiting">Recommendations awaiting a decision</h2>
      <p className="mb-2">
        <strong className="text-3xl">{counts.PENDING}</strong> awaiting a decision · {counts.ACCEPTED} accepted · {counts.ACCEPTED_WITH_CHANGES} accepted with
        changes · {counts.REJECTED} rejected
      </p>
      {summary.oldestPending.length > 0 && (
        <ul className="mb-2 space-y-2">
          {summary.oldestPending.map((r) => (
            <li key={r.id}>
              To <strong>{r.decisionMaker ?? 'a decision maker not named'}</strong>: {r.text.length > 160 ? `${r.text.slice(0, 157)}…` : r.text}
              <div className="text-sm text-secondary">Recommended {formatDay(r.meeting.startsAt)}</div>
            </li>
          ))}
        </ul>
      )}
      <Link href={boardSectionPath(council, board, 'recommendations')}>All recommendations and their outcomes</Link>
    </section>
  );
}

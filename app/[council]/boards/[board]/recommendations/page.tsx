import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { listRecommendations } from '@/lib/recommendations/queries';
import { recordOutcomeFormAction } from '@/lib/recommendations/form-actions';
import { recommendationOutcomes } from '@/lib/rules/recommendations';
import { formatDay, formatDayLong } from '@/lib/format';
import { label, labelOptions } from '@/lib/labels';
import { minutesPath } from '@/lib/routes';
import { Form } from '@/components/form';
import { StatusTag } from '@/components/tag';

export const metadata: Metadata = { title: 'Recommendations' };

type Props = { params: Promise<{ council: string; board: string }> };

/** The board's recommendations from signed minutes, each with its decision maker and outcome; officers record outcomes here. */
export default async function RecommendationsPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const { rows, counts, recordedBy } = await listRecommendations(ctx);
  const records = can(ctx.roles, 'minutes', 'update');
  const at = [ctx.council.slug, ctx.board.slug] as const;
  return (
    <main id="main-content">
      <h1>Recommendations</h1>
      <p className="mb-4 max-w-3xl">
        {ctx.board.advisory ? 'This board is advisory: decisions are taken by others. ' : ''}
        Each recommendation in the minutes the Chair has approved, who decides on it, and what they decided.
      </p>
      <p className="mb-6">
        {recommendationOutcomes.map((o, i) => (
          <span key={o}>
            {i > 0 && ' · '}
            {label('recommendationOutcomeKind', o)}: <strong>{counts[o]}</strong>
          </span>
        ))}
      </p>
      {rows.length === 0 && <p>No recommendations are recorded in approved minutes yet.</p>}
      <ol className="space-y-8">
        {rows.map((r) => {
          const now = r.outcomes[0];
          return (
            <li key={r.id} className="border-l-4 border-border pl-4">
              <h2 className="text-xl">
                Recommendation to {r.decisionMaker ?? 'a decision maker not named'}
                <span className="ml-2">
                  <StatusTag status={r.current} kind="recommendationOutcomeKind" />
                </span>
              </h2>
              <p className="mb-2 whitespace-pre-wrap">{r.text}</p>
              <p className="mb-2 text-secondary">
                <Link href={minutesPath(...at, r.meeting.id)}>
                  {r.meeting.title}, {formatDayLong(r.meeting.startsAt)}
                </Link>
                {r.minutesItem && `, item ${r.minutesItem.position}: ${r.minutesItem.heading}`}
              </p>
              {now && now.outcome !== 'PENDING' && (
                <p className="mb-2">
                  {label('recommendationOutcomeKind', now.outcome)}
                  {now.decidedOn && ` on ${formatDayLong(now.decidedOn)}`}
                  {now.reference && ` (reference ${now.reference})`}.{now.note && ` ${now.note}`}
                </p>
              )}
              {r.outcomes.length > 0 && (
                <details className="mb-2">
                  <summary className="cursor-pointer">History of this recommendation’s outcome</summary>
                  <ul className="mt-2 text-sm">
                    {r.outcomes.map((o) => (
                      <li key={o.id}>
                        {formatDay(o.createdAt)}: {label('recommendationOutcomeKind', o.outcome)}
                        {o.decidedOn && `, decided ${formatDay(o.decidedOn)}`}
                        {o.reference && `, reference ${o.reference}`}
                        {o.recordedById && recordedBy[o.recordedById] && `, recorded by ${recordedBy[o.recordedById]}`}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {records && (
                <details>
                  <summary className="cursor-pointer font-bold">Record the outcome</summary>
                  <Form
                    action={recordOutcomeFormAction.bind(null, ...at)}
                    idPrefix={`outcome-${r.id}`}
                    submitLabel="Record the outcome"
                    fields={[
                      { name: 'decisionId', label: '', type: 'hidden', defaultValue: r.id },
                      {
                        name: 'outcome',
                        label: 'What was decided',
                        type: 'radios',
                        options: labelOptions('recommendationOutcomeKind', recommendationOutcomes),
                        defaultValue: r.current,
                      },
                      {
                        name: 'decidedOn',
                        label: 'Date of the decision',
                        type: 'date',
                        hint: 'Not before the meeting, and not in the future. For example, 27 3 2026',
                      },
                      { name: 'reference', label: 'Reference', hint: 'For example, the Cabinet minute or the delegated decision number' },
                      { name: 'note', label: 'Note (optional)', type: 'textarea', hint: 'For example, what was changed' },
                    ]}
                  />
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </main>
  );
}

import type { ReactNode } from 'react';

export type SummaryRow = { key: string; value: ReactNode; action?: ReactNode; hidden?: boolean };

/** GOV.UK summary list: a record's facts as key and value, one per row; on narrow screens each value sits under its key. */
export function SummaryList({ rows, className = '' }: { rows: (SummaryRow | false | null | undefined)[]; className?: string }) {
  const shown = rows.filter((r): r is SummaryRow => !!r && !r.hidden);
  return (
    <dl className={`mb-8 max-w-3xl ${className}`.trim()}>
      {shown.map((r) => (
        <div key={r.key} className="grid gap-x-4 border-b border-border py-2 sm:grid-cols-[14rem_1fr_auto]">
          <dt className="font-bold">{r.key}</dt>
          <dd className="min-w-0 break-words">{r.value}</dd>
          {r.action ? <dd className="sm:text-right">{r.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

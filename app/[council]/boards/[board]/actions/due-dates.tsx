import { formatDay } from '@/lib/format';

/**
 * The original due date with any revision beside it (001 item 5). A revision is marked in
 * words as well as by its highlight: "agreed" once a meeting has agreed it, "proposed,
 * not yet agreed" until then, when the original (or last agreed) date still counts.
 */
export function DueDates({
  dueOn,
  agreedDueOn,
  proposed,
  compact = false,
}: {
  dueOn: Date;
  agreedDueOn: Date | null;
  proposed: Date | null;
  compact?: boolean;
}) {
  return (
    <div className={compact ? 'text-sm' : undefined}>
      {agreedDueOn ? (
        <>
          <div>
            <mark className="bg-[#fff7bf] px-1 font-bold text-ink">{formatDay(agreedDueOn)}</mark> <span>(revised date, agreed)</span>
          </div>
          <div className="text-secondary">
            Original date: <s>{formatDay(dueOn)}</s>
          </div>
        </>
      ) : (
        <div>{formatDay(dueOn)}</div>
      )}
      {proposed && (
        <div className="mt-1 border-l-4 border-warning pl-2">
          <strong>Proposed: {formatDay(proposed)}</strong>
          <div>not yet agreed; {formatDay(agreedDueOn ?? dueOn)} still counts</div>
        </div>
      )}
    </div>
  );
}

import { formatDateTime } from '@/lib/format';
import { label } from '@/lib/labels';
import type { ActionDetail } from '@/lib/action-log/queries';

/** The action's progress updates, newest first, each with when, who and the status it left. */
export function ProgressUpdates({ updates }: { updates: ActionDetail['updates'] }) {
  return (
    <>
      <h2>Progress updates</h2>
      {updates.length === 0 ? (
        <p>No progress has been reported yet.</p>
      ) : (
        <ol className="list-none space-y-4 border-l-4 border-border p-0 pl-4" aria-label="Progress updates, newest first">
          {updates.map((u) => (
            <li key={u.id}>
              <p className="mb-1 text-sm text-secondary">
                <time dateTime={u.createdAt.toISOString()}>{formatDateTime(u.createdAt)}</time>
                {u.author && <>, {u.author.name}</>}
                {u.statusAfter && <>. Status: {label('actionStatus', u.statusAfter).toLowerCase()}</>}
              </p>
              <p className="whitespace-pre-wrap">{u.body}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

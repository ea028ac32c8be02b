import Link from 'next/link';
import type { Task, TaskSection } from '@/lib/for-you/queries';
import type { TaskState } from '@/lib/rules/for-you';
import { formatDateTime, formatDay } from '@/lib/format';
import { Tag } from '@/components/tag';

const sections: { key: TaskSection; title: string }[] = [
  { key: 'papers', title: 'Papers to read' },
  { key: 'apologies', title: 'Meetings to reply to' },
  { key: 'actions', title: 'Your actions' },
  { key: 'risks', title: 'Risks to review' },
  { key: 'interests', title: 'Your register of interests' },
  { key: 'chair', title: 'Waiting for you as Chair' },
  { key: 'admin', title: 'Board administration' },
];

const stateTag: Record<TaskState, { tone: 'red' | 'amber' | 'blue' | 'grey'; label: string }> = {
  overdue: { tone: 'red', label: 'Overdue' },
  'due-soon': { tone: 'amber', label: 'Due soon' },
  'to-do': { tone: 'blue', label: 'To do' },
  done: { tone: 'grey', label: 'Done' },
};

/** GOV.UK task list: each task a link to where it is done, its board and deadline as hint, its state in words. */
export function TaskList({ tasks }: { tasks: Task[] }) {
  const shown = sections.map((s) => ({ ...s, tasks: tasks.filter((t) => t.section === s.key) })).filter((s) => s.tasks.length > 0);
  if (shown.length === 0) return <p className="mb-8">Nothing is waiting for you. New papers, actions and meetings will appear here.</p>;
  return (
    <>
      {shown.map((s) => (
        <section key={s.key} aria-labelledby={`tasks-${s.key}`} className="mb-10">
          <h2 id={`tasks-${s.key}`}>{s.title}</h2>
          <ul className="max-w-4xl border-t border-border">
            {s.tasks.map((t) => {
              const tag = stateTag[t.state];
              const hintId = `hint-${t.id}`;
              const statusId = `status-${t.id}`;
              return (
                <li key={t.id} className="flex flex-wrap items-start justify-between gap-x-6 gap-y-1 border-b border-border py-3">
                  <div className="min-w-0 flex-1 basis-64">
                    <Link href={t.href} aria-describedby={`${hintId} ${statusId}`} className="font-bold">
                      {t.text}
                    </Link>
                    <div id={hintId} className="text-sm text-secondary">
                      {t.board.name}, {t.council.name}
                      {t.due && (
                        <>
                          {' · '}
                          {t.dueLabel} {t.dueTime ? formatDateTime(t.due) : formatDay(t.due)}
                        </>
                      )}
                      {t.hint && <span className="block">{t.hint}</span>}
                    </div>
                  </div>
                  <div id={statusId}>
                    <Tag tone={tag.tone}>{tag.label}</Tag>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

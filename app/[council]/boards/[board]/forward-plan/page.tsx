import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { getForwardPlan, meetingChoices } from '@/lib/forward-plan/queries';
import { createForwardPlanItemFormAction } from '@/lib/forward-plan/form-actions';
import { forwardPlanFields } from '@/lib/forward-plan/form-specs';
import { forwardPlanKindLabels } from '@/lib/forward-plan/schema';
import { formatDateTime } from '@/lib/format';
import { label } from '@/lib/labels';
import { Form } from '@/components/form';
import { Tag } from '@/components/tag';
import { DataTable } from '@/components/data-table';
import { forwardPlanItemPath, meetingPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Forward plan' };

type Item = Awaited<ReturnType<typeof getForwardPlan>>['unscheduled'][number];

function ItemTable({ caption, items, at, edits }: { caption: string; items: Item[]; at: readonly [string, string]; edits: boolean }) {
  return (
    <DataTable caption={caption} captionClass="sr-only" className="mb-8" tableClass="w-full table-fixed">
      <thead>
        <tr>
          <th scope="col" className="w-[40%]">
            Item
          </th>
          <th scope="col" className="w-[16%]">
            Kind
          </th>
          <th scope="col" className="w-[20%]">
            Presenter
          </th>
          <th scope="col" className="w-[12%]">
            On the agenda
          </th>
          {edits && (
            <th scope="col" className="w-[12%]">
              <span className="sr-only">Change</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>{item.title}</td>
            <td>{forwardPlanKindLabels[item.kind]}</td>
            <td>{item.presenter ?? 'To be confirmed'}</td>
            <td>{item.agendaItem ? <Tag tone="green">Item {item.agendaItem.position}</Tag> : 'Not yet'}</td>
            {edits && (
              <td>
                <Link href={forwardPlanItemPath(...at, item.id)}>
                  Change or move<span className="sr-only"> “{item.title}”</span>
                </Link>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export default async function ForwardPlanPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await getForwardPlan(ctx);
  const edits = can(ctx.roles, 'forward-plan', 'create');
  const choices = edits ? await meetingChoices(ctx) : [];
  const at = [ctx.council.slug, ctx.board.slug] as const;
  return (
    <main id="main-content">
      <h1>Forward plan</h1>
      <p className="mb-8 max-w-3xl">
        What the board’s coming meetings will take: themed deep dives, reports due and inspection milestones. When a meeting’s agenda is drafted, its items are
        added to the agenda from the meeting’s page, each once.
      </p>
      {plan.meetings.length === 0 && <p className="mb-8">No meeting is scheduled.</p>}
      {plan.meetings.map((m) => (
        <section key={m.id} aria-labelledby={`meeting-${m.id}`} className="mb-6">
          <h2 id={`meeting-${m.id}`} className="text-xl">
            <Link href={meetingPath(...at, m.id)}>{formatDateTime(m.startsAt)}</Link>: {m.title}
          </h2>
          {m.kind !== 'ORDINARY' && !(m.theme && m.title.includes(m.theme)) && (
            <p className="mb-2 text-secondary">
              {label('meetingKind', m.kind)}
              {m.theme && `: ${m.theme}`}
            </p>
          )}
          {m.forwardPlan.length === 0 ? (
            <p className="mb-6">Nothing planned yet.</p>
          ) : (
            <ItemTable caption={`Planned for ${formatDateTime(m.startsAt)}`} items={m.forwardPlan} at={at} edits={edits} />
          )}
        </section>
      ))}
      {plan.stranded.length > 0 && (
        <section aria-labelledby="stranded" className="mb-10 max-w-3xl border-l-8 border-warning bg-panel p-4">
          <h2 id="stranded" className="text-xl">
            Needs another meeting
          </h2>
          <p className="mb-4">
            These items were planned for a meeting that was cancelled, or that took place without them on its agenda. Move each to a coming meeting or remove
            it.
          </p>
          <ul className="space-y-2">
            {plan.stranded.map((item) => (
              <li key={item.id}>
                <strong>{item.title}</strong> ({forwardPlanKindLabels[item.kind].toLowerCase()}), planned for {formatDateTime(item.meeting!.startsAt)}, which{' '}
                {item.meeting!.status === 'CANCELLED' ? 'was cancelled' : 'has taken place'}.{' '}
                {edits && (
                  <Link href={forwardPlanItemPath(...at, item.id)}>
                    Move or remove<span className="sr-only"> “{item.title}”</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="unscheduled" className="mb-10">
        <h2 id="unscheduled" className="text-xl">
          For a meeting not yet scheduled
        </h2>
        {plan.unscheduled.length === 0 ? (
          <p>Nothing is waiting for a date.</p>
        ) : (
          <ItemTable caption="Planned for a meeting not yet scheduled" items={plan.unscheduled} at={at} edits={edits} />
        )}
      </section>
      {edits && (
        <section aria-labelledby="add-item" className="max-w-2xl">
          <h2 id="add-item">Add to the forward plan</h2>
          <Form
            action={createForwardPlanItemFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
            fields={forwardPlanFields({ meetingId: choices[0]?.value }, choices)}
            submitLabel="Add to the forward plan"
          />
        </section>
      )}
    </main>
  );
}

import Link from 'next/link';
import { Form } from '@/components/form';
import { addForwardPlanToAgendaFormAction } from '@/lib/forward-plan/form-actions';
import { forwardPlanKindLabels } from '@/lib/forward-plan/schema';
import type { forwardPlanForMeeting } from '@/lib/forward-plan/queries';
import type { Route } from 'next';

type Items = Awaited<ReturnType<typeof forwardPlanForMeeting>>;

/**
 * What the forward plan holds for this meeting, and (for whoever drafts the agenda) one
 * button that adds the items not yet on it. Items already added are not added again.
 */
export function ForwardPlanForMeeting({
  route,
  items,
  editsAgenda,
  planHref,
}: {
  route: { council: string; board: string; meetingId: string };
  items: Items;
  editsAgenda: boolean;
  planHref: Route;
}) {
  if (items.length === 0) return null;
  const pending = items.filter((i) => !i.agendaItemId);
  return (
    <section aria-labelledby="forward-plan-items" className="mb-10 max-w-3xl">
      <h2 id="forward-plan-items">From the forward plan</h2>
      {/* announced when it changes: once added, the button goes and each item says where it is on the agenda */}
      <ul className="mb-4 space-y-2" aria-live="polite">
        {items.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong> ({forwardPlanKindLabels[item.kind].toLowerCase()}
            {item.presenter && `, ${item.presenter}`}): {item.agendaItem ? `on the agenda as item ${item.agendaItem.position}` : 'not yet on the agenda'}
          </li>
        ))}
      </ul>
      {editsAgenda && pending.length > 0 && (
        <Form
          action={addForwardPlanToAgendaFormAction.bind(null, route.council, route.board)}
          fields={[{ name: 'meetingId', label: '', type: 'hidden', defaultValue: route.meetingId }]}
          submitLabel={`Add ${pending.length === 1 ? 'this item' : `these ${pending.length} items`} to the agenda`}
          variant="secondary"
        />
      )}
      <p className="mt-4">
        <Link href={planHref}>See the forward plan</Link>
      </p>
    </section>
  );
}

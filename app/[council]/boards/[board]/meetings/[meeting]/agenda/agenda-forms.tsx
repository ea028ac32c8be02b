import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import { Form } from '@/components/form';
import {
  addAgendaItemFormAction,
  addStandingItemFormAction,
  agreeAgendaFormAction,
  moveAgendaItemFormAction,
  removeAgendaItemFormAction,
  type AgendaFormAction,
} from '@/lib/meetings/agenda/form-actions';
import type { StandingKind } from '@/lib/meetings/agenda/schema';
import { standingLabels } from '@/lib/meetings/agenda/standing-items';
import { agendaItemFields, linkChoices, linkLabels, type LinkOptions } from '@/lib/meetings/form-specs';
import type { Route as NextRoute } from 'next';

// The agenda's forms on the meeting page: each a plain form posting to its action, so
// that moving, adding and agreeing work with the keyboard and before JavaScript loads.

type Route = { council: string; board: string; meetingId: string };
const bind = (action: AgendaFormAction, r: Route) => action.bind(null, r.council, r.board, r.meetingId);

const hidden = (name: string, value: string) => ({ name, label: '', type: 'hidden' as const, defaultValue: value });

export function AgendaItemControls({
  route,
  itemId,
  number,
  first,
  last,
  editHref,
}: {
  route: Route;
  itemId: string;
  number: number;
  first: boolean;
  last: boolean;
  editHref: NextRoute;
}) {
  return (
    <div className="mt-3 flex flex-wrap items-start gap-3">
      <Link href={editHref} className="self-center">
        Edit item {number}
      </Link>
      {!first && (
        <Form
          action={bind(moveAgendaItemFormAction, route)}
          fields={[hidden('itemId', itemId), hidden('direction', 'up')]}
          submitLabel={`Move item ${number} up`}
          variant="secondary"
        />
      )}
      {!last && (
        <Form
          action={bind(moveAgendaItemFormAction, route)}
          fields={[hidden('itemId', itemId), hidden('direction', 'down')]}
          submitLabel={`Move item ${number} down`}
          variant="secondary"
        />
      )}
      <Form action={bind(removeAgendaItemFormAction, route)} fields={[hidden('itemId', itemId)]} submitLabel={`Remove item ${number}`} variant="secondary" />
    </div>
  );
}

export function AddStandingItems({ route, missing }: { route: Route; missing: StandingKind[] }) {
  return (
    <section aria-labelledby="standing-items" className="mb-10">
      <h2 id="standing-items">Standing items</h2>
      <p className="mb-4 max-w-2xl">
        Each goes in its usual place: apologies, the last minutes and the action log open the meeting; the risk log and forward plan close it.
      </p>
      <div className="flex flex-wrap items-start gap-3">
        {missing.map((standing) => (
          <Form
            key={standing}
            action={bind(addStandingItemFormAction, route)}
            fields={[hidden('meetingId', route.meetingId), hidden('standing', standing)]}
            submitLabel={`Add ${standingLabels[standing].toLowerCase()}`}
            variant="secondary"
          />
        ))}
      </div>
    </section>
  );
}

export function AddAgendaItem({ route, options }: { route: Route; options: LinkOptions }) {
  const choices = linkChoices(options);
  const none = (label: string) => [{ value: '', label }];
  return (
    <section aria-labelledby="add-item" className="mb-10 max-w-2xl">
      <h2 id="add-item">Add an item</h2>
      <Form
        action={bind(addAgendaItemFormAction, route)}
        fields={[
          hidden('meetingId', route.meetingId),
          ...agendaItemFields({}),
          { name: 'actionId', label: `${linkLabels.actionId} (optional)`, type: 'select', options: [...none('No action'), ...choices.actionId] },
          { name: 'riskId', label: `${linkLabels.riskId} (optional)`, type: 'select', options: [...none('No risk'), ...choices.riskId] },
          {
            name: 'planActionId',
            label: `${linkLabels.planActionId} (optional)`,
            type: 'select',
            hint: 'More links can be added from the item’s edit page',
            options: [...none('No plan action'), ...choices.planActionId],
          },
        ]}
        submitLabel="Add to the agenda"
      />
    </section>
  );
}

/**
 * The Chair's panel. Once agreed, the form gives way to the record of the agreement, kept
 * in a status region so that the confirmation is announced where the button was.
 */
export function AgreeAgenda({ route, version, agreed }: { route: Route; version: number; agreed: { at: Date; by: string | null } | null }) {
  return (
    <section aria-labelledby="agree-agenda" className="mb-10 max-w-2xl border-l-8 border-brand bg-panel p-4">
      <h2 id="agree-agenda">The Chair’s agreement</h2>
      {agreed ? (
        <p role="status" className="font-bold">
          Agenda agreed{agreed.by ? ` by ${agreed.by}` : ''} on {formatDateTime(agreed.at)}. If it changes, you will be asked to agree it again.
        </p>
      ) : (
        <>
          <p className="mb-4">You agree the agenda exactly as shown above. If it changes afterwards, your agreement is cleared and you will be asked again.</p>
          <Form
            action={bind(agreeAgendaFormAction, route)}
            fields={[hidden('meetingId', route.meetingId), hidden('version', String(version))]}
            submitLabel="Agree this agenda"
          />
        </>
      )}
    </section>
  );
}

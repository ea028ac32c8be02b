import type { Metadata } from 'next';
import Link from 'next/link';
import { ItemCommissions } from '@/components/item-commissions';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { getAgendaItem, getLinkOptions } from '@/lib/meetings/agenda/queries';
import { linkAgendaItemFormAction, unlinkAgendaItemFormAction, updateAgendaItemFormAction, type AgendaFormAction } from '@/lib/meetings/agenda/form-actions';
import { agendaItemFields, linkChoices, linkLabels } from '@/lib/meetings/form-specs';
import { formatDateTime } from '@/lib/format';
import { Form } from '@/components/form';
import { commissionPath, meetingPath, newCommissionPath } from '@/lib/routes';
import { commissionsFor } from '@/lib/papers/commissions/queries';
import { can } from '@/lib/auth/permissions';

type Props = { params: Promise<{ council: string; board: string; meeting: string; item: string }> };

export const metadata: Metadata = { title: 'Edit an agenda item' };

const targets = [
  { target: 'action', field: 'actionId', submit: 'Link the action', none: 'No open actions to link' },
  { target: 'risk', field: 'riskId', submit: 'Link the risk', none: 'No open risks to link' },
  { target: 'planAction', field: 'planActionId', submit: 'Link the plan action', none: 'No plan actions to link' },
] as const;

export default async function EditAgendaItemPage({ params }: Props) {
  const { council, board, meeting, item } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'agenda', 'update');
  const [i, options] = await Promise.all([getAgendaItem(ctx, meeting, item), getLinkOptions(ctx)]);
  const commissions = await commissionsFor(ctx, { agendaItemId: i.id });
  const meetingHref = meetingPath(ctx.council.slug, ctx.board.slug, i.meeting.id);
  const bound = (action: AgendaFormAction) => action.bind(null, ctx.council.slug, ctx.board.slug, i.meeting.id);
  const choices = linkChoices(options);
  const editable = i.meeting.status === 'SCHEDULED';
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={meetingHref}>Back to the meeting</Link>
      </p>
      <h1>Edit agenda item {i.position}</h1>
      <p className="mb-8">
        {i.meeting.title}, {formatDateTime(i.meeting.startsAt)}
      </p>
      {!editable ? (
        <p className="mb-8">This meeting is {i.meeting.status === 'CANCELLED' ? 'cancelled' : 'held'}: its agenda is kept as it was.</p>
      ) : (
        <>
          <section aria-labelledby="item-details" className="mb-12 max-w-2xl">
            <h2 id="item-details">The item</h2>
            <p className="mb-4">If the Chair has agreed the agenda, saving a change clears that agreement and the Chair is asked again.</p>
            <Form
              action={bound(updateAgendaItemFormAction)}
              fields={[
                { name: 'itemId', label: '', type: 'hidden', defaultValue: i.id },
                { name: 'version', label: '', type: 'hidden', defaultValue: String(i.meeting.version) },
                ...agendaItemFields({ title: i.title, presenter: i.presenter, purpose: i.purpose, durationMinutes: i.durationMinutes?.toString() }),
              ]}
              submitLabel="Save the item"
            />
          </section>

          <ItemCommissions
            className="mb-12"
            commissions={commissions.map((c) => ({ ...c, href: commissionPath(ctx.council.slug, ctx.board.slug, c.id) }))}
            newHref={can(ctx.roles, 'paper', 'create') ? newCommissionPath(ctx.council.slug, ctx.board.slug, { agendaItem: i.id }) : null}
          />

          <section aria-labelledby="links" className="mb-12 max-w-2xl">
            <h2 id="links">Linked actions, risks and plan actions</h2>
            {i.links.length === 0 ? (
              <p className="mb-6">Nothing is linked to this item.</p>
            ) : (
              <ul className="mb-6 space-y-3">
                {i.links.map((l) => (
                  <li key={l.id} className="flex flex-wrap items-start gap-3">
                    <span className="self-center">
                      {l.kind} {l.reference}: {l.text}
                    </span>
                    <Form
                      action={bound(unlinkAgendaItemFormAction)}
                      fields={[{ name: 'linkId', label: '', type: 'hidden', defaultValue: l.id }]}
                      submitLabel={`Remove link to ${l.reference}`}
                      variant="secondary"
                    />
                  </li>
                ))}
              </ul>
            )}
            {targets.map((t) => (
              <div key={t.target} className="mb-8">
                {choices[t.field].length === 0 ? (
                  <p>{t.none}.</p>
                ) : (
                  <Form
                    action={bound(linkAgendaItemFormAction)}
                    fields={[
                      { name: 'itemId', label: '', type: 'hidden', defaultValue: i.id },
                      { name: 'target', label: '', type: 'hidden', defaultValue: t.target },
                      { name: t.field, label: linkLabels[t.field], type: 'select', options: [{ value: '', label: 'Choose one' }, ...choices[t.field]] },
                    ]}
                    submitLabel={t.submit}
                    variant="secondary"
                  />
                )}
              </div>
            ))}
          </section>
        </>
      )}
    </main>
  );
}

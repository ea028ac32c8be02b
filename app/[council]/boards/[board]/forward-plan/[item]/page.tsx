import type { Metadata } from 'next';
import Link from 'next/link';
import { ItemCommissions } from '@/components/item-commissions';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { getForwardPlanItem, meetingChoices } from '@/lib/forward-plan/queries';
import { removeForwardPlanItemFormAction, updateForwardPlanItemFormAction } from '@/lib/forward-plan/form-actions';
import { forwardPlanFields } from '@/lib/forward-plan/form-specs';
import { formatDateTime } from '@/lib/format';
import { Form } from '@/components/form';
import { boardSectionPath, commissionPath, newCommissionPath } from '@/lib/routes';
import { commissionsFor } from '@/lib/papers/commissions/queries';
import { can } from '@/lib/auth/permissions';

type Props = { params: Promise<{ council: string; board: string; item: string }> };

export const metadata: Metadata = { title: 'Change a forward plan item' };

export default async function ForwardPlanItemPage({ params }: Props) {
  const { council, board, item: itemId } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'forward-plan', 'update');
  const item = await getForwardPlanItem(ctx, itemId);
  const choices = await meetingChoices(ctx);
  const commissions = await commissionsFor(ctx, { forwardPlanItemId: item.id });
  // an item planned for a meeting now past stays selectable as it is
  if (item.meeting && !choices.some((c) => c.value === item.meeting!.id))
    choices.unshift({ value: item.meeting.id, label: `${formatDateTime(item.meeting.startsAt)}: ${item.meeting.title}` });
  const base = boardSectionPath(ctx.council.slug, ctx.board.slug, 'forward-plan');
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={base}>Back to the forward plan</Link>
      </p>
      <h1>Change “{item.title}”</h1>
      {item.agendaItem && (
        <p className="mb-6 max-w-2xl">
          This item is on its meeting’s agenda as item {item.agendaItem.position}. Changes here do not change the agenda; to move it to another meeting, remove
          it from that agenda first.
        </p>
      )}
      <div className="mb-10 max-w-2xl">
        <Form
          action={updateForwardPlanItemFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
          fields={[
            { name: 'itemId', label: '', type: 'hidden', defaultValue: item.id },
            { name: 'version', label: '', type: 'hidden', defaultValue: String(item.version) },
            ...forwardPlanFields({ meetingId: item.meetingId, kind: item.kind, title: item.title, presenter: item.presenter }, choices),
          ]}
          submitLabel="Save"
        />
      </div>
      <ItemCommissions
        className="mb-10"
        commissions={commissions.map((c) => ({ ...c, href: commissionPath(ctx.council.slug, ctx.board.slug, c.id) }))}
        newHref={can(ctx.roles, 'paper', 'create') ? newCommissionPath(ctx.council.slug, ctx.board.slug, { forwardPlanItem: item.id }) : null}
      />
      {!item.agendaItem && (
        <section aria-labelledby="remove" className="max-w-2xl">
          <h2 id="remove">Remove from the forward plan</h2>
          <Form
            action={removeForwardPlanItemFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
            fields={[{ name: 'itemId', label: '', type: 'hidden', defaultValue: item.id }]}
            submitLabel="Remove this item"
            variant="secondary"
          />
        </section>
      )}
    </main>
  );
}

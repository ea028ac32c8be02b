import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { resolvePlan } from '@/lib/plans/resolve';
import { newPlanActionPath, planActionPath, planPath, planSectionPath, withHash } from '@/lib/routes';
import { getCarryOver } from '@/lib/plans/queries';
import { planFormAction } from '@/lib/plans/form-actions';
import { StatusTag, Tag } from '@/components/tag';
import { Form } from '@/components/form';
import { Warning } from '../../_components/warning';
import { DataTable } from '@/components/data-table';

type Props = { params: Promise<{ council: string; board: string; plan: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, plan } = await params;
  return { title: `Carry-over: ${(await resolvePlan(await resolveBoard(council, board), plan)).title}` };
}

const shorten = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The new plan mapped against the old, both ways, with the "nothing lost" check (Blackpool 5.4). */
export default async function CarryOverPage({ params, searchParams }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  await resolvePlan(ctx, planId);
  const c = await getCarryOver(ctx, planId);
  const { plan } = c;
  const route = [ctx.council.slug, ctx.board.slug] as const;
  const from = (await searchParams).from;
  // the lost first, so the form opens on what still needs a decision
  const outstanding = [...c.oldRows.filter((o) => o.lost), ...c.oldRows.filter((o) => !o.lost && o.status !== 'SIGNED_OFF')];
  const chosen = outstanding.find((o) => o.id === from)?.id ?? outstanding[0]?.id;
  const mapping = can(ctx.roles, 'plan', 'update') && (plan.status === 'DRAFT' || plan.status === 'APPROVED');
  return (
    <main id="main-content">
      <h1>Carry-over</h1>
      {!plan.previousPlan && plan.nextPlans.length === 0 && (
        <p>This plan neither follows an earlier plan nor is followed by a later one, so nothing is carried over.</p>
      )}

      {plan.previousPlan && (
        <section aria-labelledby="from-previous" className="mb-12">
          <h2 id="from-previous">
            From <Link href={planPath(...route, plan.previousPlan.id)}>{plan.previousPlan.title}</Link>
          </h2>
          <p className="mb-4 max-w-3xl">
            Every outstanding action of the previous plan (anything the board has not signed off) is either carried into an action of this plan or closed with a
            reason, so that no outstanding action is lost.
          </p>
          {c.check.nothingLost ? (
            <p id="nothing-lost" className="mb-6 max-w-3xl border-l-8 border-success bg-panel p-4 font-bold">
              Nothing lost:{' '}
              {c.check.outstanding.length === 0
                ? 'the previous plan has no outstanding actions.'
                : `all ${c.check.outstanding.length} outstanding actions are carried into this plan (${c.check.carried.length}) or closed with a reason (${c.check.closed.length}).`}
            </p>
          ) : (
            <Warning id="actions-lost">
              <p className="font-bold">
                {c.check.lost.length} outstanding {c.check.lost.length === 1 ? 'action is' : 'actions are'} not yet carried over or closed:{' '}
                {c.check.lost.map((a) => a.reference).join(', ')}
              </p>
              <p>The Chair cannot approve this plan until each is mapped.</p>
            </Warning>
          )}
          <DataTable caption="Actions of the previous plan and where each went" className="mb-8">
            <thead>
              <tr>
                <th scope="col">Ref</th>
                <th scope="col">Action</th>
                <th scope="col">Where it went</th>
              </tr>
            </thead>
            <tbody>
              {c.oldRows.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link href={planActionPath(...route, plan.previousPlan!.id, o.id)}>{o.reference}</Link>
                  </th>
                  <td>
                    {o.description}
                    <div className="mt-1">
                      <StatusTag status={o.status} kind="planActionStatus" />
                    </div>
                  </td>
                  <td>
                    {o.status === 'SIGNED_OFF' ? (
                      'Signed off: complete'
                    ) : o.to ? (
                      <>
                        Carried into <Link href={planActionPath(...route, plan.id, o.to.id)}>{o.to.reference}</Link>
                      </>
                    ) : o.closedReason ? (
                      <>Closed: {o.closedReason}</>
                    ) : (
                      <Tag tone="red">Not mapped</Tag>
                    )}
                    {mapping && o.lost && (
                      <div className="mt-1 text-sm">
                        <Link href={withHash(planSectionPath(...route, plan.id, 'carry-over', { from: o.id }), 'map')}>Map {o.reference}</Link>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {c.targets.length === 0 && mapping && (
            <p className="mt-4">
              This plan has no actions yet to carry into: <Link href={newPlanActionPath(...route, plan.id)}>add an action</Link>.
            </p>
          )}

          {!mapping && can(ctx.roles, 'plan', 'update') && plan.status !== 'DRAFT' && plan.status !== 'APPROVED' && (
            <p className="mt-4">This plan is in delivery, so its carry-over is fixed: the mapping is decided while the plan is a draft or approved.</p>
          )}

          {mapping && outstanding.length > 0 && (
            <section aria-labelledby="map" className="mt-10 max-w-3xl">
              <h2 id="map">Carry over or close an action</h2>
              <p className="mb-4">
                Choose an outstanding action of the previous plan, then the action of this plan that carries it, or close it with a reason. Choosing again
                replaces the earlier decision.
              </p>
              <Form
                idPrefix="map-"
                action={planFormAction.bind(null, 'carryOver', ...route)}
                submitLabel="Save"
                fields={[
                  { name: 'planId', label: '', type: 'hidden', defaultValue: plan.id },
                  {
                    name: 'fromActionId',
                    label: 'Action of the previous plan',
                    type: 'select',
                    defaultValue: chosen,
                    options: outstanding.map((o) => ({
                      value: o.id,
                      label: `${o.reference}${o.lost ? ' (not mapped)' : o.to ? ` (carried into ${o.to.reference})` : ' (closed)'}: ${shorten(o.description)}`,
                    })),
                  },
                  {
                    name: 'toActionId',
                    label: 'Carry it into',
                    type: 'select',
                    options: [
                      { value: '', label: 'Not carried: close it with the reason below' },
                      ...c.targets.map((t) => ({ value: t.id, label: `${t.reference}: ${shorten(t.description)}` })),
                    ],
                  },
                  { name: 'closedReason', label: 'Or close it, with the reason', hint: 'For example, superseded by the SEND partnership plan' },
                ]}
              />
            </section>
          )}

          <h2 id="into-this-plan" className="mt-10">
            This plan’s actions and what they carry over
          </h2>
          <DataTable caption="This plan’s actions and the previous plan’s actions each carries" captionClass="sr-only" className="mb-8">
            <thead>
              <tr>
                <th scope="col">Ref</th>
                <th scope="col">Action</th>
                <th scope="col">Carries from the previous plan</th>
              </tr>
            </thead>
            <tbody>
              {c.carriedInto.map((t) => (
                <tr key={t.id}>
                  <th scope="row">
                    <Link href={planActionPath(...route, plan.id, t.id)}>{t.reference}</Link>
                  </th>
                  <td>{t.description}</td>
                  <td>{t.from.length ? t.from.map((f) => f.reference).join(', ') : 'Nothing: a new action'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </section>
      )}

      {plan.nextPlans.length > 0 && (
        <section aria-labelledby="to-next">
          <h2 id="to-next">
            Into{' '}
            {plan.nextPlans.map((n, i) => (
              <span key={n.id}>
                {i > 0 && ', '}
                <Link href={planSectionPath(...route, n.id, 'carry-over')}>{n.title}</Link>
              </span>
            ))}
          </h2>
          {c.outgoingCheck.nothingLost ? (
            <p className="mb-6 max-w-3xl border-l-8 border-success bg-panel p-4 font-bold">
              Nothing lost: every outstanding action of this plan is carried over or closed.
            </p>
          ) : (
            <Warning>
              <p className="font-bold">
                {c.outgoingCheck.lost.length} outstanding {c.outgoingCheck.lost.length === 1 ? 'action of this plan is' : 'actions of this plan are'} not yet
                mapped into the later plan: {c.outgoingCheck.lost.map((a) => a.reference).join(', ')}
              </p>
            </Warning>
          )}
          <DataTable caption="Where this plan’s actions went" captionClass="sr-only" className="mb-8">
            <thead>
              <tr>
                <th scope="col">Ref</th>
                <th scope="col">Status</th>
                <th scope="col">Where it went</th>
              </tr>
            </thead>
            <tbody>
              {c.outgoing.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link href={planActionPath(...route, plan.id, o.id)}>{o.reference}</Link>
                  </th>
                  <td>
                    <StatusTag status={o.status} kind="planActionStatus" />
                  </td>
                  <td>
                    {o.status === 'SIGNED_OFF' ? (
                      'Signed off: complete'
                    ) : o.row?.to ? (
                      <>
                        Carried into <Link href={planActionPath(...route, o.row.to.plan.id, o.row.to.id)}>{o.row.to.reference}</Link> of {o.row.to.plan.title}
                      </>
                    ) : o.row?.closedReason ? (
                      <>Closed: {o.row.closedReason}</>
                    ) : (
                      <Tag tone="red">Not mapped</Tag>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </section>
      )}
    </main>
  );
}

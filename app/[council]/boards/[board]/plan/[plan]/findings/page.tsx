import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { resolvePlan } from '@/lib/plans/resolve';
import { newPlanActionPath, planActionPath } from '@/lib/routes';
import { getFindingsCoverage } from '@/lib/plans/queries';
import { planFormAction } from '@/lib/plans/form-actions';
import { findingKindLabels, inspectionKindLabels, options } from '@/lib/plans/labels';
import { findingKinds } from '@/lib/plans/schema';
import { formatDay } from '@/lib/format';
import { Tag } from '@/components/tag';
import { Form } from '@/components/form';
import { Warning } from '../../_components/warning';
import { DataTable } from '@/components/data-table';

type Props = { params: Promise<{ council: string; board: string; plan: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, plan } = await params;
  return { title: `Findings: ${(await resolvePlan(await resolveBoard(council, board), plan)).title}` };
}

/** Every finding with the actions that answer it, and a warning for any with none (Blackpool 5.4). */
export default async function FindingsPage({ params }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  const coverage = await getFindingsCoverage(ctx, plan.id);
  const at = [ctx.council.slug, ctx.board.slug, plan.id] as const;
  const editing = can(ctx.roles, 'plan', 'update') && plan.status !== 'CLOSED';
  return (
    <main id="main-content">
      <h1>Findings and the actions answering them</h1>
      {coverage.inspection ? (
        <p className="mb-6 max-w-3xl">
          {coverage.inspection.title} ({inspectionKindLabels[coverage.inspection.kind]}, {formatDay(coverage.inspection.visitedOn)}). Every finding should be
          answered by at least one action of this plan.
        </p>
      ) : (
        <p>This plan answers no inspection.</p>
      )}
      {coverage.uncovered.length > 0 ? (
        <Warning id="uncovered">
          <p className="font-bold">
            {coverage.uncovered.length} {coverage.uncovered.length === 1 ? 'finding has' : 'findings have'} no action answering{' '}
            {coverage.uncovered.length === 1 ? 'it' : 'them'}: {coverage.uncovered.map((f) => f.reference).join(', ')}
          </p>
        </Warning>
      ) : (
        coverage.findings.length > 0 && (
          <p className="mb-6 border-l-8 border-success bg-panel p-4 font-bold" id="covered">
            Every finding has at least one action answering it.
          </p>
        )
      )}
      {coverage.findings.length > 0 && (
        <DataTable caption="Findings of the inspection" className="mb-10">
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Kind</th>
              <th scope="col">Finding</th>
              <th scope="col">Answered by</th>
            </tr>
          </thead>
          <tbody>
            {coverage.findings.map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.reference}</th>
                <td>{findingKindLabels[f.kind]}</td>
                <td>{f.text}</td>
                <td>
                  {f.actions.length === 0 ? (
                    <>
                      <Tag tone="red">No action</Tag>
                      {editing && (
                        <div className="mt-1 text-sm">
                          <Link href={newPlanActionPath(...at, { finding: f.id })}>Add an action answering {f.reference}</Link>
                        </div>
                      )}
                    </>
                  ) : (
                    <ul>
                      {f.actions.map((a) => (
                        <li key={a.id}>
                          <Link href={planActionPath(...at, a.id)}>{a.reference}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {editing && coverage.inspection && (
        <section aria-labelledby="add-findings" className="max-w-3xl">
          <h2 id="add-findings">Add findings</h2>
          <p className="mb-4">For findings left out when the plan was started. They are numbered after the existing findings of their kind.</p>
          <Form
            idPrefix="findings-"
            action={planFormAction.bind(null, 'findings', ctx.council.slug, ctx.board.slug)}
            submitLabel="Add findings"
            variant="secondary"
            fields={[
              { name: 'planId', label: '', type: 'hidden', defaultValue: plan.id },
              { name: 'kind', label: 'Kind of finding', type: 'select', options: options(findingKindLabels, findingKinds) },
              { name: 'text', label: 'Findings', type: 'textarea', rows: 4, hint: 'One finding a line' },
            ]}
          />
        </section>
      )}
    </main>
  );
}

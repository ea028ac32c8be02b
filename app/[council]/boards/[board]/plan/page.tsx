import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { listPlans } from '@/lib/plans/queries';
import { inspectionKindLabels, judgementLabels } from '@/lib/plans/labels';
import { formatDay } from '@/lib/format';
import { StatusTag } from '@/components/tag';
import { DataTable } from '@/components/data-table';
import { newPlanPath, planPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Improvement plans' };

export default async function PlansPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const plans = await listPlans(ctx);
  const at = [ctx.council.slug, ctx.board.slug] as const;
  return (
    <main id="main-content">
      <h1>Improvement plans</h1>
      <p className="mb-6 max-w-3xl">
        The plans this board oversees, each answering an inspection. Several can run at once, such as a SEND partnership plan beside the children’s social care
        plan.
      </p>
      {can(ctx.roles, 'plan', 'create') && (
        <p className="mb-6">
          <Link
            href={newPlanPath(...at)}
            className="inline-block bg-success px-4 py-2 font-bold text-white no-underline shadow-[0_2px_0_#002d18] visited:text-white hover:text-white"
          >
            New plan
          </Link>
        </p>
      )}
      {plans.length === 0 ? (
        <p>This board oversees no improvement plan yet.</p>
      ) : (
        <DataTable caption="Plans, newest first" className="mb-8">
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Answers</th>
              <th scope="col">Status</th>
              <th scope="col">Submission deadline</th>
              <th scope="col">Progress</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={planPath(...at, p.id)} className="font-bold">
                    {p.title}
                  </Link>
                  {p.previousPlan && <div className="text-sm text-secondary">Follows {p.previousPlan.title}</div>}
                </td>
                <td>
                  {p.inspection ? (
                    <>
                      {inspectionKindLabels[p.inspection.kind]}, {formatDay(p.inspection.visitedOn)}
                      <div className="text-sm text-secondary">{judgementLabels[p.inspection.judgement]}</div>
                    </>
                  ) : (
                    'No inspection recorded'
                  )}
                </td>
                <td>
                  <StatusTag status={p.status} kind="planStatus" />
                </td>
                <td>
                  {p.submissionDeadline ? formatDay(p.submissionDeadline) : 'None'}
                  {p.submittedAt && <div className="text-sm">Submitted {formatDay(p.submittedAt)}</div>}
                </td>
                <td>
                  {p.total === 0 ? 'No actions yet' : `${p.signedOff} of ${p.total} actions signed off`}
                  {p.finished > p.signedOff && <div className="text-sm text-secondary">{p.finished - p.signedOff} closed or carried over</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </main>
  );
}

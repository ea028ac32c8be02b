import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { resolveBoard } from '@/lib/boards/context';
import { measureValuesStepFormAction } from '@/lib/plans/measures/form-actions';
import { MAX_IMPORT_BYTES } from '@/lib/imports/sheet';
import { resolvePlan } from '@/lib/plans/resolve';
import { planSectionPath } from '@/lib/routes';
import { ValuesWizard } from '../_components/values-wizard';

type Props = { params: Promise<{ council: string; board: string; plan: string }> };

export const metadata: Metadata = { title: 'Import measure values' };

export default async function ImportValuesPage({ params }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  if (!can(ctx.roles, 'plan', 'update') || plan.status === 'CLOSED') notFound();
  const measuresHref = planSectionPath(ctx.council.slug, ctx.board.slug, plan.id, 'measures');
  return (
    <main id="main-content">
      <p>
        <Link href={measuresHref}>Back to evidence of impact</Link>
      </p>
      <h1>Import measure values</h1>
      <p className="text-xl">{plan.title}</p>
      <ValuesWizard
        action={measureValuesStepFormAction.bind(null, ctx.council.slug, ctx.board.slug, plan.id)}
        maxKb={MAX_IMPORT_BYTES / 1024}
        measuresHref={measuresHref}
      />
    </main>
  );
}

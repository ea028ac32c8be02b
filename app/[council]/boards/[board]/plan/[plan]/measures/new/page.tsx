import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { resolveBoard } from '@/lib/boards/context';
import { createMeasureFormAction } from '@/lib/plans/measures/form-actions';
import { measureLinkOptions } from '@/lib/plans/measures/queries';
import { resolvePlan } from '@/lib/plans/resolve';
import { planSectionPath } from '@/lib/routes';
import { Form } from '@/components/form';
import { measureFields } from '../_components/measure-fields';

type Props = { params: Promise<{ council: string; board: string; plan: string }> };

export const metadata: Metadata = { title: 'Add a measure' };

export default async function NewMeasurePage({ params }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  if (!can(ctx.roles, 'plan', 'update') || plan.status === 'CLOSED') notFound();
  const { themes, actions } = await measureLinkOptions(ctx, plan.id);
  return (
    <main id="main-content">
      <p>
        <Link href={planSectionPath(ctx.council.slug, ctx.board.slug, plan.id, 'measures')}>Back to evidence of impact</Link>
      </p>
      <h1>Add a measure</h1>
      <p className="text-xl">{plan.title}</p>
      <Form
        action={createMeasureFormAction.bind(null, ctx.council.slug, ctx.board.slug, plan.id)}
        fields={measureFields(
          { title: '', unit: '%', target: '', direction: '', tolerance: '', actionIds: [], themeIds: [] },
          themes.map((t) => ({ value: t.id, label: t.name })),
          actions.map((a) => ({ value: a.id, label: `${a.reference}: ${a.description}` })),
        )}
        submitLabel="Add the measure"
      />
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { resolveBoard } from '@/lib/boards/context';
import { updateMeasureFormAction } from '@/lib/plans/measures/form-actions';
import { measureLinkOptions, measuresOfPlan } from '@/lib/plans/measures/queries';
import { resolvePlan } from '@/lib/plans/resolve';
import { planSectionPath, withHash } from '@/lib/routes';
import { Form } from '@/components/form';
import { measureFields } from '../../_components/measure-fields';

type Props = { params: Promise<{ council: string; board: string; plan: string; measure: string }> };

export const metadata: Metadata = { title: 'Change a measure' };

export default async function EditMeasurePage({ params }: Props) {
  const { council, board, plan: planId, measure: measureId } = await params;
  if (!z.uuid().safeParse(measureId).success) notFound();
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  if (!can(ctx.roles, 'plan', 'update') || plan.status === 'CLOSED') notFound();
  const m = (await measuresOfPlan(ctx, plan.id)).find((x) => x.id === measureId);
  if (!m) notFound();
  const { themes, actions } = await measureLinkOptions(ctx, plan.id);
  return (
    <main id="main-content">
      <p>
        <Link href={withHash(planSectionPath(ctx.council.slug, ctx.board.slug, plan.id, 'measures'), `measure-${m.id}`)}>Back to evidence of impact</Link>
      </p>
      <h1>Change the measure</h1>
      <p className="text-xl">{m.title}</p>
      <Form
        action={updateMeasureFormAction.bind(null, ctx.council.slug, ctx.board.slug, plan.id)}
        fields={measureFields(
          {
            measureId: m.id,
            version: String(m.version),
            title: m.title,
            unit: m.unit,
            target: String(m.target),
            direction: m.direction,
            tolerance: m.tolerance === null ? '' : String(m.tolerance),
            actionIds: m.actions.map((a) => a.id),
            themeIds: m.themes.map((t) => t.id),
          },
          themes.map((t) => ({ value: t.id, label: t.name })),
          actions.map((a) => ({ value: a.id, label: `${a.reference}: ${a.description}` })),
        )}
        submitLabel="Save the measure"
      />
    </main>
  );
}

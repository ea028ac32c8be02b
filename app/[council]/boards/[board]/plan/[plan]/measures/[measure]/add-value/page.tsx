import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { resolveBoard } from '@/lib/boards/context';
import { addMeasureValueFormAction } from '@/lib/plans/measures/form-actions';
import { measuresOfPlan, withUnit } from '@/lib/plans/measures/queries';
import { resolvePlan } from '@/lib/plans/resolve';
import { planSectionPath, withHash } from '@/lib/routes';
import { Form } from '@/components/form';

type Props = { params: Promise<{ council: string; board: string; plan: string; measure: string }> };

export const metadata: Metadata = { title: 'Add a value' };

export default async function AddValuePage({ params }: Props) {
  const { council, board, plan: planId, measure: measureId } = await params;
  if (!z.uuid().safeParse(measureId).success) notFound();
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  if (!can(ctx.roles, 'plan', 'update') || plan.status === 'CLOSED') notFound();
  const m = (await measuresOfPlan(ctx, plan.id)).find((x) => x.id === measureId);
  if (!m) notFound();
  return (
    <main id="main-content">
      <p>
        <Link href={withHash(planSectionPath(ctx.council.slug, ctx.board.slug, plan.id, 'measures'), `measure-${m.id}`)}>Back to evidence of impact</Link>
      </p>
      <h1>Add a value</h1>
      <p className="text-xl">{m.title}</p>
      <p>
        Target {withUnit(m.target, m.unit)}, {m.direction === 'HIGHER_IS_BETTER' ? 'higher' : 'lower'} is better.
        {m.latest ? ` Latest: ${withUnit(m.latest.value, m.unit)} in ${m.latest.periodLabel}.` : ''}
      </p>
      <Form
        action={addMeasureValueFormAction.bind(null, ctx.council.slug, ctx.board.slug, plan.id)}
        submitLabel="Record the value"
        fields={[
          { name: 'measureId', label: '', type: 'hidden', defaultValue: m.id },
          { name: 'periodLabel', label: 'Period', hint: 'As the performance report names it, for example October 2026 or Quarter 2 2026/27', width: 'half' },
          { name: 'periodEnd', type: 'date', label: 'Last day of the period', hint: 'For example, 31 10 2026' },
          { name: 'value', label: `Value${m.unit ? ` (${m.unit})` : ''}`, hint: 'A number, for example 88.5', width: 'half' },
          { name: 'note', label: 'Note (optional)', type: 'textarea', hint: 'Anything the board should know when reading this value' },
        ]}
      />
    </main>
  );
}

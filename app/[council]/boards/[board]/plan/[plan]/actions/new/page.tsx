import type { Metadata } from 'next';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { resolvePlan } from '@/lib/plans/resolve';
import { getActionFormOptions } from '@/lib/plans/queries';
import { createPlanActionFormAction } from '@/lib/plans/form-actions';
import { Form } from '@/components/form';
import { actionFields } from '../../../_components/action-fields';

type Props = {
  params: Promise<{ council: string; board: string; plan: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Add a plan action' };

export default async function NewPlanActionPage({ params, searchParams }: Props) {
  const { council, board, plan: planId } = await params;
  const query = await searchParams;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  if (!can(ctx.roles, 'plan', 'update') || plan.status === 'CLOSED') {
    return (
      <main id="main-content">
        <h1>Add a plan action</h1>
        <p>{plan.status === 'CLOSED' ? 'This plan is closed.' : 'Only the board’s administrators add plan actions.'}</p>
      </main>
    );
  }
  const o = await getActionFormOptions(ctx, plan.id);
  const theme = typeof query.theme === 'string' && o.themes.some((t) => t.id === query.theme) ? query.theme : o.themes[0]?.id;
  const finding = typeof query.finding === 'string' && o.findings.some((f) => f.id === query.finding) ? [query.finding] : [];
  return (
    <main id="main-content" className="max-w-3xl">
      <h1>Add a plan action</h1>
      <Form
        action={createPlanActionFormAction.bind(null, ctx.council.slug, ctx.board.slug, plan.id)}
        submitLabel="Add the action"
        fields={[
          { name: 'planId', label: '', type: 'hidden', defaultValue: plan.id },
          ...actionFields(o, { themeId: theme, findingIds: finding }, { creating: true }),
        ]}
      />
    </main>
  );
}

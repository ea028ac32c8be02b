import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { planPath, resolvePlan } from '@/lib/plans/resolve';
import { PlanNav } from '../_components/plan-nav';

type Props = { children: React.ReactNode; params: Promise<{ council: string; board: string; plan: string }> };

/** Every page of one plan: a way back to the board's plans, and the plan's own pages. */
export default async function PlanLayout({ children, params }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  return (
    <>
      <p className="mb-2">
        <Link href={`/${ctx.council.slug}/boards/${ctx.board.slug}/plan`}>All plans</Link>
        <span className="text-secondary"> / {plan.title}</span>
      </p>
      <PlanNav basePath={planPath(ctx, plan.id)} title={plan.title} showSettings={can(ctx.roles, 'plan', 'update')} />
      {children}
    </>
  );
}

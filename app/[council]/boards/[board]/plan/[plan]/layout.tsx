import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { planPath, resolvePlan } from '@/lib/plans/resolve';
import { SectionNav } from '@/components/section-nav';

// The plan's own pages.
const sections = [
  { segment: null, label: 'Overview', path: '' },
  { segment: 'findings', label: 'Findings', path: '/findings' },
  { segment: 'carry-over', label: 'Carry-over', path: '/carry-over' },
  { segment: 'measures', label: 'Measures', path: '/measures' },
  { segment: 'import', label: 'Import', path: '/import' },
  { segment: 'export', label: 'Export', path: '/export' },
  { segment: 'report', label: 'Report', path: '/report' },
] as const;

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
      <SectionNav
        label={`Plan: ${plan.title}`}
        level="secondary"
        sections={[...sections, ...(can(ctx.roles, 'plan', 'update') ? [{ segment: 'settings', label: 'Themes and bodies', path: '/settings' }] : [])].map((s) => ({
          segment: s.segment,
          label: s.label,
          href: `${planPath(ctx, plan.id)}${s.path}`,
        }))}
      />
      {children}
    </>
  );
}

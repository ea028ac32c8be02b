import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { resolvePlan } from '@/lib/plans/resolve';
import { boardSectionPath, planPath, planSectionPath, type PlanSection } from '@/lib/routes';
import { SectionNav } from '@/components/section-nav';

// The plan's own pages.
// (each segment is also the section's place in lib/routes; null: the overview)
const sections: { segment: PlanSection | null; label: string }[] = [
  { segment: null, label: 'Overview' },
  { segment: 'findings', label: 'Findings' },
  { segment: 'carry-over', label: 'Carry-over' },
  { segment: 'measures', label: 'Measures' },
  { segment: 'import', label: 'Import' },
  { segment: 'export', label: 'Export' },
  { segment: 'report', label: 'Report' },
];

type Props = { children: React.ReactNode; params: Promise<{ council: string; board: string; plan: string }> };

/** Every page of one plan: a way back to the board's plans, and the plan's own pages. */
export default async function PlanLayout({ children, params }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  return (
    <>
      <p className="mb-2">
        <Link href={boardSectionPath(ctx.council.slug, ctx.board.slug, 'plan')}>All plans</Link>
        <span className="text-secondary"> / {plan.title}</span>
      </p>
      <SectionNav
        label={`Plan: ${plan.title}`}
        level="secondary"
        sections={[...sections, ...(can(ctx.roles, 'plan', 'update') ? [{ segment: 'settings' as const, label: 'Themes and bodies' }] : [])].map((s) => ({
          segment: s.segment,
          label: s.label,
          href: s.segment ? planSectionPath(ctx.council.slug, ctx.board.slug, plan.id, s.segment) : planPath(ctx.council.slug, ctx.board.slug, plan.id),
        }))}
      />
      {children}
    </>
  );
}

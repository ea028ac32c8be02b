import type { Metadata } from 'next';
import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { resolveBoard } from '@/lib/boards/context';
import { resolvePlan } from '@/lib/plans/resolve';
import { planFilePath, planSectionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; plan: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, plan } = await params;
  const p = await resolvePlan(await resolveBoard(council, board), plan);
  return { title: `Download: ${p.title}` };
}

export default async function PlanExportPage({ params }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  const at = [ctx.council.slug, ctx.board.slug, plan.id] as const;
  return (
    <main id="main-content">
      <h1>Download {plan.title}</h1>
      <ul className="space-y-4">
        <li>
          <a href={planFilePath(...at, 'export/xlsx')} className="font-bold">
            Excel workbook (XLSX)
          </a>
          <p className="text-secondary">
            Every action, one a row, in the columns the import reads: edit it in a spreadsheet and import it into another plan. The measures of impact and their
            values follow on their own worksheets.
          </p>
        </li>
        <li>
          <a href={planFilePath(...at, 'export/pdf')} className="font-bold">
            PDF document
          </a>
          <p className="text-secondary">The plan to read or circulate: each theme with its actions, leads, due dates and scrutiny.</p>
        </li>
      </ul>
      <p className="mt-8">
        For a progress report to Cabinet, the scrutiny committee or the DfE, see the <Link href={planSectionPath(...at, 'report')}>progress report</Link>.
        {can(ctx.roles, 'plan', 'update') && (
          <>
            {' '}
            To add actions from a spreadsheet, <Link href={planSectionPath(...at, 'import')}>import actions</Link>.
          </>
        )}
      </p>
    </main>
  );
}

import type { Metadata } from 'next';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { planImportStepFormAction } from '@/lib/plans/import/form-actions';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/imports/sheet';
import { importFields } from '@/lib/plans/import/fields';
import { resolvePlan } from '@/lib/plans/resolve';
import { planFilePath, planPath, planSectionPath } from '@/lib/routes';
import { ImportWizard } from '@/components/import-wizard';

type Props = { params: Promise<{ council: string; board: string; plan: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, plan } = await params;
  const p = await resolvePlan(await resolveBoard(council, board), plan);
  return { title: `Import actions: ${p.title}` };
}

export default async function PlanImportPage({ params }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  requirePermission(ctx, 'plan', 'update');
  const at = [ctx.council.slug, ctx.board.slug, plan.id] as const;
  return (
    <main id="main-content">
      <h1>Import actions into {plan.title}</h1>
      {plan.status === 'CLOSED' ? (
        <p>This plan is closed: no actions can be added to it.</p>
      ) : (
        <>
          <details className="mb-6 max-w-3xl">
            <summary className="cursor-pointer font-bold">What the spreadsheet should hold</summary>
            <p>One action a row, up to {MAX_IMPORT_ROWS} rows, with these columns (the headings can differ: you match them in step 2):</p>
            <ul className="list-disc pl-6">
              {importFields.map((f) => (
                <li key={f.key}>
                  {f.label}
                  {f.required ? '' : ' (optional)'}
                </li>
              ))}
            </ul>
            <p>
              Dates as day/month/year (31/03/2027) or 2027-03-31; Excel date cells are read as dates. Status is Not started, In progress or Awaiting sign-off:
              actions are signed off at a board meeting, not by import. Findings are the inspection’s references (PA1, AFI2); lists of findings or agencies are
              separated by semicolons. Themes, partner agencies and bodies not yet known are created. References must be new to this plan.
            </p>
            <p>
              <a href={planFilePath(...at, 'export/xlsx')}>Download this plan as an Excel file</a> to see the layout.
            </p>
          </details>
          <ImportWizard
            action={planImportStepFormAction.bind(null, ctx.council.slug, ctx.board.slug, plan.id)}
            maxKb={MAX_IMPORT_BYTES / 1024}
            fields={importFields}
            columns={[
              { key: 'reference', label: 'Reference' },
              { key: 'theme', label: 'Theme' },
              { key: 'action', label: 'Action', wide: true },
              { key: 'leadOfficer', label: 'Lead officer' },
              { key: 'dueOn', label: 'Due' },
              { key: 'status', label: 'Status' },
            ]}
            noun="action"
            uploadHeading="Upload the plan’s spreadsheet"
            uploadHint=""
            doneHref={planPath(...at)}
            doneLabel="Go to the plan"
            importHref={planSectionPath(...at, 'import')}
          />
        </>
      )}
    </main>
  );
}

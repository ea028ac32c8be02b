import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requirePermission } from '@/lib/access/page';
import { logImportStepFormAction } from '@/lib/action-log/import/form-actions';
import { logImportFields } from '@/lib/action-log/import/fields';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/imports/sheet';
import { ImportWizard } from '@/components/import-wizard';
import { actionLogImportPath, boardSectionPath, newMeetingPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Import an action log' };

export default async function ActionLogImportPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  requirePermission(ctx, 'action', 'create');
  const at = [ctx.council.slug, ctx.board.slug] as const;
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={boardSectionPath(...at, 'actions')}>Back to the action log</Link>
      </p>
      <h1>Import an action log</h1>
      <p className="mb-4 max-w-3xl">
        Bring in the board’s earlier action log with its history: the original and revised due dates, when revisions were agreed, each action’s status and when
        it was signed off. Imported actions are marked as imported, and what they record is a historical record: nothing is sent to anyone.
      </p>
      <details className="mb-6 max-w-3xl">
        <summary className="cursor-pointer font-bold">What the spreadsheet should hold</summary>
        <p>One action a row, up to {MAX_IMPORT_ROWS} rows, with these columns (the headings can differ: you match them in step 2):</p>
        <ul className="list-disc pl-6">
          {logImportFields.map((f) => (
            <li key={f.key}>
              {f.label}
              {f.required ? '' : ' (optional)'}
            </li>
          ))}
        </ul>
        <p>
          Dates as day/month/year (15/01/2025) or 2025-01-15; Excel date cells are read as dates. Status is Open, In progress, Awaiting sign-off, Closed (with
          the date it was signed off) or Dropped. A reference the log does not have yet is kept; an empty one is drawn as for a new action. An owner whose name
          or position matches a member of the board is linked to their seat. A sign-off or an agreed date on a day the board met is linked to that meeting:{' '}
          <Link href={newMeetingPath(...at, 'historical')}>record the board’s past meetings</Link> first.
        </p>
      </details>
      <ImportWizard
        action={logImportStepFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
        maxKb={MAX_IMPORT_BYTES / 1024}
        fields={logImportFields}
        columns={[
          { key: 'reference', label: 'Reference' },
          { key: 'description', label: 'Action', wide: true },
          { key: 'owner', label: 'Owner' },
          { key: 'dueOn', label: 'Original due' },
          { key: 'revisedDueOn', label: 'Revised due' },
          { key: 'status', label: 'Status' },
          { key: 'signedOffOn', label: 'Signed off' },
        ]}
        noun="action"
        uploadHeading="Upload the action log"
        uploadHint="Each action’s history comes with it."
        doneHref={boardSectionPath(...at, 'actions')}
        doneLabel="Go to the action log"
        importHref={actionLogImportPath(...at)}
      />
    </main>
  );
}

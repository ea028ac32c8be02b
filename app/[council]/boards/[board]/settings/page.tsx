import type { Metadata } from 'next';
import { label } from '@/lib/labels';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { requireBoardAdministrator } from '@/lib/access/page';
import { getBoardSettings } from '@/lib/boards/settings-queries';
import { addReportingLineFormAction, changeBoardStatusFormAction, removeReportingLineFormAction, updateBoardFormAction } from '@/lib/boards/form-actions';
import { boardDetailFields, boardRuleFields, reportingLineFields } from '@/lib/boards/form-specs';
import { boardFormDefaults } from '@/lib/boards/form-values';
import { nextStatuses } from '@/lib/boards/status';
import { typedDay } from '@/lib/forms/fields';
import { londonDay } from '@/lib/rules/london-calendar';
import { formatDay, formatDayLong } from '@/lib/format';
import { Form } from '@/components/form';
import { StatusTag } from '@/components/tag';
import { DataTable } from '@/components/data-table';
import { currentTime } from '@/lib/clock';
import { boardPath, boardSectionPath } from '@/lib/routes';
import { AgendaAgreementSetting } from './_components/agenda-agreement';
import { TermsRouteForm } from './_components/terms-route-form';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<{ created?: string }> };

export const metadata: Metadata = { title: 'Settings' };

export default async function BoardSettingsPage({ params, searchParams }: Props) {
  const { council, board: boardSlug } = await params;
  const ctx = await resolveBoard(council, boardSlug);
  requireBoardAdministrator(ctx);
  const { board, statusChanges, reportingLines, parentOptions, agendaAgreementOptions } = await getBoardSettings(ctx);
  const created = (await searchParams).created === '1';
  const defaults = boardFormDefaults(board);
  const bind = <A extends unknown[], R>(fn: (council: string, board: string, ...rest: A) => R) => fn.bind(null, ctx.council.slug, board.slug);
  const next = nextStatuses(board.status);
  return (
    <main id="main-content">
      <h1>Settings</h1>
      {created && (
        <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4">
          <p className="font-bold">{board.name} has been set up.</p>
          <p>
            Next, <Link href={boardSectionPath(ctx.council.slug, board.slug, 'membership')}>add its members</Link> and its reporting lines below.
          </p>
        </div>
      )}

      <section aria-labelledby="status-heading" className="mb-12">
        <h2 id="status-heading">Status</h2>
        <p className="mb-4">
          This board is <StatusTag status={board.status} kind="boardStatus" />
          {board.parentBoard && (
            <>
              {' '}
              and supports <Link href={boardPath(ctx.council.slug, board.parentBoard.slug)}>{board.parentBoard.name}</Link>
            </>
          )}
          .
        </p>
        {statusChanges.length === 0 ? (
          <p className="mb-6">No change of status has been recorded.</p>
        ) : (
          <DataTable caption="Status history, newest first" captionClass="sr-only" className="mb-6">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">From</th>
                <th scope="col">Decision</th>
                <th scope="col">Recorded</th>
              </tr>
            </thead>
            <tbody>
              {statusChanges.map((c) => (
                <tr key={c.id}>
                  <td>
                    <StatusTag status={c.status} kind="boardStatus" />
                  </td>
                  <td>{formatDayLong(c.effectiveOn)}</td>
                  <td className="whitespace-pre-wrap">{c.decision}</td>
                  <td className="text-sm">
                    {c.recordedBy ?? 'Unknown'}
                    <div className="text-secondary">{formatDay(c.createdAt)}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        {next.length === 0 ? (
          <p>The board has been dissolved. Dissolution is final: set up a new board if one is needed.</p>
        ) : (
          <div className="max-w-2xl">
            <h3>Change the status</h3>
            <Form
              action={bind(changeBoardStatusFormAction)}
              submitLabel="Record the change of status"
              confirm={{
                question: 'Change the board’s status?',
                confirmLabel: 'Yes, change the status',
                body: next.includes('DISSOLVED')
                  ? 'Dissolving a board is final: its record is kept, but it cannot be set up again.'
                  : 'The change and the decision behind it are recorded.',
                variant: 'warning',
              }}
              fields={[
                { name: 'boardId', label: '', type: 'hidden', defaultValue: board.id },
                { name: 'status', label: 'New status', type: 'radios', options: next.map((s) => ({ value: s, label: label('boardStatus', s) })) },
                {
                  name: 'effectiveOn',
                  type: 'date',
                  label: 'Takes effect from',
                  hint: 'For example, 27 3 2026',
                  defaultValue: typedDay(londonDay(currentTime())),
                },
                {
                  name: 'decision',
                  label: 'The decision behind the change',
                  type: 'textarea',
                  hint: 'Who decided what, and when: for example, “Cabinet agreed to establish the Board on 4 June”',
                },
              ]}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="details-heading" className="mb-12 max-w-3xl">
        <h2 id="details-heading">Details and rules</h2>
        <p className="mb-6">The rules apply to this board’s meetings, papers, apologies, minutes and terms of reference.</p>
        <Form
          action={bind(updateBoardFormAction)}
          submitLabel="Save details and rules"
          fields={[
            { name: 'boardId', label: '', type: 'hidden', defaultValue: board.id },
            { name: 'version', label: '', type: 'hidden', defaultValue: defaults.version },
            ...boardDetailFields(parentOptions, defaults),
            ...boardRuleFields(defaults),
            {
              name: 'actionReferencePrefix',
              label: 'Action reference prefix',
              hint: 'Actions are numbered like IB-2026-001',
              width: 'half',
              defaultValue: defaults.actionReferencePrefix,
            },
          ]}
        />
      </section>

      <AgendaAgreementSetting council={ctx.council.slug} board={board} options={agendaAgreementOptions} />

      <TermsRouteForm route={[ctx.council.slug, board.slug]} current={board} />

      <section aria-labelledby="reporting-heading" className="mb-12 max-w-3xl">
        <h2 id="reporting-heading">Reporting lines</h2>
        {reportingLines.length === 0 ? (
          <p className="mb-6">No reporting lines are recorded.</p>
        ) : (
          <DataTable caption="Who the board reports to" captionClass="sr-only" className="mb-6">
            <thead>
              <tr>
                <th scope="col">Reports to</th>
                <th scope="col">How often</th>
                <th scope="col">
                  <span className="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {reportingLines.map((l) => (
                <tr key={l.id}>
                  <td>
                    {l.name}
                    <div className="text-sm text-secondary">{label('reportingBody', l.body)}</div>
                  </td>
                  <td>{l.frequency ?? '—'}</td>
                  <td>
                    <Form
                      action={bind(removeReportingLineFormAction)}
                      fields={[{ name: 'lineId', label: '', type: 'hidden', defaultValue: l.id }]}
                      submitLabel={`Remove ${l.name}`}
                      variant="secondary"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        <h3>Add a reporting line</h3>
        <Form action={bind(addReportingLineFormAction)} submitLabel="Add the reporting line" fields={reportingLineFields(board.id)} />
      </section>

      {board.childBoards.length > 0 && (
        <section aria-labelledby="supported-heading" className="mb-12">
          <h2 id="supported-heading">Boards that support this one</h2>
          <ul className="list-disc pl-6">
            {board.childBoards.map((b) => (
              <li key={b.slug}>
                <Link href={boardSectionPath(ctx.council.slug, b.slug, 'settings')}>{b.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

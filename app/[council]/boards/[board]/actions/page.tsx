import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { actionFilterSchema, filterParams, listActions, listOwnerOptions, type ParsedActionFilter } from '@/lib/action-log/queries';
import { LOG_STATUSES } from '@/lib/rules/action-log';
import { label } from '@/lib/labels';
import { formatDay } from '@/lib/format';
import { RagTag, StatusTag, Tag } from '@/components/tag';
import { Pagination } from '@/components/pagination';
import { DueDates } from './due-dates';
import { DataTable } from '@/components/data-table';
import { actionLogExportPath, actionLogImportPath, actionPath, boardSectionPath, newActionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Action log' };

const sortLabels = { due: 'Due date', reference: 'Reference', status: 'Status', owner: 'Owner' } as const;

const showLabels = { open: 'Open actions', closed: 'Closed and dropped actions', all: 'All actions' } as const;

function describe(f: ParsedActionFilter) {
  const bits = [
    f.status ? label('actionStatus', f.status).toLowerCase() : f.show === 'open' ? 'open' : f.show === 'closed' ? 'closed or dropped' : null,
    f.overdue && 'overdue',
    f.mine && 'yours',
    f.awaiting && 'with a new date awaiting agreement',
    f.owner && 'for the chosen owner',
    f.q && `matching “${f.q}”`,
  ].filter(Boolean);
  return bits.length ? ` (${bits.join(', ')})` : '';
}

export default async function ActionLogPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const filter = actionFilterSchema.parse(await searchParams);
  const result = await listActions(ctx, filter);
  const owners = await listOwnerOptions(ctx);
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const base = boardSectionPath(...at, 'actions');
  const f = result.filter;
  const sort = f.sort ?? 'due';
  const dir = f.dir ?? 'asc';
  const ariaSort = (key: keyof typeof sortLabels) => (sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined);
  return (
    <main id="main-content">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1>Action log</h1>
        {can(ctx.roles, 'action', 'create') && (
          <Link
            href={newActionPath(...at)}
            className="bg-success px-4 py-2 font-bold text-white no-underline shadow-[0_2px_0_#002d18] visited:text-white hover:text-white"
          >
            New action
          </Link>
        )}
        {can(ctx.roles, 'action', 'create') && <Link href={actionLogImportPath(...at)}>Import an earlier action log</Link>}
      </div>
      <form method="get" action={base} className="mb-6 bg-panel p-4" aria-label="Filter and sort the action log">
        <div className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="q" className="mb-1 block font-bold">
              Search
            </label>
            <input id="q" name="q" type="search" defaultValue={f.q ?? ''} className="w-64 max-w-full border-2 border-border-input bg-white p-2" />
          </div>
          <div>
            <label htmlFor="status" className="mb-1 block font-bold">
              Status
            </label>
            <select id="status" name="status" defaultValue={f.status ?? ''} className="border-2 border-border-input bg-white p-2">
              <option value="">Any status</option>
              {LOG_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label('actionStatus', s)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="owner" className="mb-1 block font-bold">
              Owner
            </label>
            <select id="owner" name="owner" defaultValue={f.owner ?? ''} className="max-w-full border-2 border-border-input bg-white p-2 sm:max-w-xs">
              <option value="">Any owner</option>
              <optgroup label="Seats on the board">
                {owners.seats.map((s) => (
                  <option key={s.id} value={`seat:${s.id}`}>
                    {s.person ? `${s.person.name}, ${s.position}` : `${s.position} (to be appointed)`}
                    {s.endsOn ? ` (until ${formatDay(s.endsOn)})` : ''}
                  </option>
                ))}
              </optgroup>
              {owners.agencies.length > 0 && (
                <optgroup label="Partner agencies">
                  {owners.agencies.map((a) => (
                    <option key={a} value={`agency:${a}`}>
                      {a}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
          <div>
            <label htmlFor="sort" className="mb-1 block font-bold">
              Sort by
            </label>
            <select id="sort" name="sort" defaultValue={sort} className="border-2 border-border-input bg-white p-2">
              {Object.entries(sortLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="dir" className="mb-1 block font-bold">
              Order
            </label>
            <select id="dir" name="dir" defaultValue={dir} className="border-2 border-border-input bg-white p-2">
              <option value="asc">Ascending (earliest, A to Z)</option>
              <option value="desc">Descending (latest, Z to A)</option>
            </select>
          </div>
        </div>
        <fieldset className="mt-4">
          <legend className="mb-1 font-bold">Show</legend>
          <div className="flex flex-wrap gap-6">
            {(Object.keys(showLabels) as (keyof typeof showLabels)[]).map((value) => (
              <div key={value} className="flex items-center gap-2">
                <input id={`show-${value}`} name="show" type="radio" value={value} defaultChecked={f.show === value} className="h-6 w-6" />
                <label htmlFor={`show-${value}`}>{showLabels[value]}</label>
              </div>
            ))}
          </div>
          {f.status && <p className="mt-1 text-sm text-secondary">A status chosen above is shown whatever is chosen here.</p>}
        </fieldset>
        <fieldset className="mt-4">
          <legend className="mb-1 font-bold">Only show</legend>
          <div className="flex flex-wrap gap-6">
            {(
              [
                ['overdue', 'Overdue actions'],
                ['mine', 'My actions'],
                ['awaiting', 'A new date awaiting agreement'],
              ] as const
            ).map(([name, label]) => (
              <div key={name} className="flex items-center gap-2">
                <input id={name} name={name} type="checkbox" value="1" defaultChecked={!!f[name]} className="h-6 w-6" />
                <label htmlFor={name}>{label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-6">
          <button type="submit" className="cursor-pointer bg-ink px-4 py-2 font-bold text-white">
            Apply
          </button>
          <Link href={base}>Clear filters</Link>
        </div>
      </form>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-4">
        <p role="status" className="mb-0">
          {result.total} {result.total === 1 ? 'action' : 'actions'}
          {describe(f)}
        </p>
        {result.total > 0 && (
          <p className="mb-0">
            Download {result.total === 1 ? 'this action' : `these ${result.total} actions`}:{' '}
            <a href={actionLogExportPath(...at, 'csv', filterParams(f))} download>
              CSV<span className="sr-only"> file of the filtered action log</span>
            </a>
            {' or '}
            <a href={actionLogExportPath(...at, 'xlsx', filterParams(f))} download>
              Excel (XLSX)<span className="sr-only"> file of the filtered action log</span>
            </a>
          </p>
        )}
      </div>
      {result.rows.length > 0 ? (
        <DataTable
          caption={
            <>
              Actions sorted by {sortLabels[sort].toLowerCase()}, {dir === 'asc' ? 'ascending' : 'descending'}; page {result.page} of {result.pages}
            </>
          }
          captionClass="sr-only"
          className="mb-8"
        >
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort('reference')}>
                Reference
              </th>
              <th scope="col">Action</th>
              <th scope="col" aria-sort={ariaSort('owner')}>
                Owner
              </th>
              <th scope="col" aria-sort={ariaSort('due')}>
                Due date
              </th>
              <th scope="col" aria-sort={ariaSort('status')}>
                Status
              </th>
              <th scope="col">RAG</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((a) => (
              <tr key={a.id}>
                <td className="font-bold whitespace-nowrap">
                  <Link href={actionPath(...at, a.reference)}>{a.reference}</Link>
                  {a.importedAt && (
                    <div className="mt-1">
                      <Tag tone="purple">Imported</Tag>
                    </div>
                  )}
                </td>
                <td>
                  {a.description}
                  {a.latestUpdate && (
                    <div className="mt-1 text-sm text-secondary">
                      Latest update, {formatDay(a.latestUpdate.createdAt)}: {a.latestUpdate.body}
                    </div>
                  )}
                </td>
                <td>{a.owner}</td>
                <td className="whitespace-nowrap">
                  <DueDates dueOn={a.dueOn} agreedDueOn={a.agreedDueOn} proposed={a.proposedRevision?.proposedDueOn ?? null} compact />
                  {a.overdue && (
                    <div className="mt-1">
                      <Tag tone="red">Overdue</Tag>
                    </div>
                  )}
                </td>
                <td>
                  <StatusTag status={a.status} kind="actionStatus" />
                </td>
                <td>
                  <RagTag rag={a.rag} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : (
        <p>
          {f.show === 'open' && !f.status && !f.owner && !f.q && !f.overdue && !f.mine && !f.awaiting ? (
            <>
              No open actions. <Link href={boardSectionPath(...at, 'actions', { show: 'closed' })}>Show closed and dropped actions</Link>
            </>
          ) : (
            'No actions match these filters.'
          )}
        </p>
      )}
      <Pagination page={result.page} pages={result.pages} basePath={base} params={filterParams(f)} />
    </main>
  );
}

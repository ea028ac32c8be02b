import type { Metadata } from 'next';
import { resolveBoard } from '@/lib/boards/context';
import { actionFilterSchema, listActions } from '@/lib/action-log/queries';
import { formatDay, humanise } from '@/lib/format';
import { RagTag, StatusTag, Tag } from '@/components/tag';
import { Pagination } from '@/components/pagination';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Action log' };

const statusOptions = ['OPEN', 'IN_PROGRESS', 'AWAITING_SIGN_OFF', 'CLOSED', 'DROPPED'] as const;

export default async function ActionLogPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const filter = actionFilterSchema.parse(await searchParams);
  const result = await listActions(ctx, filter);
  const base = `/${ctx.council.slug}/boards/${ctx.board.slug}/actions`;
  return (
    <main id="main-content">
      <h1>Action log</h1>
      <form method="get" action={base} className="mb-6 flex flex-wrap items-end gap-4 bg-panel p-4">
        <div>
          <label htmlFor="view" className="mb-1 block font-bold">
            Show
          </label>
          <select id="view" name="view" defaultValue={filter.view ?? 'all'} className="border-2 border-border-input bg-white p-2">
            <option value="all">All actions</option>
            <option value="overdue">Overdue</option>
            <option value="mine">My actions</option>
          </select>
        </div>
        <div>
          <label htmlFor="status" className="mb-1 block font-bold">
            Status
          </label>
          <select id="status" name="status" defaultValue={filter.status ?? ''} className="border-2 border-border-input bg-white p-2">
            <option value="">Any status</option>
            {statusOptions.map((s) => (
              <option key={s} value={s}>
                {humanise(s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="cursor-pointer bg-ink px-4 py-2 font-bold text-white">
          Apply filters
        </button>
      </form>
      <p className="mb-4" role="status">
        {result.total} {result.total === 1 ? 'action' : 'actions'}
      </p>
      {result.rows.length > 0 && (
        <table>
          <caption className="sr-only">Actions</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((a) => (
              <tr key={a.id}>
                <td className="whitespace-nowrap font-bold">{a.reference}</td>
                <td>
                  {a.description}
                  {a.latestUpdate && <div className="mt-1 text-sm text-secondary">Latest update: {a.latestUpdate.body}</div>}
                </td>
                <td>{a.ownerSeat ? (a.ownerSeat.person?.name ?? a.ownerSeat.position) : (a.ownerAgency ?? 'No owner')}</td>
                <td className="whitespace-nowrap">
                  {a.agreedDueOn ? (
                    <>
                      <span className="bg-[#fff7bf] px-1">{formatDay(a.agreedDueOn)}</span>
                      <div className="text-sm text-secondary">
                        revised and agreed; originally <s>{formatDay(a.dueOn)}</s>
                      </div>
                    </>
                  ) : (
                    formatDay(a.dueOn)
                  )}
                  {a.proposedRevision && (
                    <div className="mt-1">
                      <Tag tone="amber">Proposed {formatDay(a.proposedRevision.proposedDueOn)}, not yet agreed</Tag>
                    </div>
                  )}
                </td>
                <td>
                  <StatusTag status={a.status} /> <RagTag rag={a.rag} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={result.page} pages={result.pages} basePath={base} params={{ view: filter.view, status: filter.status }} />
    </main>
  );
}

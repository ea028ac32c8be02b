import type { Metadata } from 'next';
import { resolveCouncilAdmin } from '@/lib/councils/admin';
import { auditFilterSchema, listAuditEvents } from '@/lib/audit/queries';
import { formatDateTime } from '@/lib/format';
import Link from 'next/link';
import { DataTable } from '@/components/data-table';
import { auditKindLabel } from '@/lib/audit/kinds';
import { councilAdminPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Audit trail' };

type Props = { params: Promise<{ council: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function summarise(data: unknown): string {
  if (!data || typeof data !== 'object') return '';
  const d = data as { summary?: string; before?: unknown; after?: unknown };
  const parts = [
    d.summary,
    d.before !== undefined ? `before: ${JSON.stringify(d.before)}` : null,
    d.after !== undefined ? `after: ${JSON.stringify(d.after)}` : null,
  ];
  return parts.filter(Boolean).join('; ');
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { council } = await params;
  const ctx = await resolveCouncilAdmin(council);
  const filter = auditFilterSchema.parse(await searchParams);
  const r = await listAuditEvents(ctx, filter);
  const base = councilAdminPath(ctx.council.slug, 'audit');
  // the links keep the filters and replace the position
  const href = (position: { before?: string; after?: string }) =>
    councilAdminPath(ctx.council.slug, 'audit', { kind: filter.kind, actor: filter.actor, from: filter.from, to: filter.to, ...position });
  return (
    <main id="main-content" className="py-8">
      <span className="text-lg text-secondary">{ctx.council.name}</span>
      <h1>Audit trail</h1>
      <p className="mb-6 max-w-3xl">
        Every change made in this council, who made it and when. Entries cannot be altered, and each is chained to the one before it.
      </p>
      <form method="get" action={base} className="mb-6 flex flex-wrap items-end gap-4 bg-panel p-4">
        <div>
          <label htmlFor="kind" className="mb-1 block font-bold">
            What happened
          </label>
          <select id="kind" name="kind" defaultValue={filter.kind ?? ''} className="border-2 border-border-input bg-white p-2">
            <option value="">Anything</option>
            {r.kinds.map((k) => (
              <option key={k} value={k}>
                {auditKindLabel(k)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actor" className="mb-1 block font-bold">
            Who
          </label>
          <select id="actor" name="actor" defaultValue={filter.actor ?? ''} className="border-2 border-border-input bg-white p-2">
            <option value="">Anyone</option>
            {r.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="mb-1 block font-bold">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={filter.from ?? ''} className="border-2 border-border-input p-2" />
        </div>
        <div>
          <label htmlFor="to" className="mb-1 block font-bold">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={filter.to ?? ''} className="border-2 border-border-input p-2" />
        </div>
        <button type="submit" className="cursor-pointer bg-ink px-4 py-2 font-bold text-white">
          Apply filters
        </button>
      </form>
      <p className="mb-4" role="status">
        {r.events.length === 0
          ? 'No entries'
          : r.newer || r.older
            ? `${r.events.length} ${r.events.length === 1 ? 'entry' : 'entries'} on this page, newest first`
            : `${r.events.length} ${r.events.length === 1 ? 'entry' : 'entries'}, newest first`}
      </p>
      {r.events.length > 0 && (
        <DataTable caption="Audit entries, newest first" captionClass="sr-only" className="mb-8">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {r.events.map((e) => (
              <tr key={String(e.id)}>
                <td className="whitespace-nowrap">{formatDateTime(e.createdAt)}</td>
                <td>
                  {e.actor?.name ?? 'System'}
                  {e.ip && <div className="text-sm text-secondary">{e.ip}</div>}
                </td>
                <td>
                  {auditKindLabel(e.kind)}
                  {/* the stored kind too: it is what the filter and an export name */}
                  <div className="text-sm text-secondary">
                    <code>{e.kind}</code> · {e.entityType}
                  </div>
                </td>
                <td className="text-sm break-all">{summarise(e.data)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {(r.newer || r.older) && (
        <nav aria-label="Pagination" className="mt-6 flex items-center gap-6">
          {r.newer && (
            <Link href={href({ after: r.newer })} rel="prev">
              Newer entries
            </Link>
          )}
          {r.newer && <Link href={href({})}>Newest</Link>}
          {r.older && (
            <Link href={href({ before: r.older })} rel="next">
              Older entries
            </Link>
          )}
        </nav>
      )}
    </main>
  );
}

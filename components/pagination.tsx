import Link from 'next/link';

/** Previous and next links that keep the current filters in the query string. */
export function Pagination({ page, pages, basePath, params }: { page: number; pages: number; basePath: string; params: Record<string, string | undefined> }) {
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    q.set('page', String(p));
    return `${basePath}?${q.toString()}`;
  };
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center gap-6">
      {page > 1 && <Link href={href(page - 1)} rel="prev">Previous page</Link>}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && <Link href={href(page + 1)} rel="next">Next page</Link>}
    </nav>
  );
}

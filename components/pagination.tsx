import type { Route } from 'next';
import Link from 'next/link';
import { withQuery } from '@/lib/routes';

/** Previous and next links that keep the current filters in the query string. */
export function Pagination({ page, pages, basePath, params }: { page: number; pages: number; basePath: Route; params: Record<string, string | undefined> }) {
  if (pages <= 1) return null;
  const href = (p: number) => withQuery(basePath, { ...params, page: p });
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center gap-6">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          Previous page
        </Link>
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}

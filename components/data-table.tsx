import Link from 'next/link';
import { useId, type ReactNode } from 'react';
import type { Route } from 'next';

export type Column = {
  label: ReactNode;
  /** the key a sortable column sorts by, in the `sort` query value */
  sortKey?: string;
  numeric?: boolean;
  /** visually hidden heading (a column of buttons) */
  hiddenLabel?: boolean;
};

export type Row = { key: string; cells: ReactNode[] };

export type Sort = {
  key: string;
  direction: 'ascending' | 'descending';
  /** the page's address with `sort` (and `dir`) set, keeping its filters */
  href: (key: string, direction: 'ascending' | 'descending') => Route;
};

/**
 * GOV.UK table with its caption. On a narrow screen only the table scrolls sideways,
 * inside a region that takes keyboard focus and is named by the caption (WCAG 1.4.10 and
 * 2.1.1); the page itself never does. Sortable columns are links (they work without
 * JavaScript) and the sorted one carries aria-sort.
 */
export function DataTable({
  caption,
  captionClass = '',
  columns = [],
  rows = [],
  sort,
  firstCellIsHeader = true,
  empty,
  id,
  className = '',
  tableClass,
  children,
}: {
  caption: ReactNode;
  captionClass?: string;
  columns?: Column[];
  rows?: Row[];
  /** spacing around the table's region */
  className?: string;
  tableClass?: string;
  /** a table whose head and body the page writes itself (cells spanning columns, grouped rows) */
  children?: ReactNode;
  sort?: Sort;
  firstCellIsHeader?: boolean;
  empty?: ReactNode;
  id?: string;
}) {
  const generated = useId().replace(/[:«»]/g, '');
  const captionId = `${id ?? generated}-caption`;
  if (!children && rows.length === 0 && empty) return <>{empty}</>;
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      data-table-region=""
      className={`relative max-w-full overflow-x-auto focus:outline-focus ${className || 'mb-8'}`}
    >
      <table id={id} className={tableClass}>
        <caption id={captionId} className={captionClass}>
          {caption}
        </caption>
        {children}
        {!children && (
          <>
            <thead>
              <tr>
                {columns.map((c, i) => {
                  const sorted = sort && c.sortKey && sort.key === c.sortKey ? sort.direction : undefined;
                  const next = sorted === 'ascending' ? 'descending' : 'ascending';
                  return (
                    <th key={i} scope="col" aria-sort={c.sortKey ? (sorted ?? 'none') : undefined} className={c.numeric ? 'text-right' : undefined}>
                      {c.sortKey && sort ? (
                        <Link href={sort.href(c.sortKey, next)} className="whitespace-nowrap">
                          {c.label}
                          <span aria-hidden="true">{sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ' ⇅'}</span>
                        </Link>
                      ) : c.hiddenLabel ? (
                        <span className="sr-only">{c.label}</span>
                      ) : (
                        c.label
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  {r.cells.map((cell, i) =>
                    i === 0 && firstCellIsHeader ? (
                      <th key={i} scope="row" className="font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className={columns[i]?.numeric ? 'text-right' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </>
        )}
      </table>
    </div>
  );
}

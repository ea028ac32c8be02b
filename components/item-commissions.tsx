import Link from 'next/link';
import type { Route } from 'next';
import { StatusTag } from '@/components/tag';
import type { CommissionStatus } from '@/lib/rules/commissions';

type Props = {
  commissions: { id: string; title: string; authorName: string; status: CommissionStatus; href: Route }[];
  /** where to commission another, for those who may */
  newHref: Route | null;
  className?: string;
};

/** The papers commissioned for one agenda or forward-plan item, on that item's page. */
export function ItemCommissions({ commissions, newHref, className = 'mb-10' }: Props) {
  return (
    <section aria-labelledby="commissioned" className={`${className} max-w-2xl`}>
      <h2 id="commissioned">Commissioned papers</h2>
      {commissions.length === 0 ? (
        <p className="mb-4">No paper has been commissioned for this item.</p>
      ) : (
        <ul className="mb-4 space-y-2">
          {commissions.map((c) => (
            <li key={c.id}>
              <Link href={c.href}>{c.title}</Link> from {c.authorName} <StatusTag status={c.status} kind="commissionStatus" />
            </li>
          ))}
        </ul>
      )}
      {newHref && (
        <p>
          <Link href={newHref}>Commission a paper for this item</Link>
        </p>
      )}
    </section>
  );
}

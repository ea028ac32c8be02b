import type { Metadata } from 'next';
import { titleFrom } from '@/lib/page-title';
import Link from 'next/link';
import { myCouncils, resolveCouncil } from '@/lib/councils/queries';
import { listBoards } from '@/lib/boards/queries';
import { isCouncilAdmin } from '@/lib/councils/access';
import { boardPath, councilAdminPath, councilPath } from '@/lib/routes';

export const dynamic = 'force-dynamic';

// Page – Council – Tabled (a board's pages add the board: Page – Board – Council – Tabled)
export async function generateMetadata({ params }: { params: Promise<{ council: string }> }): Promise<Metadata> {
  return titleFrom(async () => {
    const ctx = await resolveCouncil((await params).council);
    return { title: { template: `%s – ${ctx.council.name} – Tabled`, default: `${ctx.council.name} – Tabled` } };
  });
}

/** The council bar: which council you are in, and the council and board switchers. */
export default async function CouncilLayout({ children, params }: { children: React.ReactNode; params: Promise<{ council: string }> }) {
  const { council: slug } = await params;
  const ctx = await resolveCouncil(slug);
  const councils = myCouncils(ctx.actor);
  const boards = await listBoards(ctx);
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-8 gap-y-2 border-b border-border py-3">
        <Link href={councilPath(ctx.council.slug)} className="font-bold">
          {ctx.council.name}
        </Link>
        {councils.length > 1 && (
          <details className="relative">
            <summary className="cursor-pointer text-link underline">Switch council</summary>
            <ul className="absolute z-10 mt-1 min-w-64 border border-border bg-white p-3 shadow">
              {councils.map((c) => (
                <li key={c.id}>
                  <Link href={councilPath(c.slug)} aria-current={c.slug === ctx.council.slug ? 'true' : undefined}>
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        )}
        {boards.length > 0 && (
          <details className="relative">
            <summary className="cursor-pointer text-link underline">Switch board</summary>
            <ul className="absolute z-10 mt-1 min-w-72 border border-border bg-white p-3 shadow">
              {boards.map((b) => (
                <li key={b.id}>
                  <Link href={boardPath(ctx.council.slug, b.slug)}>{b.name}</Link>
                </li>
              ))}
            </ul>
          </details>
        )}
        {isCouncilAdmin(ctx.councilRole) && (
          <nav aria-label="Council administration" className="ml-auto max-w-full">
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              <li>
                <Link href={councilAdminPath(ctx.council.slug, 'members')}>Members</Link>
              </li>
              <li>
                <Link href={councilAdminPath(ctx.council.slug, 'contacts')}>Contacts</Link>
              </li>
              <li>
                <Link href={councilAdminPath(ctx.council.slug, 'audit')}>Audit trail</Link>
              </li>
              <li>
                <Link href={councilAdminPath(ctx.council.slug, 'mail')}>Mail</Link>
              </li>
              <li>
                <Link href={councilAdminPath(ctx.council.slug, 'security')}>Sign-in security</Link>
              </li>
              <li>
                <Link href={councilAdminPath(ctx.council.slug, 'lists')}>Lists</Link>
              </li>
            </ul>
          </nav>
        )}
      </div>
      {children}
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { listPublicBoards } from '@/lib/public/queries';
import { label } from '@/lib/labels';
import { publicBoardPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await listPublicBoards((await params).council);
  return { title: found ? `${found.council.name}: public boards` : 'Page not found' };
}

/** A council's boards that publish their meetings; no sign-in. Private boards are never listed. */
export default async function PublicCouncilPage({ params }: Props) {
  const found = await listPublicBoards((await params).council);
  if (!found) notFound();
  return (
    <main id="main-content" className="py-8">
      <span className="text-lg text-secondary">{found.council.name}</span>
      <h1>Boards that publish their meetings</h1>
      <ul className="space-y-3">
        {found.boards.map((b) => (
          <li key={b.slug}>
            <Link href={publicBoardPath(found.council.slug, b.slug)} className="text-lg font-bold">
              {b.name}
            </Link>
            <span className="text-secondary"> · {label('boardKind', b.kind)}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}

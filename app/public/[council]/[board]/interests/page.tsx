import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getPublicInterests } from '@/lib/interests/queries';
import { currentTime } from '@/lib/clock';
import { label } from '@/lib/labels';
import { formatDay } from '@/lib/format';
import { publicBoardPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board } = await params;
  const found = await getPublicInterests(council, board, currentTime());
  return { title: found ? `Register of interests, ${found.board.name}` : 'Page not found' };
}

/** The current interests of a public board's seat holders, where the council publishes them; anything else answers 404. */
export default async function PublicInterestsPage({ params }: Props) {
  const { council, board } = await params;
  const found = await getPublicInterests(council, board, currentTime());
  if (!found) notFound();
  return (
    <main id="main-content" className="py-8">
      <p className="mb-2">
        <Link href={publicBoardPath(found.council.slug, found.board.slug)}>{found.board.name}</Link>
      </p>
      <h1>Register of interests</h1>
      <p className="mb-6 max-w-3xl">The interests the board’s members hold, as each has registered them with {found.council.name}.</p>
      {found.members.length === 0 && <p>The board has no members yet.</p>}
      {found.members.map((m, i) => (
        <section key={i} aria-labelledby={`member-${i}`} className="mb-8 max-w-3xl">
          <h2 id={`member-${i}`}>
            {m.name}, {m.position}, {m.agency}
          </h2>
          {m.interests.length === 0 ? (
            <p>No interests registered.</p>
          ) : (
            <ul className="list-disc pl-6">
              {m.interests.map((e, j) => (
                <li key={j}>
                  <strong>{label('interestCategory', e.category)}</strong>: {e.description}
                  {e.fromOn && `, from ${formatDay(e.fromOn)}`}
                  {e.toOn && `, until ${formatDay(e.toOn)}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getPublicBoard } from '@/lib/public/queries';
import { PublicMeetingEntry } from './public-meeting';
import { SubscribePanel } from './subscribe-panel';
import { formatLongDate } from '@/lib/format';
import { publicCouncilPath, publicFeedPath, publicInterestsPath, publicMinutesPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board } = await params;
  const found = await getPublicBoard(council, board);
  if (!found) return { title: 'Page not found' };
  const title = `${found.board.name}, ${found.council.name}`;
  return { title, alternates: { types: { 'application/atom+xml': [{ url: publicFeedPath(found.council.slug, found.board.slug), title }] } } };
}

/**
 * A public board's page, for anyone, no sign-in: coming meetings, each agenda and its
 * PUBLIC papers once published, and the last few meetings. A private board answers 404.
 */
export default async function PublicBoardPage({ params }: Props) {
  const { council, board } = await params;
  const found = await getPublicBoard(council, board);
  if (!found) notFound();
  const at = [found.council.slug, found.board.slug] as const;
  return (
    <main id="main-content" className="py-8">
      <p className="mb-2">
        <Link href={publicCouncilPath(found.council.slug)}>{found.council.name}</Link>
      </p>
      <h1>{found.board.name}</h1>
      <p className="mb-8 max-w-3xl">
        The board publishes each meeting&apos;s agenda and public papers at least {found.board.publicationNoticeDays} days before the meeting. Papers containing
        protected information are shared with board members only and are not published here.
      </p>
      {found.council.publishInterestRegister && (
        <p className="mb-8">
          <Link href={publicInterestsPath(...at)}>The members’ register of interests</Link>
        </p>
      )}

      <section aria-labelledby="coming-meetings" className="mb-10">
        <h2 id="coming-meetings">Coming meetings</h2>
        {found.coming.length === 0 ? (
          <p>No meetings are scheduled.</p>
        ) : (
          <ul className="space-y-8">
            {found.coming.map((m) => (
              <PublicMeetingEntry key={m.id} meeting={m} at={at} />
            ))}
          </ul>
        )}
      </section>

      {found.recent.length > 0 && (
        <section aria-labelledby="recent-meetings">
          <h2 id="recent-meetings">Recent meetings</h2>
          <ul className="space-y-8">
            {found.recent.map((m) => (
              <PublicMeetingEntry key={m.id} meeting={m} at={at} />
            ))}
          </ul>
        </section>
      )}

      {found.minutes.length > 0 && (
        <section aria-labelledby="public-minutes" className="mt-10">
          <h2 id="public-minutes">Minutes</h2>
          <p className="mb-4 max-w-3xl">Minutes are published once the Chair has approved them.</p>
          <ul className="space-y-4">
            {found.minutes.map((v) => (
              <li key={v.id} className="max-w-3xl border-l-4 border-border pl-4">
                <Link href={publicMinutesPath(...at, v.id)} className="font-bold">
                  Minutes of {v.meeting.title}, {formatLongDate(v.meeting.startsAt)}
                </Link>
                <p className="mt-1">
                  Approved by the Chair{v.approvedBy ? `, ${v.approvedBy},` : ''} on {formatLongDate(v.approvedAt)}.
                  {v.confirmedAt && ` Confirmed as an accurate record at the meeting on ${formatLongDate(v.confirmedAt.startsAt)}.`}
                  {v.versionNo > 1 && ` Version ${v.versionNo}, corrected.`}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <SubscribePanel council={found.council.slug} board={found.board.slug} boardName={found.board.name} />
    </main>
  );
}

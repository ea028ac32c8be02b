import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getPublicMinutes } from '@/lib/public/queries';
import { MinutesDocument } from '@/components/minutes-document';
import { formatLongDate } from '@/lib/format';
import { publicBoardPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; minutes: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, minutes } = await params;
  const found = await getPublicMinutes(council, board, minutes);
  return { title: found ? `Minutes of ${found.minutes.meeting.title}, ${found.board.name}` : 'Page not found' };
}

/** One published version of a public board's minutes, for anyone; anything else answers 404. */
export default async function PublicMinutesPage({ params }: Props) {
  const { council, board, minutes } = await params;
  const found = await getPublicMinutes(council, board, minutes);
  if (!found) notFound();
  const v = found.minutes;
  return (
    <main id="main-content" className="py-8">
      <p className="mb-2">
        <Link href={publicBoardPath(found.council.slug, found.board.slug)}>{found.board.name}</Link>
      </p>
      <h1>
        Minutes of {v.meeting.title}, {formatLongDate(v.meeting.startsAt)}
      </h1>
      <p className="mb-6 max-w-3xl">
        Approved by the Chair{v.approvedBy ? `, ${v.approvedBy},` : ''} on {formatLongDate(v.approvedAt)}.
        {v.confirmedAt && ` Confirmed as an accurate record at the meeting on ${formatLongDate(v.confirmedAt.startsAt)}.`}
        {v.versionNo > 1 && ` Version ${v.versionNo}, corrected.`}
      </p>
      <div className="max-w-3xl">
        <MinutesDocument
          attendance={v.attendance}
          quorum={v.quorum}
          declarations={v.declarations}
          items={v.items}
          headingLevel={2}
          idPrefix={`minutes-${v.id}`}
        />
      </div>
    </main>
  );
}

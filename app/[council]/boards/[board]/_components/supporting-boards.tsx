import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import { boardPath } from '@/lib/routes';

type Supporting = { slug: string; name: string; nextMeeting: { startsAt: Date } | null; openEscalations: number };

/** On a board's overview: the boards that report to it, each with its next meeting and the risks it escalated here, still open. */
export function SupportingBoards({ council, boards }: { council: string; boards: Supporting[] }) {
  if (boards.length === 0) return null;
  return (
    <section aria-labelledby="supporting-boards" className="border-t-4 border-brand pt-4 md:col-span-2">
      <h2 id="supporting-boards">Boards that report to this one</h2>
      <ul>
        {boards.map((b) => (
          <li key={b.slug} className="mb-2">
            <Link href={boardPath(council, b.slug)} className="font-bold">
              {b.name}
            </Link>
            : {b.nextMeeting ? `next meeting ${formatDateTime(b.nextMeeting.startsAt)}` : 'no meeting scheduled'};{' '}
            {b.openEscalations === 0
              ? 'no risks escalated here'
              : `${b.openEscalations} ${b.openEscalations === 1 ? 'risk' : 'risks'} escalated here, still open`}
          </li>
        ))}
      </ul>
    </section>
  );
}

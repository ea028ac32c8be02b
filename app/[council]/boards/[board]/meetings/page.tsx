import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { listMeetings } from '@/lib/meetings/queries';
import { formatDateTime, humanise } from '@/lib/format';
import { StatusTag } from '@/components/tag';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Meetings' };

function MeetingTable({ caption, meetings, base }: { caption: string; meetings: Awaited<ReturnType<typeof listMeetings>>['past']; base: string }) {
  if (meetings.length === 0) return <p className="mb-8">None.</p>;
  return (
    <table className="mb-10">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Meeting</th>
          <th scope="col">Date and time</th>
          <th scope="col">Kind</th>
          <th scope="col">Papers</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <td>
              <Link href={`${base}/meetings/${m.id}`} className="font-bold">
                {m.title}
              </Link>
              {m.theme && <div className="text-sm text-secondary">Theme: {m.theme}</div>}
            </td>
            <td>{formatDateTime(m.startsAt)}</td>
            <td>{humanise(m.kind)}</td>
            <td>{m._count.papers}</td>
            <td>
              <StatusTag status={m.status} />
              {m.minutes[0] && (
                <div className="mt-1 text-sm">
                  Minutes: {humanise(m.minutes[0].status)}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function MeetingsPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const { upcoming, past } = await listMeetings(ctx);
  const base = `/${ctx.council.slug}/boards/${ctx.board.slug}`;
  return (
    <main id="main-content">
      <h1>Meetings</h1>
      <h2>Coming up</h2>
      <MeetingTable caption="Meetings coming up" meetings={upcoming} base={base} />
      <h2>Past meetings</h2>
      <MeetingTable caption="Past meetings" meetings={past} base={base} />
    </main>
  );
}

import type { Metadata } from 'next';
import { titleFrom } from '@/lib/page-title';
import Link from 'next/link';
import { resolveCouncil } from '@/lib/councils/queries';
import { listBoards } from '@/lib/boards/queries';
import { StatusTag } from '@/components/tag';
import { formatDateTime } from '@/lib/format';
import { label } from '@/lib/labels';
import { isCouncilAdmin } from '@/lib/councils/access';
import { listCouncilMinutesAlerts } from '@/lib/minutes/queries';
import { MinutesAlerts } from '@/components/minutes-alerts';
import { councilMailAlert } from '@/lib/mail/admin';
import { MailAlertBanner } from '@/components/mail-alert';
import { DataTable } from '@/components/data-table';
import { boardPath, interestsPath, minutesPath, newBoardPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string }> };

// The council's own page is the segment that sets the council's title template, so it names itself in full.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return titleFrom(async () => {
    const ctx = await resolveCouncil((await params).council);
    return { title: { absolute: `Boards – ${ctx.council.name} – Tabled` } };
  });
}

export default async function CouncilPage({ params }: Props) {
  const ctx = await resolveCouncil((await params).council);
  const boards = await listBoards(ctx);
  const minutes = await listCouncilMinutesAlerts(ctx.council.id, boards);
  const mailAlert = isCouncilAdmin(ctx.councilRole) ? await councilMailAlert(ctx.council.id) : null;
  return (
    <main id="main-content" className="py-8">
      <span className="text-lg text-secondary">{ctx.council.name}</span>
      <h1>Boards</h1>
      <MailAlertBanner alert={mailAlert} council={ctx.council.slug} />
      {isCouncilAdmin(ctx.councilRole) && (
        <p className="mb-6">
          <Link href={newBoardPath(ctx.council.slug)} className="font-bold">
            Set up a new board
          </Link>
        </p>
      )}
      <p className="mb-6">
        <Link href={interestsPath(ctx.council.slug)}>Your register of interests</Link>
      </p>
      {boards.length === 0 ? (
        <p>You do not sit on any board of this council yet.</p>
      ) : (
        <DataTable caption={<>Boards of {ctx.council.name}</>} captionClass="sr-only" className="mb-8">
          <thead>
            <tr>
              <th scope="col">Board</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">Next meeting</th>
            </tr>
          </thead>
          <tbody>
            {boards.map((b) => (
              <tr key={b.id}>
                <td className={b.depth > 0 ? 'pl-6' : undefined}>
                  <Link href={boardPath(ctx.council.slug, b.slug)} className="font-bold">
                    {b.name}
                  </Link>
                  {b.parentBoard && <div className="text-sm text-secondary">Supports {b.parentBoard.name}</div>}
                </td>
                <td>{label('boardKind', b.kind)}</td>
                <td>
                  <StatusTag status={b.status} kind="boardStatus" />
                </td>
                <td>{b.meetings[0] ? formatDateTime(b.meetings[0].startsAt) : 'None scheduled'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {boards.length > 0 && (
        <section aria-labelledby="minutes-status" className="mt-10 max-w-3xl">
          <h2 id="minutes-status">Minutes</h2>
          <MinutesAlerts
            alerts={minutes}
            hrefFor={(a) => minutesPath(ctx.council.slug, minutes.find((m) => m.meetingId === a.meetingId)?.board.slug ?? '', a.meetingId)}
            boardName={(a) => minutes.find((m) => m.meetingId === a.meetingId)?.board.name ?? ''}
          />
        </section>
      )}
    </main>
  );
}

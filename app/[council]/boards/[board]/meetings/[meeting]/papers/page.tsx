import type { Metadata } from 'next';
import { titleFrom } from '@/lib/page-title';
import { meetingName, meetingTitle } from '@/lib/labels';
import { getMeetingNaming } from '@/lib/meetings/queries';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { getPapersPage } from '@/lib/papers/queries';
import { circulateFormAction, acceptLateFormAction } from '@/lib/papers/form-actions';
import { markings, markingLabels } from '@/lib/papers/schema';
import { boardSectionPath, meetingPackPath, meetingPath, paperUploadPath } from '@/lib/routes';
import { formatDateTime } from '@/lib/format';
import { Form } from '@/components/form';
import { UploadPaperForm } from '@/components/upload-paper-form';
import { PaperList } from './paper-list';
import { LateConsent } from './late-consent';

type Props = { params: Promise<{ council: string; board: string; meeting: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return titleFrom(async () => {
    const { council, board, meeting } = await params;
    const ctx = await resolveBoard(council, board);
    return { title: `Papers: ${meetingTitle(await getMeetingNaming(ctx, meeting), ctx.board.name)}` };
  });
}

export default async function PapersPage({ params, searchParams }: Props) {
  const { council, board, meeting } = await params;
  const version = (await searchParams)?.version;
  const versionFor = typeof version === 'string' && /^[0-9a-f-]{36}$/.test(version) ? version : null;
  const ctx = await resolveBoard(council, board);
  const page = await getPapersPage(ctx, meeting);
  const route = { council: ctx.council.slug, board: ctx.board.slug, meeting: page.meeting.id };
  const awaiting = [...page.items.flatMap((i) => i.papers), ...page.otherPapers].filter((p) => p.awaitingConsent && p.circulatedFileId);
  const anyLate = [...page.items.flatMap((i) => i.papers), ...page.otherPapers].some((p) => p.isLate);
  const anyPapers = page.items.some((i) => i.papers.length > 0) || page.otherPapers.length > 0;

  return (
    <main id="main-content">
      <p className="mb-2">
        <Link href={meetingPath(route.council, route.board, route.meeting)}>Back to the meeting</Link>
      </p>
      <h1>
        <span className="block text-lg font-normal text-secondary">
          {meetingName(await getMeetingNaming(ctx, page.meeting.id), ctx.board.name)}, {formatDateTime(page.meeting.startsAt)}
        </span>
        Papers
      </h1>

      <dl className="mb-6 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Papers due</dt>
        <dd>
          {formatDateTime(page.deadline)} ({ctx.board.paperNoticeWorkingDays} working days before the meeting)
        </dd>
      </dl>

      {page.reader === null && (
        <p className="mb-8 border-l-8 border-border bg-panel p-4">
          {ctx.roles.includes('SUBSTITUTE')
            ? "You get this meeting's papers if your member sends apologies saying that you will attend in their place."
            : "Papers go to the board's members, the Chair, attendees and substitutes standing in."}
        </p>
      )}

      {page.can.upload && (
        <p className="mb-6">
          <Link href={boardSectionPath(route.council, route.board, 'commissioned-papers')}>Commissioned papers</Link>: papers asked of their authors, with their
          due dates and reviews. Commission one from an agenda item (Edit item, on the meeting’s page).
        </p>
      )}

      {page.can.pack && (
        <p className="mb-8">
          <a href={meetingPackPath(route.council, route.board, route.meeting)} className="font-bold" download>
            Download the agenda pack (PDF)
          </a>
          <span className="block text-sm text-secondary">One PDF: a cover, the agenda and the PDF papers on the agenda, page-numbered</span>
        </p>
      )}

      <h2>Papers by agenda item</h2>
      {!anyPapers && <p className="mb-8">No papers have been {page.reader === 'administrator' ? 'added' : 'circulated'} yet.</p>}
      {page.items.map((item) =>
        item.papers.length === 0 && page.reader !== 'administrator' ? null : (
          <section key={item.id} aria-labelledby={`item-${item.id}`} className="mb-8 border-l-4 border-border pl-4">
            <h3 id={`item-${item.id}`}>
              {item.position}. {item.title}
            </h3>
            <PaperList
              papers={item.papers}
              route={route}
              reader={page.reader}
              seeOpens={page.can.seeOpens}
              canUpload={page.can.upload}
              maxUploadBytes={page.maxUploadBytes}
              versionFor={versionFor}
            />
          </section>
        ),
      )}
      {page.otherPapers.length > 0 && (
        <section aria-labelledby="other-papers" className="mb-8 border-l-4 border-border pl-4">
          <h3 id="other-papers">Papers for the meeting as a whole</h3>
          <PaperList
            papers={page.otherPapers}
            route={route}
            reader={page.reader}
            seeOpens={page.can.seeOpens}
            canUpload={page.can.upload}
            maxUploadBytes={page.maxUploadBytes}
            versionFor={versionFor}
          />
        </section>
      )}

      {page.can.consent && anyLate && (
        <section aria-labelledby="consent" className="mb-10 max-w-2xl">
          <h2 id="consent">Late papers awaiting your consent</h2>
          {awaiting.length > 0 && (
            <p className="mb-4">
              These papers were circulated after the deadline. Each reaches the agenda, and the members&apos; pack, only once you accept it with a reason. Open
              the paper from the list above before you decide: your consent is recorded against the version you read.
            </p>
          )}
          <LateConsent
            action={acceptLateFormAction.bind(null, route)}
            options={awaiting.map((p) => ({ value: p.circulatedFileId!, label: `${p.title} (circulated ${formatDateTime(p.circulatedAt!)})` }))}
          />
        </section>
      )}

      {page.can.circulate && (
        <section aria-labelledby="circulate" className="mb-10 max-w-2xl">
          <h2 id="circulate">{page.meeting.historical ? 'File papers with the historical record' : 'Circulate papers'}</h2>
          {page.meeting.historical ? (
            <p className="mb-4">
              This meeting is a historical record: its papers, such as the minutes as approved, are filed with it for the board to read. No one is sent
              anything. {page.toCirculate === 0 ? 'Every paper has been filed.' : `${page.toCirculate} waiting to be filed.`}
            </p>
          ) : (
            <p className="mb-4">
              Sends an email with links to everyone due the papers: the board&apos;s members, the Chair, attendees and any substitute standing in for this
              meeting.{' '}
              {page.toCirculate === 0
                ? 'Every paper has been circulated.'
                : `${page.toCirculate} ${page.toCirculate === 1 ? 'paper or new version is' : 'papers or new versions are'} waiting to be circulated.`}
            </p>
          )}
          {page.deadlinePassed && !page.meeting.historical && (
            <div className="mb-4 flex items-start gap-3 font-bold">
              <span aria-hidden="true" className="inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-ink text-xl text-white">
                !
              </span>
              <p>
                <span className="sr-only">Warning: </span>
                The deadline passed on {formatDateTime(page.deadline)}. Papers circulated now are marked late and reach the agenda only when the Chair accepts
                them.
              </p>
            </div>
          )}
          <Form
            action={circulateFormAction.bind(null, route)}
            submitLabel={page.meeting.historical ? 'File with the historical record' : 'Circulate papers'}
            fields={[{ name: 'meetingId', label: '', type: 'hidden', defaultValue: page.meeting.id }]}
          />
        </section>
      )}

      {page.can.upload && (
        <section aria-labelledby="add-paper" className="mb-10 max-w-2xl">
          <h2 id="add-paper">Add a paper</h2>
          <UploadPaperForm
            endpoint={paperUploadPath(route.council, route.board, route.meeting)}
            maxBytes={page.maxUploadBytes}
            idPrefix="new-paper"
            mode={{
              kind: 'new',
              agendaItems: page.items.map((i) => ({ value: i.id, label: `${i.position}. ${i.title}` })),
              markings: markings.map((m) => ({ value: m, label: markingLabels[m] })),
            }}
          />
        </section>
      )}
    </main>
  );
}

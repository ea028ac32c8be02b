import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { getAgendasToAgree } from '@/lib/meetings/agenda/delegated-queries';
import { agreeDelegatedAgendaFormAction } from '@/lib/meetings/agenda/form-actions';
import { can } from '@/lib/auth/permissions';
import { Form } from '@/components/form';
import { formatDateTime } from '@/lib/format';
import { label, meetingTitle } from '@/lib/labels';
import { boardSectionPath, meetingPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Agendas to agree' };

/** A planning group's page: the agendas of the boards that have it agree theirs, and its Chair's agreement of each. */
export default async function AgendasToAgreePage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const boards = await getAgendasToAgree(ctx);
  const agrees = can(ctx.roles, 'agenda', 'approve');
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={boardSectionPath(ctx.council.slug, ctx.board.slug, 'meetings')}>Back to meetings</Link>
      </p>
      <h1>Agendas to agree</h1>
      {boards.length === 0 ? (
        <p>No other board has {ctx.board.name} agree its agendas. A board’s administrator chooses this in the board’s settings.</p>
      ) : (
        <p className="mb-6 max-w-2xl">
          {ctx.board.name} agrees these boards’ agendas. Its Chair agrees each exactly as shown; the agreement is recorded as {ctx.board.name}’s, on both
          boards’ records. A later change to an agenda clears the agreement.
        </p>
      )}
      {boards.map((b) => (
        <section key={b.id} aria-labelledby={`board-${b.id}`} className="mb-10">
          <h2 id={`board-${b.id}`}>{b.name}</h2>
          {b.meetings.length === 0 && <p>No meetings are coming up.</p>}
          {b.meetings.map((m) => {
            const title = meetingTitle(m, b.name);
            return (
              <article key={m.id} aria-labelledby={`meeting-${m.id}`} className="mb-8 max-w-3xl border-l-4 border-border p-4">
                <h3 id={`meeting-${m.id}`}>
                  <Link href={meetingPath(ctx.council.slug, b.slug, m.id)}>{title}</Link>
                </h3>
                {m.agendaItems.length === 0 ? (
                  <p>Nothing is on the agenda yet.</p>
                ) : (
                  <ol className="mb-4 list-decimal pl-6">
                    {m.agendaItems.map((i) => (
                      <li key={i.id}>
                        {i.title}
                        <span className="text-secondary">
                          {' '}
                          ({label('itemPurpose', i.purpose)}
                          {i.presenter && `, ${i.presenter}`})
                        </span>
                      </li>
                    ))}
                  </ol>
                )}
                {m.agendaAgreedAt ? (
                  <p className="font-bold">Agreed on {formatDateTime(m.agendaAgreedAt)}.</p>
                ) : agrees && m.agendaItems.length > 0 ? (
                  <Form
                    action={agreeDelegatedAgendaFormAction.bind(null, ctx.council.slug, ctx.board.slug, b.slug, m.id)}
                    idPrefix={`agree-${m.id}-`}
                    fields={[
                      { name: 'meetingId', label: '', type: 'hidden', defaultValue: m.id },
                      { name: 'version', label: '', type: 'hidden', defaultValue: String(m.version) },
                    ]}
                    submitLabel={`Agree the agenda for ${title}`}
                  />
                ) : (
                  <p>Not yet agreed{agrees ? '' : `: ${ctx.board.name}’s Chair agrees it`}.</p>
                )}
              </article>
            );
          })}
        </section>
      ))}
    </main>
  );
}

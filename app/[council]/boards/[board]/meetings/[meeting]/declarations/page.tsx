import type { Metadata } from 'next';
import Link from 'next/link';
import { titleFrom } from '@/lib/page-title';
import { resolveBoard } from '@/lib/boards/context';
import { getMeetingNaming } from '@/lib/meetings/queries';
import { getDeclarations } from '@/lib/declarations/queries';
import { declareInterestFormAction, recordDeclarationFormAction, removeDeclarationFormAction } from '@/lib/declarations/form-actions';
import { interestKinds } from '@/lib/declarations/schema';
import { label, labelOptions, meetingName, meetingTitle } from '@/lib/labels';
import { formatDateTime } from '@/lib/format';
import { Form, type FieldSpec } from '@/components/form';
import { Tag } from '@/components/tag';
import { interestsPath, meetingPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; meeting: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return titleFrom(async () => {
    const { council, board, meeting } = await params;
    const ctx = await resolveBoard(council, board);
    return { title: `Declarations of interest: ${meetingTitle(await getMeetingNaming(ctx, meeting), ctx.board.name)}` };
  });
}

export default async function DeclarationsPage({ params }: Props) {
  const { council, board, meeting } = await params;
  const ctx = await resolveBoard(council, board);
  const view = await getDeclarations(ctx, meeting);
  const route = { council: ctx.council.slug, board: ctx.board.slug, meeting: view.meeting.id };
  const fields = (): FieldSpec[] => [
    { name: 'meetingId', label: '', type: 'hidden', defaultValue: view.meeting.id },
    {
      name: 'agendaItemId',
      label: 'Agenda item',
      type: 'select',
      options: [{ value: '', label: 'The meeting generally' }, ...view.meeting.agendaItems.map((i) => ({ value: i.id, label: `${i.position}. ${i.title}` }))],
    },
    { name: 'kind', label: 'Kind of interest', type: 'radios', options: labelOptions('interestKind', interestKinds) },
    {
      name: 'description',
      label: 'The interest',
      hint: 'For example, “My partner is a director of the provider bidding for the contract”',
      type: 'textarea',
      rows: 3,
    },
    {
      name: 'withdrew',
      label: 'Withdrawing from the item',
      type: 'radios',
      inline: true,
      options: [
        { value: 'true', label: 'Withdraws (takes no part in the item)' },
        { value: 'false', label: 'Remains in the meeting' },
      ],
    },
  ];
  return (
    <main id="main-content">
      <p className="mb-4">
        <Link href={meetingPath(ctx.council.slug, ctx.board.slug, view.meeting.id)}>Back to the meeting</Link>
      </p>
      <p className="text-lg text-secondary">{meetingName(view.meeting, ctx.board.name)}</p>
      <h1>Declarations of interest</h1>
      <p className="mb-8 max-w-2xl">
        Members declare any interest in the meeting’s business before the meeting or at it; the minutes record each one, with whether the member withdrew. Once
        the Chair approves the minutes the declarations are fixed. Each member keeps their own{' '}
        <Link href={interestsPath(ctx.council.slug)}>register of interests</Link>.
      </p>

      <section aria-labelledby="declared" className="mb-10 max-w-3xl">
        <h2 id="declared">Declared</h2>
        {view.declarations.length === 0 ? (
          <p>No interests have been declared for this meeting.</p>
        ) : (
          <ul className="space-y-4">
            {view.declarations.map((d) => (
              <li key={d.id} className="border-l-4 border-border pl-4">
                <p className="font-bold">
                  {d.person.name}: {label('interestKind', d.kind)},{' '}
                  {d.agendaItem ? `item ${d.agendaItem.position}, ${d.agendaItem.title}` : 'the meeting generally'}{' '}
                  {d.withdrew ? <Tag tone="amber">Withdrew</Tag> : null}
                </p>
                <p>{d.description}</p>
                <p className="text-secondary">
                  {d.declaredInRoom ? `Declared in the room, recorded by ${d.recordedBy.name}` : 'Declared by the member'} on {formatDateTime(d.declaredAt)}
                </p>
                {view.open && (d.personId === ctx.actor.id || view.records) && (
                  <Form
                    action={removeDeclarationFormAction.bind(null, route)}
                    submitLabel={`Remove ${d.person.name}’s declaration`}
                    variant="secondary"
                    idPrefix={`remove-${d.id}`}
                    fields={[{ name: 'declarationId', label: '', type: 'hidden', defaultValue: d.id }]}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {!view.open && (
        <p className="mb-8">
          Declarations for this meeting cannot be changed now: its minutes have been approved (start a correction of the minutes to put one right), or it did
          not take place here.
        </p>
      )}
      {view.open && view.sitsOnBoard && (
        <section aria-labelledby="declare" className="mb-10 max-w-2xl">
          <h2 id="declare">Declare an interest</h2>
          <Form action={declareInterestFormAction.bind(null, route)} idPrefix="declare" submitLabel="Declare the interest" fields={fields()} />
        </section>
      )}
      {view.open && view.records && (
        <section aria-labelledby="record" className="mb-10 max-w-2xl">
          <h2 id="record">Record a declaration made in the room</h2>
          {view.members.length === 0 ? (
            <p>The board has no members yet.</p>
          ) : (
            <Form
              action={recordDeclarationFormAction.bind(null, route)}
              idPrefix="record"
              submitLabel="Record the declaration"
              fields={[
                { name: 'personId', label: 'Who declared it', type: 'select', options: view.members.map((m) => ({ value: m.id, label: m.name })) },
                ...fields(),
              ]}
            />
          )}
        </section>
      )}
    </main>
  );
}

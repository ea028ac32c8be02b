import Link from 'next/link';
import { Form } from '@/components/form';
import { setAgendaAgreementFormAction } from '@/lib/boards/form-actions';
import { boardPath } from '@/lib/routes';

type Props = {
  council: string;
  board: { id: string; slug: string; name: string; agendaAgreedByBoardId: string | null; agendasAgreedFor: { name: string; slug: string }[] };
  options: { id: string; name: string }[];
};

/** Who agrees the board's agendas: its Chair, or another board of the council (its planning group). */
export function AgendaAgreementSetting({ council, board, options }: Props) {
  return (
    <section aria-labelledby="agenda-agreement-heading" className="mb-12 max-w-3xl">
      <h2 id="agenda-agreement-heading">Who agrees the agendas</h2>
      {board.agendasAgreedFor.length > 0 ? (
        <>
          <p className="mb-2">This board agrees the agendas of:</p>
          <ul className="mb-4 list-disc pl-6">
            {board.agendasAgreedFor.map((b) => (
              <li key={b.slug}>
                <Link href={boardPath(council, b.slug)}>{b.name}</Link>
              </li>
            ))}
          </ul>
          <p>So its own agendas are agreed by its Chair. To change that, first change who agrees those boards’ agendas.</p>
        </>
      ) : (
        <Form
          action={setAgendaAgreementFormAction.bind(null, council, board.slug)}
          idPrefix="agenda-agreement-"
          submitLabel="Save who agrees the agendas"
          fields={[
            { name: 'boardId', label: '', type: 'hidden', defaultValue: board.id },
            {
              name: 'agreedByBoardId',
              label: `Who agrees the agendas of ${board.name}`,
              hint: 'A board such as a planning group can agree them: its Chair then agrees each agenda on this board’s behalf, on the record.',
              type: 'radios',
              defaultValue: board.agendaAgreedByBoardId ?? '',
              options: [{ value: '', label: 'The board’s own Chair' }, ...options.map((o) => ({ value: o.id, label: o.name }))],
            },
          ]}
        />
      )}
    </section>
  );
}

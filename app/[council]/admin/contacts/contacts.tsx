import { Form } from '@/components/form';
import { mergeContactFormAction, setContactEmailFormAction } from '@/lib/people/form-actions';
import type { listContacts } from '@/lib/people/queries';

type Props = { council: string } & Awaited<ReturnType<typeof listContacts>>;

/** Contacts (seat holders and substitutes with no account): give one an address and invite them, or merge them into their account. */
export function Contacts({ council, contacts, accounts }: Props) {
  return (
    <section aria-labelledby="contacts-heading" className="mb-10">
      <h1 id="contacts-heading">Contacts without an account</h1>
      <p className="mb-4 max-w-2xl">
        People on the boards’ seats, or named as substitutes, who cannot sign in. Without an email address they are sent nothing: papers, minutes and reminders
        do not reach them.
      </p>
      {contacts.length === 0 && <p>Everyone on the boards’ seats has an account.</p>}
      {contacts.map((c) => (
        <article key={c.id} aria-labelledby={`contact-${c.id}`} className="mb-8 max-w-3xl border-l-4 border-border pl-4">
          <h2 id={`contact-${c.id}`}>{c.name}</h2>
          <p className="mb-2">{c.email ? `Email: ${c.email} (invited, not yet signed in)` : 'No email address: they cannot be reached'}</p>
          <ul className="mb-4 list-disc pl-6 text-sm">
            {c.seats.map((s) => (
              <li key={s.id}>
                {s.position}, {s.agency} on {s.board.name}
              </li>
            ))}
            {c.substituteFor.map((s) => (
              <li key={s.id}>
                Substitute for {s.person?.name ?? s.position} on {s.board.name}
              </li>
            ))}
          </ul>
          <Form
            action={setContactEmailFormAction.bind(null, council)}
            idPrefix={`email-${c.id}-`}
            submitLabel={c.email ? `Change ${c.name}’s email and invite them again` : `Add ${c.name}’s email and invite them`}
            variant="secondary"
            fields={[
              { name: 'contactId', label: '', type: 'hidden', defaultValue: c.id },
              { name: 'email', label: `Email address of ${c.name}`, type: 'email', autoComplete: 'off', defaultValue: c.email },
            ]}
          />
          {accounts.length > 0 && (
            <Form
              action={mergeContactFormAction.bind(null, council)}
              idPrefix={`merge-${c.id}-`}
              submitLabel={`Merge ${c.name} into the account`}
              variant="secondary"
              confirm={{
                question: `Merge ${c.name} into the account you chose?`,
                confirmLabel: 'Yes, merge them',
                body: 'Every seat and substitute place in this council that names the contact will name the account instead. This is recorded in the audit trail.',
              }}
              fields={[
                { name: 'contactId', label: '', type: 'hidden', defaultValue: c.id },
                {
                  name: 'accountId',
                  label: `The account that is ${c.name}`,
                  hint: 'For someone who has since accepted an invitation under their own address',
                  type: 'select',
                  options: [{ value: '', label: 'Choose an account' }, ...accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))],
                },
              ]}
            />
          )}
        </article>
      ))}
    </section>
  );
}

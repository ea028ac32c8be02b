import type { Metadata } from 'next';
import { requireActor } from '@/lib/auth/session';
import { Form, type FieldSpec } from '@/components/form';
import { labelOptions } from '@/lib/labels';
import { notificationSettings } from '@/lib/reminders/preferences';
import { setReminderPreferencesFormAction } from '@/lib/reminders/form-actions';
import { accountPath } from '@/lib/routes';
import { isMandatoryKind, REMINDER_KINDS, reminderKindLabels } from '@/lib/rules/reminders';

export const metadata: Metadata = { title: 'Notifications' };
export const dynamic = 'force-dynamic';

/** Each council's reminders, one radio group per kind: immediately, in the Monday digest, or off. */
export default async function NotificationsPage() {
  const actor = await requireActor(accountPath('notifications'));
  const councils = await notificationSettings(actor.id);
  const mandatory = REMINDER_KINDS.filter(isMandatoryKind);
  return (
    <main id="main-content" className="max-w-3xl py-8">
      <h1>Notifications</h1>
      <p className="mb-4">
        Choose how each kind of reminder reaches you: by email as soon as it is due, collected in a weekly digest on Monday morning, or not at all. Every
        reminder says what is due and when, and links to it.
      </p>
      {councils.length === 0 && <p>You do not belong to any council yet, so you are not sent reminders.</p>}
      {councils.map(({ council, preferences }, i) => {
        const fields: FieldSpec[] = REMINDER_KINDS.filter((k) => !isMandatoryKind(k)).map((kind) => ({
          name: kind,
          label: reminderKindLabels[kind].title,
          hint: reminderKindLabels[kind].hint,
          type: 'radios',
          options: labelOptions('reminderDelivery'),
          defaultValue: preferences[kind],
        }));
        return (
          <section key={council.id} aria-labelledby={`council-${i}`} className="mb-10">
            <h2 id={`council-${i}`}>{council.name}</h2>
            <h3>Always sent</h3>
            <p className="mb-2">These go to whoever holds the duty, as soon as they are due, and cannot be turned off:</p>
            <ul className="mb-6 list-disc pl-6">
              {mandatory.map((kind) => (
                <li key={kind}>
                  <strong>{reminderKindLabels[kind].title}</strong>:{' '}
                  {reminderKindLabels[kind].hint.charAt(0).toLowerCase() + reminderKindLabels[kind].hint.slice(1)} (always on)
                </li>
              ))}
            </ul>
            <h3>Your choices</h3>
            <Form
              action={setReminderPreferencesFormAction.bind(null, council.slug)}
              idPrefix={`c${i}-`}
              fields={fields}
              submitLabel={`Save reminders for ${council.name}`}
            />
          </section>
        );
      })}
    </main>
  );
}

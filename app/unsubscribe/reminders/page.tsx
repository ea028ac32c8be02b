import type { Metadata } from 'next';
import Link from 'next/link';
import { Form } from '@/components/form';
import { describeUnsubscribe } from '@/lib/reminders/preferences';
import { unsubscribeReminderFormAction } from '@/lib/reminders/form-actions';
import { accountPath } from '@/lib/routes';
import { reminderKindLabels } from '@/lib/rules/reminders';

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Stop reminders', robots: { index: false } };

/** The link at the foot of a reminder: a page with one button, so a link scanner's visit unsubscribes nobody. */
export default async function UnsubscribeReminderPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const found = await describeUnsubscribe(token);
  return (
    <main id="main-content" className="py-10">
      <div className="max-w-xl">
        <h1>Stop reminders</h1>
        {found.ok && found.stopped ? (
          <p className="mb-4">
            {found.kind === 'digest' ? 'The reminders you had put in your weekly digest are' : `“${reminderKindLabels[found.kind].title}” reminders are`}{' '}
            stopped: {found.councilName} will not send you these any more.
          </p>
        ) : found.ok ? (
          <>
            <p className="mb-4">
              Stop {found.kind === 'digest' ? 'the reminders you have put in your weekly digest' : `“${reminderKindLabels[found.kind].title}” reminders`} from{' '}
              {found.councilName}. Notices that go with a duty you hold (minutes waiting for your approval, papers missing at the deadline) still come.
            </p>
            <Form
              action={unsubscribeReminderFormAction}
              fields={[{ name: 'token', label: 'Token', type: 'hidden', defaultValue: token }]}
              submitLabel="Unsubscribe"
              variant="warning"
            />
          </>
        ) : (
          <p className="mb-4">This unsubscribe link is not valid. Check you copied all of it from the email.</p>
        )}
        <p className="mt-8">
          Or sign in and choose how each reminder reaches you: <Link href={accountPath('notifications')}>Notifications</Link>.
        </p>
      </div>
    </main>
  );
}

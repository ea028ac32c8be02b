import type { Metadata } from 'next';
import { requireActor } from '@/lib/auth/session';
import { activeFeed } from '@/lib/calendar/feeds';
import { issueFeedFormAction, revokeFeedFormAction } from '@/lib/calendar/form-actions';
import { Form } from '@/components/form';
import { formatDateTime } from '@/lib/format';
import { accountPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Your calendar feed' };
export const dynamic = 'force-dynamic';

export default async function CalendarFeedPage() {
  const actor = await requireActor(accountPath('calendar'));
  const feed = await activeFeed(actor.id);
  return (
    <main id="main-content" className="max-w-3xl py-8">
      <h1>Your calendar feed</h1>
      <p className="mb-4">
        Subscribe to your board meetings from Outlook, Google Calendar or Apple Calendar. The feed has the meetings of every board where you hold a seat or have
        been given access, in all your councils, and meetings where you attend as a substitute. Cancelled meetings are marked as cancelled.
      </p>
      <p className="mb-6">
        The address is secret: anyone who has it can see your meetings, without signing in. Do not share it. If it gets out, replace it: the old address stops
        working at once.
      </p>
      <h2>Your address</h2>
      <p className="mb-4" aria-live="polite">
        {feed
          ? `You have a calendar address, made on ${formatDateTime(feed.createdAt)}. For your safety it is not shown again; replace it if you need it again.`
          : 'You do not have a calendar address.'}
      </p>
      {/* one form for "create" and "replace", kept in place so the new address shows after the page refreshes */}
      <Form action={issueFeedFormAction} fields={[]} submitLabel={feed ? 'Replace your calendar address' : 'Create a calendar address'} />
      {feed && (
        <div className="mt-8">
          <h2>Stop your calendar feed</h2>
          <p className="mb-4">The address stops working and subscribed calendars stop updating.</p>
          <Form action={revokeFeedFormAction} fields={[]} submitLabel="Stop your calendar feed" variant="secondary" />
        </div>
      )}
    </main>
  );
}

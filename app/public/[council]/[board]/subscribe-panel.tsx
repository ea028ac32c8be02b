import { Form } from '@/components/form';
import { subscribeFormAction } from '@/lib/public/subscription-form-actions';
import { SUBSCRIPTION_TOPICS, topicLabels } from '@/lib/rules/public-subscription';
import { publicFeedPath } from '@/lib/routes';

/** "Get email updates" (double opt-in, no account) and the board's Atom feed. */
export function SubscribePanel({ council, board, boardName }: { council: string; board: string; boardName: string }) {
  return (
    <section aria-labelledby="email-updates" className="mt-10 max-w-xl">
      <h2 id="email-updates">Get email updates</h2>
      <p className="mb-4">
        We will email you when the {boardName} publishes an agenda or minutes, or moves or cancels a meeting. You do not need an account. We send a link to
        confirm first, and every email has a link to stop them.
      </p>
      <Form
        action={subscribeFormAction.bind(null, { council, board })}
        idPrefix="subscribe-"
        submitLabel="Get email updates"
        fields={[
          { name: 'email', label: 'Email address', type: 'email', autoComplete: 'email' },
          {
            name: 'topics',
            label: 'Email me when',
            type: 'checkboxes',
            options: SUBSCRIPTION_TOPICS.map((value) => ({ value, label: topicLabels[value] })),
            defaultValues: [...SUBSCRIPTION_TOPICS],
          },
        ]}
      />
      <p className="mt-4">
        Or follow the <a href={publicFeedPath(council, board)}>board&apos;s news feed (Atom)</a> in a feed reader.
      </p>
    </section>
  );
}

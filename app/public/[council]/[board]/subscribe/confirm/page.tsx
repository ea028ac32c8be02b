import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Form } from '@/components/form';
import { subscriptionPageBoard } from '@/lib/public/subscriptions';
import { confirmSubscriptionFormAction } from '@/lib/public/subscription-form-actions';
import { publicBoardPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<{ token?: string | string[] }> };

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm your email updates', robots: { index: false } };

/**
 * The link in the confirmation mail opens this page; only pressing its button confirms,
 * so a mail scanner that opens every link subscribes nobody.
 */
export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const found = await subscriptionPageBoard(council, board, true);
  if (!found) notFound();
  return (
    <main id="main-content" className="py-10">
      <div className="max-w-xl">
        <h1>Confirm your email updates</h1>
        <p className="mb-6">
          Confirm that you want email updates about the {found.board.name} of {found.council.name}. You can stop them at any time from a link in each email.
        </p>
        <Form
          action={confirmSubscriptionFormAction.bind(null, { council: found.council.slug, board: found.board.slug })}
          fields={[{ name: 'token', label: 'Token', type: 'hidden', defaultValue: token }]}
          submitLabel="Confirm email updates"
        />
        <p className="mt-8">
          <Link href={publicBoardPath(found.council.slug, found.board.slug)}>Back to the {found.board.name}</Link>
        </p>
      </div>
    </main>
  );
}

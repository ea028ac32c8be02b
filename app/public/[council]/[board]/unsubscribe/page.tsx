import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Form } from '@/components/form';
import { subscriptionPageBoard } from '@/lib/public/subscriptions';
import { unsubscribeFormAction } from '@/lib/public/subscription-form-actions';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<{ token?: string | string[] }> };

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Stop email updates', robots: { index: false } };

/** The link at the foot of every update: one button, no account. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  // a board made private since must still let its subscribers go
  const found = await subscriptionPageBoard(council, board, false);
  if (!found) notFound();
  return (
    <main id="main-content" className="py-10">
      <div className="max-w-xl">
        <h1>Stop email updates</h1>
        <p className="mb-6">
          Stop every email update about the {found.board.name} of {found.council.name} to this address.
        </p>
        <Form
          action={unsubscribeFormAction.bind(null, { council: found.council.slug, board: found.board.slug })}
          fields={[{ name: 'token', label: 'Token', type: 'hidden', defaultValue: token }]}
          submitLabel="Unsubscribe"
          variant="warning"
        />
      </div>
    </main>
  );
}

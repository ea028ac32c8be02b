import type { Metadata } from 'next';
import Link from 'next/link';
import { getActor } from '@/lib/auth/session';
import { describeInvitation, WRONG_ACCOUNT_MESSAGE } from '@/lib/invitations/accept';
import { acceptInvitationFormAction, acceptWithNewAccountFormAction } from '@/lib/invitations/accept-form-actions';
import { Form } from '@/components/form';
import { label } from '@/lib/labels';
import { acceptInvitationPath, signInPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Accept your invitation' };

export default async function AcceptInvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const [invitation, actor] = await Promise.all([token ? describeInvitation(token) : null, getActor()]);
  if (!invitation) {
    return (
      <main id="main-content" className="py-10">
        <h1>This invitation cannot be used</h1>
        <p>It has expired, been withdrawn or already been used. Ask the person who invited you to send a new one.</p>
      </main>
    );
  }
  const here = acceptInvitationPath(token);
  return (
    <main id="main-content" className="py-10">
      <h1>Join {invitation.councilName} on Tabled</h1>
      <dl className="mb-8 grid max-w-2xl gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Invited email</dt>
        <dd>{invitation.email}</dd>
        <dt className="font-bold">Council role</dt>
        <dd>{label('councilRole', invitation.councilRole)}</dd>
        {invitation.boardName && (
          <>
            <dt className="font-bold">Board</dt>
            <dd>
              {invitation.boardName} ({label('boardAccessRole', invitation.boardRole)})
            </dd>
          </>
        )}
      </dl>
      {actor && (actor.email ?? '').toLowerCase() !== invitation.email.toLowerCase() ? (
        <div role="alert" className="max-w-2xl border-l-8 border-error p-4">
          <p className="font-bold">{WRONG_ACCOUNT_MESSAGE(invitation.email)}</p>
        </div>
      ) : actor ? (
        <>
          <p className="mb-4">You are signed in as {actor.name}. Accepting gives this account the access above.</p>
          <Form action={acceptInvitationFormAction.bind(null, token)} fields={[]} submitLabel="Accept invitation" />
        </>
      ) : invitation.accountExists ? (
        <p>
          You already have an account. <Link href={signInPath({ callbackUrl: here })}>Sign in to accept the invitation</Link>.
        </p>
      ) : (
        <div className="max-w-2xl">
          <h2>Create your account</h2>
          <Form
            action={acceptWithNewAccountFormAction.bind(null, token)}
            submitLabel="Create account and accept"
            fields={[
              { name: 'name', label: 'Full name', autoComplete: 'name' },
              {
                name: 'password',
                label: 'Choose a password',
                type: 'password',
                autoComplete: 'new-password',
                hint: 'At least 12 characters. A few unrelated words work well.',
              },
            ]}
          />
        </div>
      )}
    </main>
  );
}

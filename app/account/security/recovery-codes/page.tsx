import type { Metadata } from 'next';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { secondFactorStatus } from '@/lib/auth/second-factor';
import { regenerateRecoveryCodesFormAction } from '@/lib/account/security-form-actions';
import { RegenerateRecoveryCodesForm } from './regenerate-form';
import { accountPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'New recovery codes' };
export const dynamic = 'force-dynamic';

export default async function RecoveryCodesPage() {
  const actor = await requireActor(accountPath('security/recovery-codes'));
  const status = await secondFactorStatus(actor.id);
  return (
    <main id="main-content" className="py-8">
      <p className="mb-6">
        <Link href={accountPath('security')}>Back to sign-in security</Link>
      </p>
      <h1>New recovery codes</h1>
      {status.enrolled ? (
        <>
          <p className="mb-2 max-w-2xl">
            Make a new set of ten recovery codes if you have used most of yours or think someone else may have seen them. The codes you have now stop working.
          </p>
          <p className="mb-6 max-w-2xl">
            You have {status.recoveryCodesLeft} unused recovery {status.recoveryCodesLeft === 1 ? 'code' : 'codes'}. To check it is you, enter a code from your
            authenticator app, or your password.
          </p>
          <RegenerateRecoveryCodesForm action={regenerateRecoveryCodesFormAction} />
        </>
      ) : (
        <p className="max-w-2xl">
          Recovery codes come with an authenticator app. <Link href={accountPath('security')}>Set up an authenticator app</Link> first.
        </p>
      )}
    </main>
  );
}

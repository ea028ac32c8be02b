import type { Metadata } from 'next';
import Link from 'next/link';
import { renderSVG } from 'uqr';
import { requireActor } from '@/lib/auth/session';
import { pendingTotpSecret, secondFactorStatus } from '@/lib/auth/second-factor';
import { groupedSecret, otpauthUri } from '@/lib/auth/totp';
import { beginTotpFormAction, confirmTotpFormAction, disableTotpFormAction } from '@/lib/account/security-form-actions';
import { Form } from '@/components/form';
import { formatDateTime } from '@/lib/format';
import { TotpConfirm } from './totp-confirm';
import { accountPath, councilPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Sign-in security' };
export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;

export default async function SecurityPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor(accountPath('security'));
  const params = await searchParams;
  const councilSlug = typeof params.council === 'string' ? params.council : null;
  // only a council the person belongs to is named: the parameter cannot make the page say anything else
  const council = councilSlug ? actor.memberships.find((m) => m.council.slug === councilSlug) : undefined;
  const status = await secondFactorStatus(actor.id);
  const secret = status.enrolling ? await pendingTotpSecret(actor.id) : null;
  const label = actor.email ?? actor.name;
  return (
    <main id="main-content" className="py-8">
      <h1>Sign-in security</h1>
      {council && !status.enrolled && (
        <div role="alert" className="mb-6 max-w-2xl border-l-8 border-warning bg-panel p-4">
          <p className="font-bold">{council.council.name} asks its administrators and Chairs to sign in with a second factor.</p>
          <p>Set up an authenticator app below to continue to {council.council.name}.</p>
        </div>
      )}
      <p className="mb-6 max-w-2xl">
        With an authenticator app (such as Microsoft Authenticator or Google Authenticator), signing in needs a 6-digit code from your phone as well as your
        password, so a stolen password alone is not enough. Signing in with a Microsoft work account uses your organisation&apos;s own checks instead.
      </p>

      <TotpConfirm
        action={confirmTotpFormAction}
        enrolling={Boolean(secret)}
        continueTo={council ? councilPath(council.council.slug) : accountPath('security')}
      />

      {status.enrolled ? (
        <section aria-labelledby="app-on">
          <h2 id="app-on">Your authenticator app is on</h2>
          <p className="mb-2">Turned on {status.confirmedAt ? formatDateTime(status.confirmedAt) : ''}.</p>
          <p className="mb-2">
            You have {status.recoveryCodesLeft} unused recovery {status.recoveryCodesLeft === 1 ? 'code' : 'codes'}.
          </p>
          <p className="mb-6">
            <Link href={accountPath('security/recovery-codes')}>Make new recovery codes</Link>
          </p>
          <h3 className="text-xl">Turn off the authenticator app</h3>
          <p className="mb-4 max-w-2xl">Enter a code from the app (or a recovery code, if you have lost it). Your recovery codes stop working too.</p>
          <Form
            action={disableTotpFormAction}
            fields={[{ name: 'code', label: 'Code', autoComplete: 'one-time-code', width: 'half' }]}
            submitLabel="Turn off"
            variant="secondary"
          />
        </section>
      ) : secret ? (
        <section aria-labelledby="set-up" className="mb-10">
          <h2 id="set-up">Set up your authenticator app</h2>
          <ol className="mb-6 max-w-2xl list-decimal space-y-2 pl-6">
            <li>In your authenticator app, add an account.</li>
            <li>Scan the QR code, or type in the key below.</li>
            <li>Enter the code the app then shows, to check it is set up.</li>
          </ol>
          <figure className="mb-4">
            <div
              role="img"
              aria-label="QR code holding the key for your authenticator app"
              className="h-56 w-56"
              dangerouslySetInnerHTML={{ __html: renderSVG(otpauthUri(secret, label), { border: 2 }) }}
            />
          </figure>
          <p className="mb-1 font-bold" id="totp-key-label">
            Key
          </p>
          <p className="mb-6 font-mono text-lg" aria-labelledby="totp-key-label" data-testid="totp-secret">
            {groupedSecret(secret)}
          </p>
          <Form action={beginTotpFormAction} fields={[]} submitLabel="Start again with a new key" variant="secondary" />
        </section>
      ) : (
        <section aria-labelledby="set-up" className="mb-10">
          <h2 id="set-up">Authenticator app</h2>
          <p className="mb-4">You have not set up an authenticator app.</p>
          <Form action={beginTotpFormAction} fields={[]} submitLabel="Set up an authenticator app" />
        </section>
      )}
      <p className="mt-10">
        <Link href={accountPath('sessions')}>Your sessions</Link>
      </p>
    </main>
  );
}

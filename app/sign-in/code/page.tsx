import type { Metadata } from 'next';
import Link from 'next/link';
import { findChallenge } from '@/lib/auth/second-factor';
import { readChallengeCookie } from '@/lib/auth/second-factor-cookie';
import { secondFactorSignInFormAction } from '@/lib/account/security-form-actions';
import { Form } from '@/components/form';
import { signInPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Enter your code' };
export const dynamic = 'force-dynamic';

// The second step of signing in. What it continues is in an httpOnly cookie, never in
// this page's address; the form is a plain POST, so it works without JavaScript.
export default async function SecondFactorPage() {
  const challenge = await findChallenge(await readChallengeCookie());
  return (
    <main id="main-content" className="py-10">
      <div className="max-w-xl">
        <h1>Enter the code from your authenticator app</h1>
        {challenge ? (
          <>
            <p className="mb-6">Your password was right. To finish signing in, open your authenticator app and enter the 6-digit code it shows for Tabled.</p>
            <Form
              action={secondFactorSignInFormAction}
              fields={[
                {
                  name: 'code',
                  label: 'Code',
                  hint: 'For example, 123456. If you no longer have your app, enter one of your recovery codes instead.',
                  autoComplete: 'one-time-code',
                  width: 'half',
                },
              ]}
              submitLabel="Continue"
            />
            <p className="mt-8">
              <Link href={signInPath()}>Start signing in again</Link>
            </p>
          </>
        ) : (
          <>
            <p className="mb-4">Your sign-in has timed out, or has already finished. Sign in again.</p>
            <Link href={signInPath()}>Sign in</Link>
          </>
        )}
      </div>
    </main>
  );
}

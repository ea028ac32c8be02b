import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { entraProviders } from '@/lib/auth/entra';
import { safeCallback } from '@/lib/security/safe-callback';
import { SignInForm } from './sign-in-form';
import { EntraButton } from './entra-button';
import { signInStepPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Sign in' };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(one(params.callbackUrl));
  if (await getActor()) redirect(callbackUrl);
  const entra = entraProviders();
  return (
    <main id="main-content" className="py-10">
      <div className="max-w-xl">
        <h1>Sign in to Tabled</h1>
        {one(params.signedOut) === 'everywhere' && (
          <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4 font-bold">
            You have been signed out of every session.
          </div>
        )}
        {one(params.error) === 'AccessDenied' && (
          <div role="alert" className="mb-6 border-l-8 border-error p-4 font-bold">
            That account&apos;s organisation is not set up to sign in to Tabled. Sign in another way, or ask your council&apos;s administrator.
          </div>
        )}
        {one(params.created) && (
          <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4 font-bold">
            Your account is ready. Sign in with your new password.
          </div>
        )}
        <SignInForm callbackUrl={callbackUrl} email={one(params.email) ?? ''} />
        <p className="mt-8">
          <Link href={signInStepPath('email')}>Sign in with a link sent to your email instead</Link>
        </p>
        {entra.length > 0 && (
          <div className="mt-8 border-t border-border pt-6">
            <h2 className="text-xl">Use your organisation&apos;s account</h2>
            {entra.map((p) => (
              <EntraButton key={p.id} providerId={p.id} callbackUrl={callbackUrl} />
            ))}
          </div>
        )}
      </div>
    </main>
  );
}

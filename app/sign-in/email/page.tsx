import type { Metadata } from 'next';
import Link from 'next/link';
import { Form } from '@/components/form';
import { requestMagicLinkFormAction } from '@/lib/auth/magic-link-form-actions';
import { signInPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Sign in with an email link' };

export default function EmailLinkPage() {
  return (
    <main id="main-content" className="py-10">
      <div className="max-w-xl">
        <h1>Sign in with an email link</h1>
        <p className="mb-6">We will email you a link that signs you in. It works once, for 15 minutes.</p>
        <Form
          action={requestMagicLinkFormAction}
          submitLabel="Send me a link"
          fields={[{ name: 'email', label: 'Email address', type: 'email', autoComplete: 'email' }]}
        />
        <p className="mt-8">
          <Link href={signInPath()}>Sign in with a password instead</Link>
        </p>
      </div>
    </main>
  );
}

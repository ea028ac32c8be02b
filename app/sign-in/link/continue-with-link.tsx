'use client';

import { useState } from 'react';
import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { homePath, signInStepPath } from '@/lib/routes';

export function ContinueWithLink({ token }: { token: string }) {
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState(false);
  async function go() {
    setPending(true);
    const result = await signIn('magic-link', { token, redirect: false });
    setPending(false);
    if (!result || result.error) setFailed(true);
    else if (result.url && new URL(result.url, window.location.href).pathname === signInStepPath('code')) {
      router.replace(signInStepPath('code'));
    } else {
      router.replace(homePath());
      router.refresh();
    }
  }
  if (failed) {
    return (
      <div role="alert">
        <p className="mb-4 font-bold">This link has expired or has already been used.</p>
        <Link href={signInStepPath('email')}>Ask for a new link</Link>
      </div>
    );
  }
  return (
    <>
      <p className="mb-6">Press the button to finish signing in to Tabled.</p>
      <button
        type="button"
        onClick={go}
        disabled={pending}
        className="cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60"
      >
        {pending ? 'Signing in…' : 'Continue to Tabled'}
      </button>
    </>
  );
}

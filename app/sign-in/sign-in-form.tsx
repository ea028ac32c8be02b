'use client';

import { useRef, useState } from 'react';
import { signIn } from 'next-auth/react';
import { ErrorSummary } from '@/components/error-summary';

export function SignInForm({ callbackUrl, email = '' }: { callbackUrl: string; email?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
      callbackUrl,
    });
    setPending(false);
    if (!result || result.error) {
      // One message whatever went wrong, so the form does not reveal which emails exist.
      setError('Enter a correct email address and password');
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    // a person with an authenticator app goes on to the code step (the sign-in's own answer says so)
    window.location.assign(result.url && new URL(result.url, window.location.href).pathname === '/sign-in/code' ? '/sign-in/code' : callbackUrl);
  }

  return (
    <>
      {error && <ErrorSummary ref={summary} errors={[{ field: 'email', message: error }]} />}
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <div>
          <label htmlFor="email" className="mb-1 block font-bold">
            Email address
          </label>
          <input id="email" name="email" type="email" autoComplete="email" spellCheck={false} required defaultValue={email}
            aria-invalid={error ? true : undefined}
            className={`w-full max-w-md border-2 p-2 ${error ? 'border-error' : 'border-border-input'}`} />
        </div>
        <div>
          <label htmlFor="password" className="mb-1 block font-bold">
            Password
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required
            className="w-full max-w-md border-2 border-border-input p-2" />
        </div>
        <button type="submit" disabled={pending} className="cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60">
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </>
  );
}

'use client';

import { useActionState, useEffect, useRef } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { signInFormAction } from '@/lib/auth/sign-in-form-actions';

/**
 * A real form: it posts (never a GET, so the password is never in a URL) to a server
 * action that signs in through next-auth's credentials flow, whether or not JavaScript
 * has loaded. A refusal comes back as the error summary, with the email kept.
 */
export function SignInForm({ callbackUrl, email = '' }: { callbackUrl: string; email?: string }) {
  const [state, formAction, pending] = useActionState(signInFormAction, null);
  const summary = useRef<HTMLDivElement>(null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [failed]);
  const errors = failed
    ? Object.entries(failed.fieldErrors ?? { email: [failed.message] }).flatMap(([field, messages]) => messages.map((message) => ({ field, message })))
    : [];
  const emailError = failed?.fieldErrors?.email?.[0];
  const passwordError = failed?.fieldErrors?.password?.[0];

  return (
    <>
      {failed && <ErrorSummary ref={summary} errors={errors} />}
      <form action={formAction} noValidate className="space-y-6">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className={emailError ? 'border-l-4 border-error pl-4' : undefined}>
          <label htmlFor="email" className="mb-1 block font-bold">
            Email address
          </label>
          {emailError && (
            <p id="email-error" className="mb-1 font-bold text-error">
              <span className="sr-only">Error:</span> {emailError}
            </p>
          )}
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            required
            defaultValue={failed?.values?.email ?? email}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? 'email-error' : undefined}
            className={`w-full max-w-md border-2 p-2 ${emailError ? 'border-error' : 'border-border-input'}`}
          />
        </div>
        <div className={passwordError ? 'border-l-4 border-error pl-4' : undefined}>
          <label htmlFor="password" className="mb-1 block font-bold">
            Password
          </label>
          {passwordError && (
            <p id="password-error" className="mb-1 font-bold text-error">
              <span className="sr-only">Error:</span> {passwordError}
            </p>
          )}
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? 'password-error' : undefined}
            className={`w-full max-w-md border-2 p-2 ${passwordError ? 'border-error' : 'border-border-input'}`}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60"
        >
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </>
  );
}

'use client';

import { useActionState, useEffect, useRef } from 'react';
import Link from 'next/link';
import type { ActionResult } from '@/lib/action/result';
import { ErrorSummary } from '@/components/error-summary';
import { RecoveryCodeList } from '@/components/recovery-code-list';
import type { Route } from 'next';

type Confirm = (state: ActionResult<{ recoveryCodes: string[] }> | null, formData: FormData) => Promise<ActionResult<{ recoveryCodes: string[] }>>;

/**
 * The code that proves the app is set up, then the recovery codes. The codes exist only
 * in the action's answer (only their hashes are stored), so they are shown from it; the
 * component sits in the same place whatever the page shows, so the answer is not lost
 * when the page around it changes (with or without JavaScript).
 */
export function TotpConfirm({ action, enrolling, continueTo }: { action: Confirm; enrolling: boolean; continueTo: Route }) {
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [failed]);
  if (state?.ok) {
    return (
      <section aria-labelledby="recovery-codes-title" className="mb-10">
        <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4 font-bold">
          {state.message}
        </div>
        <RecoveryCodeList codes={state.data.recoveryCodes} />
        <Link
          href={continueTo}
          className="inline-block bg-success px-4 py-2 font-bold text-white no-underline shadow-[0_2px_0_#002d18] visited:text-white hover:text-white"
        >
          I have saved my recovery codes
        </Link>
      </section>
    );
  }
  if (!enrolling) return null;
  const errors = failed?.fieldErrors?.code ?? (failed ? [failed.message] : []);
  return (
    <>
      {failed && <ErrorSummary ref={summary} errors={errors.map((message) => ({ field: 'code', message }))} />}
      <form action={formAction} noValidate className="mb-10 space-y-5">
        <div className={errors.length ? 'border-l-4 border-error pl-4' : undefined}>
          <label htmlFor="code" className="mb-1 block font-bold">
            Code from the app
          </label>
          <p id="code-hint" className="mb-1 text-secondary">
            The 6-digit code the app shows for Tabled, for example 123456
          </p>
          {errors.length > 0 && (
            <p id="code-error" className="mb-1 font-bold text-error">
              <span className="sr-only">Error:</span> {errors.join('. ')}
            </p>
          )}
          <input
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            aria-describedby={errors.length ? 'code-hint code-error' : 'code-hint'}
            aria-invalid={errors.length ? true : undefined}
            className={`w-full max-w-xs border-2 p-2 ${errors.length ? 'border-error' : 'border-border-input'}`}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60"
        >
          {pending ? 'Please wait…' : 'Turn on the authenticator app'}
        </button>
      </form>
    </>
  );
}

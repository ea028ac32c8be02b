'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { ActionResult } from '@/lib/action/result';
import { ErrorSummary } from './error-summary';
import { SessionEndedSignal } from './session-ended';

export type FieldSpec = {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'select' | 'hidden' | 'textarea';
  hint?: string;
  options?: { value: string; label: string }[];
  autoComplete?: string;
  defaultValue?: string;
  width?: 'full' | 'half';
};

type FormAction = (state: ActionResult | null, formData: FormData) => Promise<ActionResult | null>;

/**
 * The one form pattern: a plain form posting to a server action, the GOV.UK error
 * summary and inline errors on a refusal, what was typed kept, and a confirmation
 * on success. It works before JavaScript loads (the action is a real form post).
 */
export function ActionForm({ action, fields, submitLabel, secondary = false }: { action: FormAction; fields: FieldSpec[]; submitLabel: string; secondary?: boolean }) {
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [failed]);
  const errorsFor = (name: string) => failed?.fieldErrors?.[name] ?? [];
  const summaryErrors = failed?.signInHref
    ? [{ field: 'form', message: failed.message, href: failed.signInHref }]
    : failed
    ? failed.fieldErrors && Object.keys(failed.fieldErrors).length
      ? Object.entries(failed.fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })))
      : [{ field: fields.find((f) => f.type !== 'hidden')?.name ?? 'form', message: failed.message }]
    : [];
  return (
    <>
      {failed && <ErrorSummary ref={summary} errors={summaryErrors} />}
      {failed?.signInHref && <SessionEndedSignal />}
      {failed?.code === 'CONFLICT' && failed.current && (
        <section aria-labelledby="their-version" className="mb-6 border-l-8 border-warning bg-panel p-4">
          <h2 id="their-version" className="text-xl">
            The version saved by someone else
          </h2>
          <dl className="space-y-2">
            {Object.entries(failed.current)
              .filter(([name]) => fields.find((f) => f.name === name)?.type !== 'hidden')
              .map(([name, value]) => (
              <div key={name}>
                <dt className="font-bold">{fields.find((f) => f.name === name)?.label ?? name}</dt>
                <dd className="whitespace-pre-wrap">{value || '(empty)'}</dd>
              </div>
              ))}
          </dl>
        </section>
      )}
      {state?.ok && state.message && (
        <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4 font-bold">
          {state.message}
        </div>
      )}
      {/* React resets the form after each submission: to blank after a success, and to
          the typed values (rendered as defaults below) after a refusal. */}
      <form action={formAction} noValidate className="space-y-5">
        {fields.map((f) => {
          const value = failed?.values?.[f.name] ?? f.defaultValue ?? '';
          // After a clash a hidden `version` takes the version just saved by the other
          // person, so that saving again (having seen both) goes through.
          if (f.type === 'hidden') return <input key={f.name} type="hidden" name={f.name} value={failed?.current?.[f.name] ?? f.defaultValue ?? ''} />;
          const errors = errorsFor(f.name);
          const describedBy = [f.hint ? `${f.name}-hint` : null, errors.length ? `${f.name}-error` : null].filter(Boolean).join(' ') || undefined;
          const border = errors.length ? 'border-error' : 'border-border-input';
          const common = { id: f.name, name: f.name, 'aria-describedby': describedBy, 'aria-invalid': errors.length ? true : undefined };
          return (
            <div key={f.name} className={errors.length ? 'border-l-4 border-error pl-4' : undefined}>
              <label htmlFor={f.name} className="mb-1 block font-bold">
                {f.label}
              </label>
              {f.hint && (
                <p id={`${f.name}-hint`} className="mb-1 text-secondary">
                  {f.hint}
                </p>
              )}
              {errors.length > 0 && (
                <p id={`${f.name}-error`} className="mb-1 font-bold text-error">
                  <span className="sr-only">Error:</span> {errors.join('. ')}
                </p>
              )}
              {f.type === 'select' ? (
                // keyed by its value: React applies a select's defaultValue only when it mounts, so after a save
                // changes the default the select is remounted rather than reset to the old choice
                <select key={value} {...common} defaultValue={value} className={`border-2 ${border} bg-white p-2`}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.type === 'textarea' ? (
                <textarea {...common} defaultValue={value} rows={5} className={`w-full border-2 ${border} p-2`} />
              ) : (
                <input {...common} type={f.type ?? 'text'} defaultValue={f.type === 'password' ? undefined : value} autoComplete={f.autoComplete} spellCheck={f.type === 'email' ? false : undefined}
                  className={`border-2 ${border} p-2 ${f.width === 'half' ? 'w-full max-w-xs' : 'w-full max-w-xl'}`} />
              )}
            </div>
          );
        })}
        <button type="submit" disabled={pending}
          className={`cursor-pointer px-4 py-2 font-bold disabled:opacity-60 ${secondary ? 'bg-panel text-ink shadow-[0_2px_0_#858686]' : 'bg-success text-white shadow-[0_2px_0_#002d18]'}`}>
          {pending ? 'Please wait…' : submitLabel}
        </button>
      </form>
    </>
  );
}

'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/action/result';
import { SubmissionKey } from '@/components/submission-key';

export type PlanField = {
  name: string;
  label: string;
  type?: 'text' | 'select' | 'hidden' | 'textarea' | 'checkboxes' | 'radios';
  hint?: string;
  options?: { value: string; label: string; hint?: string }[];
  defaultValue?: string;
  /** for checkboxes: the values ticked to begin with */
  defaultValues?: string[];
  width?: 'full' | 'half';
  rows?: number;
};

type FormAction = (state: ActionResult | null, formData: FormData) => Promise<ActionResult | null>;

/**
 * The plan's forms: the app's one form pattern (a plain form posting to a server action,
 * GOV.UK error summary, typed values kept, the other person's version after a clash),
 * plus checkbox groups and an id prefix so that several forms can share a page.
 * Checkbox choices are kept on a refusal by remembering what was posted.
 */
export function PlanForm({ action, fields, submitLabel, idPrefix = '', secondary = false, warning = false }: {
  action: FormAction; fields: PlanField[]; submitLabel: string; idPrefix?: string; secondary?: boolean; warning?: boolean;
}) {
  const [ticked, setTicked] = useState<Record<string, string[]> | null>(null);
  // Only a form with checkboxes wraps its server action (to remember the ticks); the others
  // post the server action itself, so they work before JavaScript loads.
  const hasCheckboxes = fields.some((f) => f.type === 'checkboxes');
  const remembering: FormAction = async (prev, formData) => {
    const posted: Record<string, string[]> = {};
    for (const f of fields) if (f.type === 'checkboxes') posted[f.name] = formData.getAll(f.name).map(String);
    setTicked(posted);
    return action(prev, formData);
  };
  const [state, formAction, pending] = useActionState(hasCheckboxes ? remembering : action, null);
  const summary = useRef<HTMLDivElement>(null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [failed]);
  const id = (name: string) => `${idPrefix}${name}`;
  const errorsFor = (name: string) => failed?.fieldErrors?.[name] ?? [];
  const visible = fields.filter((f) => f.type !== 'hidden');
  const summaryErrors = failed
    ? failed.fieldErrors && Object.keys(failed.fieldErrors).length
      ? Object.entries(failed.fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field: visible.some((f) => f.name === field) ? field : (visible[0]?.name ?? field), message })))
      : [{ field: visible[0]?.name ?? 'form', message: failed.message }]
    : [];
  const button = warning
    ? 'bg-error text-white shadow-[0_2px_0_#55150b]'
    : secondary
      ? 'bg-panel text-ink shadow-[0_2px_0_#858686]'
      : 'bg-success text-white shadow-[0_2px_0_#002d18]';
  return (
    <>
      {failed && (
        <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={id('error-summary-title')} className="mb-8 border-4 border-error p-4 focus:outline-focus">
          <h2 id={id('error-summary-title')} className="text-xl">
            There is a problem
          </h2>
          <ul>
            {summaryErrors.map((e) => (
              <li key={e.field + e.message}>
                <a href={`#${id(e.field)}`} className="font-bold text-error visited:text-error">
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {failed?.code === 'CONFLICT' && failed.current && (
        <section aria-labelledby={id('their-version')} className="mb-6 border-l-8 border-warning bg-panel p-4">
          <h2 id={id('their-version')} className="text-xl">
            The version saved by someone else
          </h2>
          <dl className="space-y-2">
            {Object.entries(failed.current)
              .filter(([name]) => visible.some((f) => f.name === name))
              .map(([name, value]) => {
                const f = visible.find((x) => x.name === name);
                const shown = f?.options?.find((o) => o.value === value)?.label ?? value;
                return (
                  <div key={name}>
                    <dt className="font-bold">{f?.label ?? name}</dt>
                    <dd className="whitespace-pre-wrap">{shown || '(empty)'}</dd>
                  </div>
                );
              })}
          </dl>
        </section>
      )}
      {state?.ok && state.message && (
        <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4 font-bold">
          {state.message}
        </div>
      )}
      <form id={id('form')} action={formAction} noValidate className="space-y-5">
        <SubmissionKey renewAfter={state} />
        {fields.map((f) => {
          const value = failed?.values?.[f.name] ?? f.defaultValue ?? '';
          if (f.type === 'hidden') return <input key={f.name} type="hidden" name={f.name} value={failed?.current?.[f.name] ?? f.defaultValue ?? ''} />;
          const errors = errorsFor(f.name);
          const hintId = f.hint ? `${id(f.name)}-hint` : null;
          const errorId = errors.length ? `${id(f.name)}-error` : null;
          const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
          const border = errors.length ? 'border-error' : 'border-border-input';
          const hint = f.hint && (
            <p id={hintId ?? undefined} className="mb-1 text-secondary">
              {f.hint}
            </p>
          );
          const error = errors.length > 0 && (
            <p id={errorId ?? undefined} className="mb-1 font-bold text-error">
              <span className="sr-only">Error:</span> {errors.join('. ')}
            </p>
          );
          const wrap = errors.length ? 'border-l-4 border-error pl-4' : undefined;
          if (f.type === 'checkboxes' || f.type === 'radios') {
            const chosen = f.type === 'checkboxes' ? (failed && ticked ? (ticked[f.name] ?? []) : (f.defaultValues ?? [])) : [value];
            return (
              <fieldset key={`${f.name}-${failed ? 'failed' : 'fresh'}-${chosen.join(',')}`} id={id(f.name)} tabIndex={-1} aria-describedby={describedBy} className={wrap}>
                <legend className="mb-1 font-bold">{f.label}</legend>
                {hint}
                {error}
                {(f.options ?? []).length === 0 ? (
                  <p>None to choose from yet.</p>
                ) : (
                  <ul className="space-y-2">
                    {(f.options ?? []).map((o, i) => (
                      <li key={o.value} className="flex items-start gap-3">
                        <input
                          id={`${id(f.name)}-${i}`}
                          type={f.type === 'checkboxes' ? 'checkbox' : 'radio'}
                          name={f.name}
                          value={o.value}
                          defaultChecked={chosen.includes(o.value)}
                          className="mt-1 h-6 w-6 shrink-0"
                          aria-describedby={o.hint ? `${id(f.name)}-${i}-hint` : undefined}
                        />
                        <div>
                          <label htmlFor={`${id(f.name)}-${i}`}>{o.label}</label>
                          {o.hint && (
                            <span id={`${id(f.name)}-${i}-hint`} className="block text-sm text-secondary">
                              {o.hint}
                            </span>
                          )}
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </fieldset>
            );
          }
          const common = { id: id(f.name), name: f.name, 'aria-describedby': describedBy, 'aria-invalid': errors.length ? true : undefined };
          return (
            <div key={f.name} className={wrap}>
              <label htmlFor={id(f.name)} className="mb-1 block font-bold">
                {f.label}
              </label>
              {hint}
              {error}
              {f.type === 'select' ? (
                <select key={value} {...common} defaultValue={value} className={`max-w-full border-2 ${border} bg-white p-2`}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.type === 'textarea' ? (
                <textarea {...common} defaultValue={value} rows={f.rows ?? 5} className={`w-full max-w-3xl border-2 ${border} p-2`} />
              ) : (
                <input {...common} type="text" defaultValue={value} className={`border-2 ${border} p-2 ${f.width === 'half' ? 'w-full max-w-xs' : 'w-full max-w-xl'}`} />
              )}
            </div>
          );
        })}
        <button type="submit" disabled={pending} className={`cursor-pointer px-4 py-2 font-bold disabled:opacity-60 ${button}`}>
          {pending ? 'Please wait…' : submitLabel}
        </button>
      </form>
    </>
  );
}

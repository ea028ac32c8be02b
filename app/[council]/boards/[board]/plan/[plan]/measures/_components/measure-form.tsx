'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/action/result';
import { ErrorSummary } from '@/components/error-summary';
import { SubmissionKey } from '@/components/submission-key';

type Option = { value: string; label: string };
type Values = { title: string; unit: string; target: string; direction: string; tolerance: string; actionIds: string[]; themeIds: string[]; version?: string; measureId?: string };

type Props = {
  action: (state: ActionResult | null, formData: FormData) => Promise<ActionResult | null>;
  initial: Values;
  actions: Option[];
  themes: Option[];
  submitLabel: string;
};

const labels: Record<string, string> = { title: 'Measure', unit: 'Unit', target: 'Target', direction: 'Which way is better', tolerance: 'Amber tolerance', version: 'Version' };

/**
 * A measure's definition and links. The fields are held in the page's state, so that a
 * refusal keeps every typed value and ticked box; the error summary links to each field.
 */
export function MeasureForm({ action, initial, actions, themes, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const [values, setValues] = useState(initial);
  const summary = useRef<HTMLDivElement>(null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [failed]);
  // after a clash, saving again (having seen both versions) goes through
  const version = failed?.code === 'CONFLICT' && failed.current?.version ? failed.current.version : initial.version;
  const errors = (name: string) => failed?.fieldErrors?.[name] ?? [];
  const summaryErrors = failed
    ? failed.fieldErrors && Object.keys(failed.fieldErrors).length
      ? Object.entries(failed.fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field: field === 'actionIds' || field === 'themeIds' ? `${field}-0` : field, message })))
      : [{ field: 'title', message: failed.message }]
    : [];
  // With JavaScript the post is sent from here rather than by the form's own action, so
  // that React does not reset the form afterwards: the fields are held in state, and a
  // reset would clear the ticked boxes. Without JavaScript the form posts as usual.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const set = (name: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const toggle = (name: 'actionIds' | 'themeIds', id: string) => setValues((v) => ({ ...v, [name]: v[name].includes(id) ? v[name].filter((x) => x !== id) : [...v[name], id] }));
  const described = (name: string, hint: boolean) => [hint ? `${name}-hint` : null, errors(name).length ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
  const errorText = (name: string) =>
    errors(name).length > 0 && (
      <p id={`${name}-error`} className="mb-1 font-bold text-error"><span className="sr-only">Error:</span> {errors(name).join('. ')}</p>
    );
  const wrap = (name: string) => (errors(name).length ? 'border-l-4 border-error pl-4' : undefined);
  const border = (name: string) => (errors(name).length ? 'border-error' : 'border-border-input');
  const text = (name: 'title' | 'unit' | 'target' | 'tolerance', hint: string, width: 'full' | 'half' = 'half') => (
    <div className={wrap(name)}>
      <label htmlFor={name} className="mb-1 block font-bold">{labels[name]}</label>
      <p id={`${name}-hint`} className="mb-1 text-secondary">{hint}</p>
      {errorText(name)}
      <input id={name} name={name} type="text" value={values[name]} onChange={set(name)} aria-describedby={described(name, true)} aria-invalid={errors(name).length ? true : undefined}
        inputMode={name === 'target' || name === 'tolerance' ? 'decimal' : undefined} className={`border-2 ${border(name)} p-2 ${width === 'full' ? 'w-full max-w-xl' : 'w-full max-w-xs'}`} />
    </div>
  );
  const boxes = (name: 'actionIds' | 'themeIds', legend: string, hint: string, options: Option[]) => (
    <fieldset className={wrap(name)} aria-describedby={described(name, true)}>
      <legend className="mb-1 font-bold">{legend}</legend>
      <p id={`${name}-hint`} className="mb-1 text-secondary">{hint}</p>
      {errorText(name)}
      {options.length === 0 ? (
        <p>None in this plan yet.</p>
      ) : (
        <div className="space-y-1">
          {options.map((o, i) => (
            <div key={o.value} className="flex items-start gap-2">
              <input id={`${name}-${i}`} type="checkbox" name={name} value={o.value} checked={values[name].includes(o.value)} onChange={() => toggle(name, o.value)} className="mt-1 h-5 w-5" />
              <label htmlFor={`${name}-${i}`}>{o.label}</label>
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );

  return (
    <>
      {failed && <ErrorSummary ref={summary} errors={summaryErrors} />}
      {failed?.code === 'CONFLICT' && failed.current && (
        <section aria-labelledby="their-version" className="mb-6 border-l-8 border-warning bg-panel p-4">
          <h2 id="their-version" className="text-xl">The version saved by someone else</h2>
          <dl className="space-y-2">
            {Object.entries(failed.current).filter(([k]) => k !== 'version').map(([k, v]) => (
              <div key={k}><dt className="font-bold">{labels[k] ?? k}</dt><dd>{v || '(empty)'}</dd></div>
            ))}
          </dl>
        </section>
      )}
      <form action={formAction} onSubmit={submit} noValidate className="space-y-5">
        <SubmissionKey renewAfter={state} />
        {initial.measureId && <input type="hidden" name="measureId" value={initial.measureId} />}
        {version && <input type="hidden" name="version" value={version} />}
        {text('title', 'What is measured, for example Re-referrals within 12 months', 'full')}
        {text('unit', 'For example %, children or days. Leave empty for a plain number')}
        {text('target', 'The value the plan aims for, for example 20')}
        <div className={wrap('direction')}>
          <label htmlFor="direction" className="mb-1 block font-bold">{labels.direction}</label>
          <p id="direction-hint" className="mb-1 text-secondary">Re-referrals should fall (lower is better); children seen in time should rise (higher is better)</p>
          {errorText('direction')}
          <select id="direction" name="direction" value={values.direction} onChange={set('direction')} aria-describedby={described('direction', true)} className={`border-2 ${border('direction')} bg-white p-2`}>
            <option value="">Choose</option>
            <option value="HIGHER_IS_BETTER">Higher is better</option>
            <option value="LOWER_IS_BETTER">Lower is better</option>
          </select>
        </div>
        {text('tolerance', 'How far short of the target still counts as amber (near target), for example 5. Leave empty to count any miss as red (off target)')}
        {boxes('themeIds', 'Themes it evidences', 'Tick each theme of the plan this measure shows the impact of', themes)}
        {boxes('actionIds', 'Actions it evidences', 'Tick each plan action this measure shows the impact of', actions)}
        <button type="submit" disabled={pending} className="cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60">
          {pending ? 'Please wait…' : submitLabel}
        </button>
      </form>
    </>
  );
}

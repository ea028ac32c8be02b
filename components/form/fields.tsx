'use client';

// Over 300 lines on purpose: the kit's field components (text, textarea, select, radios,
// checkboxes, date, file) share one error and hint pattern, kept side by side.

import { useEffect, useRef, type HTMLInputTypeAttribute, type ReactNode } from 'react';
import { useField } from './context';
import { dayBoxes } from '@/lib/forms/day-text';
import { describedBy, FieldErrorText, Group, Hint, inputBorder, widths, type Width } from './field-parts';

type Common = { name: string; label: ReactNode; hint?: ReactNode; className?: string };

/** GOV.UK text input. After a refusal it shows what was typed (never a password). */
export function TextInput({
  name,
  label,
  hint,
  defaultValue,
  type = 'text',
  width = 'full',
  autoComplete,
  inputMode,
  spellCheck,
  className,
}: Common & {
  defaultValue?: string | null;
  type?: Extract<HTMLInputTypeAttribute, 'text' | 'email' | 'password' | 'tel' | 'url' | 'search'>;
  width?: Width;
  autoComplete?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'tel' | 'url';
  spellCheck?: boolean;
}) {
  const f = useField(name);
  // a password or a one-time code is never put back after a refusal: the next try is typed afresh
  const secret = type === 'password' || autoComplete === 'one-time-code';
  const value = secret ? undefined : f.value(defaultValue ?? undefined);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (secret && f.failed && input.current) input.current.value = '';
  }, [secret, f.failed]);
  return (
    <Group errors={f.errors} className={className}>
      <label htmlFor={f.id} className="mb-1 block font-bold">
        {label}
      </label>
      <Hint id={f.id}>{hint}</Hint>
      <FieldErrorText id={f.id} errors={f.errors} />
      <input
        ref={input}
        id={f.id}
        name={name}
        type={type}
        defaultValue={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck ?? (type === 'email' ? false : undefined)}
        aria-describedby={describedBy(f.id, hint, f.errors)}
        aria-invalid={f.errors.length ? true : undefined}
        className={`border-2 ${inputBorder(f.errors)} p-2 ${widths[width]}`}
      />
    </Group>
  );
}

export function Textarea({ name, label, hint, defaultValue, rows = 5, className }: Common & { defaultValue?: string | null; rows?: number }) {
  const f = useField(name);
  return (
    <Group errors={f.errors} className={className}>
      <label htmlFor={f.id} className="mb-1 block font-bold">
        {label}
      </label>
      <Hint id={f.id}>{hint}</Hint>
      <FieldErrorText id={f.id} errors={f.errors} />
      <textarea
        id={f.id}
        name={name}
        rows={rows}
        defaultValue={f.value(defaultValue ?? undefined)}
        aria-describedby={describedBy(f.id, hint, f.errors)}
        aria-invalid={f.errors.length ? true : undefined}
        className={`w-full max-w-3xl border-2 ${inputBorder(f.errors)} p-2`}
      />
    </Group>
  );
}

export type Option = { value: string; label: string; hint?: string };

/**
 * GOV.UK select, for long lists (people, meetings). Short choices belong in Radios. It never
 * grows wider than the screen: long option labels are cut by the browser, not the page.
 */
export function Select({ name, label, hint, options, defaultValue, className }: Common & { options: Option[]; defaultValue?: string | null }) {
  const f = useField(name);
  const value = f.value(defaultValue ?? undefined);
  return (
    <Group errors={f.errors} className={className}>
      <label htmlFor={f.id} className="mb-1 block font-bold">
        {label}
      </label>
      <Hint id={f.id}>{hint}</Hint>
      <FieldErrorText id={f.id} errors={f.errors} />
      {/* keyed by its value: React applies a select's default only when it mounts, so a new default remounts it */}
      <select
        key={value}
        id={f.id}
        name={name}
        defaultValue={value}
        aria-describedby={describedBy(f.id, hint, f.errors)}
        aria-invalid={f.errors.length ? true : undefined}
        className={`w-full max-w-full truncate border-2 ${inputBorder(f.errors)} bg-white p-2 sm:w-auto`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Group>
  );
}

function Choices({
  kind,
  name,
  legend,
  hint,
  options,
  chosen,
  inline,
  size = 'm',
  className,
  empty,
}: {
  kind: 'radio' | 'checkbox';
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: Option[];
  chosen: string[];
  inline?: boolean;
  size?: 's' | 'm' | 'l';
  className?: string;
  empty?: ReactNode;
}) {
  const f = useField(name);
  // The first choice carries the field's own id, so the error summary's link lands on it (GOV.UK).
  const optionId = (i: number) => (i === 0 ? f.id : `${f.id}-${i}`);
  const legendClass = size === 'l' ? 'text-xl font-bold' : size === 's' ? '' : 'font-bold';
  return (
    <Group errors={f.errors} className={className}>
      <fieldset aria-describedby={describedBy(f.id, hint, f.errors)}>
        <legend className={`mb-1 ${legendClass}`}>{legend}</legend>
        <Hint id={f.id}>{hint}</Hint>
        <FieldErrorText id={f.id} errors={f.errors} />
        {options.length === 0 ? (
          <p>{empty ?? 'None to choose from yet.'}</p>
        ) : (
          <div key={chosen.join(',')} className={inline ? 'flex flex-wrap gap-x-6 gap-y-2' : 'space-y-2'}>
            {options.map((o, i) => (
              <div key={o.value} className="flex items-start gap-3">
                <input
                  id={optionId(i)}
                  type={kind}
                  name={name}
                  value={o.value}
                  defaultChecked={chosen.includes(o.value)}
                  aria-describedby={o.hint ? `${optionId(i)}-item-hint` : undefined}
                  className="mt-0.5 h-6 w-6 shrink-0 accent-ink"
                />
                <div>
                  <label htmlFor={optionId(i)}>{o.label}</label>
                  {o.hint && (
                    <span id={`${optionId(i)}-item-hint`} className="block text-sm text-secondary">
                      {o.hint}
                    </span>
                  )}
                </div>
              </div>
            ))}
          </div>
        )}
      </fieldset>
    </Group>
  );
}

/** GOV.UK radios: one choice from a few (up to about seven); `inline` for two short ones. */
export function Radios({
  name,
  legend,
  hint,
  options,
  defaultValue,
  inline,
  size,
  className,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: Option[];
  defaultValue?: string | null;
  inline?: boolean;
  size?: 's' | 'm' | 'l';
  className?: string;
}) {
  const f = useField(name);
  const value = f.value(defaultValue ?? undefined);
  return (
    <Choices
      kind="radio"
      name={name}
      legend={legend}
      hint={hint}
      options={options}
      chosen={value ? [value] : []}
      inline={inline}
      size={size}
      className={className}
    />
  );
}

/** GOV.UK checkboxes: any number of choices. Ticks are kept after a refusal. */
export function Checkboxes({
  name,
  legend,
  hint,
  options,
  defaultValues,
  size,
  className,
  empty,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: Option[];
  defaultValues?: string[];
  size?: 's' | 'm' | 'l';
  className?: string;
  empty?: ReactNode;
}) {
  const f = useField(name);
  return (
    <Choices
      kind="checkbox"
      name={name}
      legend={legend}
      hint={hint}
      options={options}
      chosen={f.values(defaultValues)}
      size={size}
      className={className}
      empty={empty}
    />
  );
}

/**
 * GOV.UK date input: day, month and year boxes posted as `<name>-day`, `<name>-month`,
 * `<name>-year`. The server puts them together and checks them with one function
 * (lib/forms/date.ts), whose message comes back under `name`.
 */
export function DateInput({
  name,
  legend,
  hint,
  defaultValue,
  className,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** a calendar day, 2026-12-02 (or as typed, 2/12/2026) */ defaultValue?: string | null;
  className?: string;
}) {
  const f = useField(name);
  const day = useField(`${name}-day`);
  const month = useField(`${name}-month`);
  const year = useField(`${name}-year`);
  const boxes = dayBoxes(defaultValue);
  const border = inputBorder(f.errors);
  const box = (id: string, partName: string, label: string, value: string, size: string) => (
    <div>
      <label htmlFor={id} className="mb-1 block">
        {label}
      </label>
      <input
        id={id}
        name={`${name}-${partName}`}
        type="text"
        inputMode="numeric"
        defaultValue={value}
        aria-invalid={f.errors.length ? true : undefined}
        className={`border-2 ${border} p-2 ${size}`}
      />
    </div>
  );
  return (
    <Group errors={f.errors} className={className}>
      <fieldset aria-describedby={describedBy(f.id, hint ?? true, f.errors)}>
        <legend className="mb-1 font-bold">{legend}</legend>
        <Hint id={f.id}>{hint ?? 'For example, 27 3 2027'}</Hint>
        <FieldErrorText id={f.id} errors={f.errors} />
        <div className="flex flex-wrap gap-4">
          {/* the day box carries the field's id, so the error summary's link lands on it */}
          {box(f.id, 'day', 'Day', day.value(boxes.day), 'w-[3.5rem]')}
          {box(`${f.id}-month`, 'month', 'Month', month.value(boxes.month), 'w-[3.5rem]')}
          {box(`${f.id}-year`, 'year', 'Year', year.value(boxes.year), 'w-[5rem]')}
        </div>
      </fieldset>
    </Group>
  );
}

/** GOV.UK file upload. Files are never kept after a refusal (browsers forbid it): the hint should say so where it matters. */
export function FileUpload({ name, label, hint, accept, className }: Common & { accept?: string }) {
  const f = useField(name);
  return (
    <Group errors={f.errors} className={className}>
      <label htmlFor={f.id} className="mb-1 block font-bold">
        {label}
      </label>
      <Hint id={f.id}>{hint}</Hint>
      <FieldErrorText id={f.id} errors={f.errors} />
      <input
        id={f.id}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={describedBy(f.id, hint, f.errors)}
        aria-invalid={f.errors.length ? true : undefined}
        className="block w-full max-w-xl"
      />
    </Group>
  );
}

/**
 * A value the form posts unseen. After a clash the version field takes the version just
 * saved by the other person, so that saving again (having seen both) goes through.
 */
export function Hidden({ name, value }: { name: string; value: string | number | null | undefined }) {
  const f = useField(name);
  const current = f.failed?.code === 'CONFLICT' ? f.failed.current?.[name] : undefined;
  return <input type="hidden" name={name} value={current ?? (value == null ? '' : String(value))} />;
}

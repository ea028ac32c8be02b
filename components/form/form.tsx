'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/action/result';
import { FormStateProvider } from './context';
import { ErrorSummary } from './error-summary';
import { SessionEndedSignal } from '../session-ended';
import { SubmitButton, type ButtonVariant } from './button';
import { FieldList, type FieldSpec } from './field-list';
import { useErrorTitle } from './use-error-title';
import { CONFIRM_FIELD, needsConfirmation } from '@/lib/forms/confirm-state';

export type FormAction = (state: ActionResult | null, formData: FormData) => Promise<ActionResult | null>;

type Props = {
  action: FormAction;
  /** the fields, as components of the kit */
  children?: ReactNode;
  /** or as a list (the same components, drawn in order) */
  fields?: FieldSpec[];
  /** drawn after the fields; leave out to place SubmitButtons among the children */
  submitLabel?: string;
  variant?: ButtonVariant;
  /** keeps element ids unique when several forms share a page */
  idPrefix?: string;
  /** names for the fields in the clash panel, where they are not in `fields` */
  labels?: Record<string, string>;
  className?: string;
  /** shown after a success that stays on the page, when the action gives no message */
  successMessage?: string;
  id?: string;
  /** makes this a two-step action: the first post asks, the second (from the question) does it */
  confirm?: Confirmation;
  /**
   * After a success, drawn in place of the form under the confirmation: for what exists
   * only in the action's answer and is shown once (new recovery codes). From a client component.
   */
  renderSuccess?: (data: unknown) => ReactNode;
};

export type Confirmation = {
  /** the question, as the panel's heading: "Approve version 2 of the minutes?" */
  question: string;
  /** the button that does it: "Yes, approve them" */
  confirmLabel: string;
  /** what happens, said plainly; shown under the question */
  body?: ReactNode;
  /** the confirming button's look: `warning` for removing and ending things */
  variant?: ButtonVariant;
};

const newKey = () => globalThis.crypto.randomUUID();

/**
 * The one form of the app. A plain form posting to a server action, so it works before
 * JavaScript loads; with JavaScript the post is sent from here so that nothing typed is
 * reset. On a refusal: the GOV.UK error summary (focused), inline errors, every value kept,
 * "Error: " before the page title; on a clash: both versions side by side; on a success
 * that stays on the page: a confirmation that takes focus. Each rendered form carries a
 * fresh `_submissionKey`, so the server can tell a repeated post from a new one.
 */
export function Form({
  action,
  children,
  fields,
  submitLabel,
  variant = 'primary',
  idPrefix = '',
  labels = {},
  className = 'space-y-5',
  successMessage,
  id,
  confirm,
  renderSuccess,
}: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const asked = needsConfirmation(state);
  // the form's own question, or the one an action asks only sometimes (it says which)
  const asking = asked && (confirm || asked.question) ? asked : null;
  const [dismissed, setDismissed] = useState<unknown>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const trigger = useRef<HTMLDivElement>(null);
  const [posted, setPosted] = useState<Record<string, string[]> | null>(null);
  const [submissionKey, setSubmissionKey] = useState(newKey);
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const done = useRef<HTMLDivElement>(null);
  const failed = state && !state.ok ? state : null;
  const succeeded = state?.ok && !asking ? state : null;
  const showQuestion = !!asking && dismissed !== state;
  useErrorTitle(!!failed);

  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [failed]);
  useEffect(() => {
    if (showQuestion) questionHeading.current?.focus();
  }, [showQuestion]);
  useEffect(() => {
    if (!succeeded) return;
    form.current?.reset();
    done.current?.focus();
  }, [succeeded]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const all: Record<string, string[]> = {};
    for (const [k, v] of data.entries()) if (typeof v === 'string') (all[k] ??= []).push(v);
    setPosted(all);
    // the key went with this post; the next press is a new submission, not a repeat of this one
    setSubmissionKey(newKey());
    startTransition(() => formAction(data));
  };

  const specNames = new Set((fields ?? []).filter((f) => f.type !== 'hidden').map((f) => f.name));
  const label = (name: string) => labels[name] ?? fields?.find((f) => f.name === name)?.label ?? name;
  const firstVisible = (fields ?? []).find((f) => f.type !== 'hidden')?.name;
  const linkFor = (field: string) => {
    if (specNames.size && !specNames.has(field) && firstVisible) return `${idPrefix}${firstVisible}`;
    return `${idPrefix}${field}`;
  };
  const summaryErrors = failed?.signInHref
    ? [{ field: `${idPrefix}form`, message: failed.message, href: failed.signInHref }]
    : failed
      ? failed.fieldErrors && Object.keys(failed.fieldErrors).length
        ? Object.entries(failed.fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field: linkFor(field), message })))
        : [{ field: firstVisible ? `${idPrefix}${firstVisible}` : `${idPrefix}form`, message: failed.message }]
      : [];
  const shown = (name: string, value: string | undefined) => fields?.find((f) => f.name === name)?.options?.find((o) => o.value === value)?.label ?? value;
  const clash =
    failed?.code === 'CONFLICT' && failed.current
      ? Object.keys(failed.current).filter((k) => k !== 'version' && !k.startsWith('_') && fields?.find((f) => f.name === k)?.type !== 'hidden')
      : [];

  if (showQuestion && asking) {
    const question = asking.question ?? confirm?.question;
    const cancel = (event: React.MouseEvent) => {
      event.preventDefault();
      setDismissed(state);
      requestAnimationFrame(() => trigger.current?.querySelector<HTMLElement>('button, input, select, textarea')?.focus());
    };
    return (
      <section aria-labelledby={`${idPrefix}confirm-question`} className="mb-6 max-w-3xl border-4 border-ink p-4">
        <h2 ref={questionHeading} id={`${idPrefix}confirm-question`} tabIndex={-1} className="text-xl focus:outline-focus">
          {question}
        </h2>
        {asking.detail?.length ? (
          <ul className="mb-4 list-disc space-y-1 pl-6">
            {asking.detail.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        {confirm?.body && <div className="mb-4">{confirm.body}</div>}
        {fields && <ChosenValues fields={fields} values={asking.values} />}
        <form action={formAction} onSubmit={submit} noValidate className="flex flex-wrap items-center gap-4">
          <input type="hidden" name="_submissionKey" value={submissionKey} suppressHydrationWarning />
          {asking.values
            .filter(([k]) => k !== CONFIRM_FIELD)
            .map(([k, v], i) => (
              <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
            ))}
          <input type="hidden" name={CONFIRM_FIELD} value="yes" />
          <SubmitButton variant={confirm?.variant ?? 'primary'}>{asking.confirmLabel ?? confirm?.confirmLabel ?? 'Yes, continue'}</SubmitButton>
          {/* without JavaScript the link reloads the page, which is the step before */}
          <a href="" onClick={cancel}>
            Cancel
          </a>
        </form>
      </section>
    );
  }

  if (succeeded && renderSuccess) {
    return (
      <>
        <div
          ref={done}
          tabIndex={-1}
          role="status"
          data-focus-result=""
          className="mb-6 max-w-3xl border-l-8 border-success bg-[#cce5d8] p-4 font-bold focus:outline-focus"
        >
          {succeeded.message || successMessage}
        </div>
        {renderSuccess(succeeded.data)}
      </>
    );
  }

  return (
    <FormStateProvider value={{ idPrefix, failed, posted }}>
      {failed && <ErrorSummary ref={summary} errors={summaryErrors} idPrefix={idPrefix} />}
      {failed?.signInHref && <SessionEndedSignal />}
      {clash.length > 0 && (
        <section aria-labelledby={`${idPrefix}their-version`} className="mb-6 max-w-4xl border-l-8 border-warning bg-panel p-4">
          <h2 id={`${idPrefix}their-version`} className="text-xl">
            The version saved by someone else
          </h2>
          <p className="mb-3">Your version is still in the form below. Compare them, change the form if you need to, then save again.</p>
          <dl className="space-y-3">
            {clash.map((name) => (
              <div key={name} className="grid gap-2 sm:grid-cols-[12rem_1fr_1fr]">
                <dt className="font-bold">{label(name)}</dt>
                <dd className="break-words whitespace-pre-wrap">
                  <span className="block text-sm text-secondary">Theirs</span>
                  {shown(name, failed!.current![name]) || '(empty)'}
                </dd>
                <dd className="break-words whitespace-pre-wrap">
                  <span className="block text-sm text-secondary">Yours</span>
                  {shown(name, posted?.[name]?.join(', ') ?? failed!.values?.[name]) || '(empty)'}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {succeeded && (succeeded.message || successMessage) && (
        <div
          ref={done}
          tabIndex={-1}
          role="status"
          data-focus-result=""
          className="mb-6 max-w-3xl border-l-8 border-success bg-[#cce5d8] p-4 font-bold [overflow-wrap:anywhere] focus:outline-focus"
        >
          {succeeded.message || successMessage}
        </div>
      )}
      <div ref={trigger} className="contents">
        <form ref={form} id={id ?? (idPrefix ? `${idPrefix}form` : undefined)} action={formAction} onSubmit={submit} noValidate className={className}>
          <input type="hidden" name="_submissionKey" value={submissionKey} suppressHydrationWarning />
          {fields && <FieldList fields={fields} />}
          {children}
          {submitLabel && <SubmitButton variant={variant}>{submitLabel}</SubmitButton>}
        </form>
      </div>
    </FormStateProvider>
  );
}

/** Check your answers: what the first post chose, in words, before it is done. */
function ChosenValues({ fields, values }: { fields: FieldSpec[]; values: [string, string][] }) {
  const shown = fields.filter((f) => f.type !== 'hidden' && f.type !== 'password' && f.type !== 'file');
  if (!shown.some((f) => values.some(([k, v]) => k === f.name && v))) return null;
  return (
    <dl className="mb-4 grid gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">
      {shown.map((f) => {
        const chosen = values
          .filter(([k]) => k === f.name)
          .map(([, v]) => f.options?.find((o) => o.value === v)?.label ?? v)
          .filter(Boolean);
        // an optional field left empty says nothing about this change (a deep dive's theme on an ordinary meeting)
        if (chosen.length === 0) return null;
        return (
          <div key={f.name} className="contents">
            <dt className="font-bold">{f.label}</dt>
            <dd className="break-words whitespace-pre-wrap">{chosen.join(', ')}</dd>
          </div>
        );
      })}
    </dl>
  );
}

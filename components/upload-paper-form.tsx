'use client';

import { useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { ErrorSummary, type FieldError } from './error-summary';
import { SUBMISSION_KEY_FIELD } from './submission-key';

type Option = { value: string; label: string };

type Mode =
  | { kind: 'new'; agendaItems: Option[]; markings: Option[] }
  | { kind: 'version'; paperId: string; paperTitle: string }
  /** a commissioned paper's author: the file only; the page stays as it is after the upload (the link is spent) */
  | { kind: 'commission'; paperTitle: string };

type Props = {
  /** the upload route handler; the file is the request body, the fields go in the query string */
  endpoint: string;
  maxBytes: number;
  mode: Mode;
  /** keeps element ids unique when several forms share a page */
  idPrefix: string;
};

type Phase = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'done'; message: string };

const megabytes = (bytes: number) => `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
const ACCEPT =
  '.pdf,.docx,.xlsx,.pptx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.presentationml.presentation';

// True once React runs in the browser: before that (or with JavaScript off) the form cannot upload.
const subscribe = () => () => {};
const useHydrated = () =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );

const newKey = () => globalThis.crypto.randomUUID();

/**
 * Uploads a paper with XMLHttpRequest, which (unlike fetch) reports upload progress: a
 * <progress> bar with the percentage in text, and a polite live region announcing the
 * start, each quarter and the outcome. The file streams to the route handler, so it is
 * not squeezed through a server action's 1 MB body. Refusals come back as the GOV.UK
 * error summary, like every other form. Uploading needs JavaScript; without it the page
 * says so.
 *
 * Like every form it sends a `_submissionKey` (in the query string): the same key while
 * this upload is being retried (a dropped connection, a timeout, a second press), so the
 * server records it once; a fresh one once it has gone through or anything in the form
 * is changed (another file, another title), which makes it another upload.
 */
export function UploadPaperForm({ endpoint, maxBytes, mode, idPrefix }: Props) {
  const hydrated = useHydrated();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [announcement, setAnnouncement] = useState('');
  // a ref, not state: the key must change with no render in between (a success, then at once another upload)
  const submissionKey = useRef<string | null>(null);
  const id = (name: string) => `${idPrefix}-${name}`;
  const errorFor = (name: string) => errors.filter((e) => e.field === id(name)).map((e) => e.message);

  const fail = (list: FieldError[]) => {
    setErrors(list);
    setPhase({ kind: 'idle' });
    setAnnouncement('');
    // after React has drawn the summary
    requestAnimationFrame(() => summary.current?.focus());
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (phase.kind === 'uploading') return;
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    const problems: FieldError[] = [];
    const query = new URLSearchParams();
    if (mode.kind === 'new') {
      const title = String(data.get('title') ?? '').trim();
      const marking = String(data.get('marking') ?? '');
      if (!title) problems.push({ field: id('title'), message: "Enter the paper's title" });
      if (!marking) problems.push({ field: id('marking'), message: 'Choose a protective marking' });
      query.set('title', title);
      query.set('marking', marking);
      query.set('agendaItemId', String(data.get('agendaItemId') ?? ''));
    } else if (mode.kind === 'version') {
      query.set('paperId', mode.paperId);
    }
    if (!(file instanceof File) || file.size === 0) {
      problems.push({ field: id('file'), message: file instanceof File && file.name ? 'The file is empty' : 'Choose a file to upload' });
    } else if (file.size > maxBytes) {
      problems.push({ field: id('file'), message: `The file must be smaller than ${megabytes(maxBytes)}` });
    }
    if (problems.length || !(file instanceof File)) return fail(problems);
    query.set('fileName', file.name);
    submissionKey.current ??= newKey();
    query.set(SUBMISSION_KEY_FIELD, submissionKey.current);

    setErrors([]);
    setPhase({ kind: 'uploading', percent: 0 });
    setAnnouncement(`Uploading ${file.name}`);
    let announced = 0;
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${endpoint}${endpoint.includes('?') ? '&' : '?'}${query.toString()}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      const percent = Math.min(100, Math.round((e.loaded / e.total) * 100));
      setPhase({ kind: 'uploading', percent });
      const quarter = Math.floor(percent / 25) * 25;
      if (quarter > announced && quarter < 100) {
        announced = quarter;
        setAnnouncement(`${quarter}% uploaded`);
      }
    };
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as { ok?: boolean; message?: string; fieldErrors?: Record<string, string[]> };
      if (xhr.status === 201 && body.ok) {
        submissionKey.current = null; // the next upload is a new one
        form.current?.reset();
        setPhase({ kind: 'done', message: body.message ?? 'Uploaded' });
        setAnnouncement('');
        if (mode.kind !== 'commission') router.refresh();
        return;
      }
      const fieldErrors = Object.entries(body.fieldErrors ?? {}).flatMap(([field, messages]) =>
        messages.map((message) => ({ field: id(['title', 'marking', 'agendaItemId'].includes(field) ? field : 'file'), message })),
      );
      fail(fieldErrors.length ? fieldErrors : [{ field: id('file'), message: body.message ?? `The upload was refused (error ${xhr.status}). Try again.` }]);
    };
    xhr.onerror = () => fail([{ field: id('file'), message: 'The upload did not finish. Check your connection and try again.' }]);
    xhr.send(file);
  }

  const uploading = phase.kind === 'uploading';
  const fieldClass = (name: string) => (errorFor(name).length ? 'border-l-4 border-error pl-4' : undefined);
  const inputBorder = (name: string) => (errorFor(name).length ? 'border-error' : 'border-border-input');
  const described = (name: string, hint?: boolean) =>
    [hint ? id(`${name}-hint`) : null, errorFor(name).length ? id(`${name}-error`) : null].filter(Boolean).join(' ') || undefined;
  const errorText = (name: string) =>
    errorFor(name).length > 0 && (
      <p id={id(`${name}-error`)} className="mb-1 font-bold text-error">
        <span className="sr-only">Error:</span> {errorFor(name).join('. ')}
      </p>
    );

  return (
    <div>
      <noscript>
        <p className="border-l-8 border-warning bg-panel p-4">
          Uploading papers needs JavaScript, which is switched off or has not loaded in this browser. Switch it on, or{' '}
          {mode.kind === 'commission'
            ? 'send the paper to the person named in the email as having asked for it.'
            : 'ask another administrator to upload the paper.'}
        </p>
      </noscript>
      <ErrorSummary ref={summary} errors={errors} />
      {phase.kind === 'done' && (
        <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4 font-bold">
          {phase.message}
        </div>
      )}
      <form
        ref={form}
        onSubmit={submit}
        onChange={() => (submissionKey.current = null)}
        noValidate
        hidden={!hydrated || (mode.kind === 'commission' && phase.kind === 'done')}
        className="space-y-5"
        aria-busy={uploading}
      >
        {mode.kind === 'new' && (
          <>
            <div className={fieldClass('agendaItemId')}>
              <label htmlFor={id('agendaItemId')} className="mb-1 block font-bold">
                Agenda item
              </label>
              {errorText('agendaItemId')}
              <select
                id={id('agendaItemId')}
                name="agendaItemId"
                aria-describedby={described('agendaItemId')}
                className={`border-2 ${inputBorder('agendaItemId')} bg-white p-2`}
                disabled={uploading}
              >
                <option value="">The meeting as a whole</option>
                {mode.agendaItems.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div className={fieldClass('title')}>
              <label htmlFor={id('title')} className="mb-1 block font-bold">
                Title of the paper
              </label>
              {errorText('title')}
              <input
                id={id('title')}
                name="title"
                type="text"
                aria-describedby={described('title')}
                aria-invalid={errorFor('title').length ? true : undefined}
                className={`w-full max-w-xl border-2 ${inputBorder('title')} p-2`}
                disabled={uploading}
              />
            </div>
            <div className={fieldClass('marking')}>
              <label htmlFor={id('marking')} className="mb-1 block font-bold">
                Protective marking
              </label>
              <p id={id('marking-hint')} className="mb-1 text-secondary">
                OFFICIAL-SENSITIVE papers go only to members, the Chair and substitutes standing in, never to attendees or the public
              </p>
              {errorText('marking')}
              <select
                id={id('marking')}
                name="marking"
                defaultValue="OFFICIAL"
                aria-describedby={described('marking', true)}
                aria-invalid={errorFor('marking').length ? true : undefined}
                className={`border-2 ${inputBorder('marking')} bg-white p-2`}
                disabled={uploading}
              >
                {mode.markings.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <div className={fieldClass('file')}>
          <label htmlFor={id('file')} className="mb-1 block font-bold">
            {mode.kind === 'new' ? (
              'File'
            ) : mode.kind === 'commission' ? (
              <>
                Your paper, <span className="italic">{mode.paperTitle}</span>
              </>
            ) : (
              <>
                New version of <span className="italic">{mode.paperTitle}</span>
              </>
            )}
          </label>
          <p id={id('file-hint')} className="mb-1 text-secondary">
            A PDF, Word (DOCX), Excel (XLSX) or PowerPoint (PPTX) file, smaller than {megabytes(maxBytes)}
          </p>
          {errorText('file')}
          <input
            id={id('file')}
            name="file"
            type="file"
            accept={ACCEPT}
            aria-describedby={described('file', true)}
            aria-invalid={errorFor('file').length ? true : undefined}
            className="block w-full max-w-xl"
            disabled={uploading}
          />
        </div>
        {uploading && (
          <div>
            <label htmlFor={id('progress')} className="mb-1 block font-bold">
              Upload progress
            </label>
            <div className="flex items-center gap-3">
              <progress id={id('progress')} max={100} value={phase.percent} className="h-5 w-64" />
              <span aria-hidden="true">{phase.percent}%</span>
            </div>
          </div>
        )}
        <button
          type="submit"
          disabled={uploading}
          className="cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60"
        >
          {uploading ? 'Uploading…' : mode.kind === 'new' ? 'Upload paper' : mode.kind === 'commission' ? 'Upload your paper' : 'Upload new version'}
        </button>
      </form>
      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}

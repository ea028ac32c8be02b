'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useFileSizeCheck } from '@/components/use-file-size-check';
import Link from 'next/link';
import { ErrorSummary, type FieldError } from '@/components/error-summary';
import { columnName, describeCellProblem } from '@/lib/imports/columns';
import type { ImportWizardState } from '@/lib/imports/wizard';
import { SubmissionKey } from '@/components/submission-key';
import { DataTable } from '@/components/data-table';
import type { Route } from 'next';

type Props = {
  // a method, so that an import's own narrower state type is accepted
  action(state: ImportWizardState, formData: FormData): Promise<ImportWizardState>;
  maxKb: number;
  /** the fields the columns are matched to, in the order the map step asks */
  fields: readonly { key: string; label: string; required: boolean }[];
  /** the preview table's columns after the row number, each a field shown as the import will save it */
  columns: readonly { key: string; label: string; wide?: boolean }[];
  /** what a row is: "action" */
  noun: string;
  /** the upload step's heading and what the file should hold */
  uploadHeading: string;
  uploadHint: string;
  /** where to go once imported */
  doneHref: Route;
  doneLabel: string;
  /** this page, to import another file */
  importHref: Route;
};

const primary = 'cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60';
const secondary = 'cursor-pointer bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#858686] disabled:opacity-60';

/** Upload, map the columns, preview every row, import: each step a plain form post. */
export function ImportWizard({ action, maxKb, fields, columns, noun, uploadHeading, uploadHint, doneHref, doneLabel, importHref }: Props) {
  const [state, formAction, pending] = useActionState(action, { stage: 'upload' });
  const summary = useRef<HTMLDivElement>(null);
  const { tooBig, checkSize } = useFileSizeCheck(maxKb, summary);
  const heading = useRef<HTMLHeadingElement>(null);
  const refusal = state.stage !== 'done' ? state.refusal : undefined;
  const problems = state.stage === 'preview' ? state.preview.problems : [];
  useEffect(() => {
    if (refusal || problems.length) summary.current?.focus();
    else heading.current?.focus();
  }, [state, refusal, problems.length]);

  const refusalErrors: FieldError[] =
    tooBig && state.stage === 'upload'
      ? [{ field: 'file', message: tooBig }]
      : refusal
        ? refusal.fieldErrors && Object.keys(refusal.fieldErrors).length
          ? Object.entries(refusal.fieldErrors).flatMap(([field, messages]) =>
              messages.map((message) => ({ field: field === 'file' && state.stage !== 'upload' ? 'preview-rows' : field, message })),
            )
          : [{ field: state.stage === 'upload' ? 'file' : 'main-content', message: refusal.message }]
        : [];
  const errorOf = (name: string) => (name === 'file' && tooBig && state.stage === 'upload' ? [tooBig] : (refusal?.fieldErrors?.[name] ?? []));

  if (state.stage === 'done') {
    return (
      <>
        <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4 font-bold">
          {state.message}
        </div>
        <h2 ref={heading} tabIndex={-1} className="text-xl">
          What next
        </h2>
        <ul className="list-disc pl-6">
          <li>
            <Link href={doneHref}>{doneLabel}</Link>
          </li>
          <li>
            <a href={importHref}>Import another file</a>
          </li>
        </ul>
      </>
    );
  }

  const carried = state.stage !== 'upload' && (
    <>
      <input type="hidden" name="sheet" value={JSON.stringify(state.sheet)} />
      <input type="hidden" name="fileName" value={state.fileName} />
    </>
  );

  return (
    <>
      <p className="mb-2 text-secondary">Step {state.stage === 'upload' ? 1 : state.stage === 'map' ? 2 : 3} of 3</p>
      {refusalErrors.length > 0 && <ErrorSummary ref={summary} errors={refusalErrors} />}

      {state.stage === 'upload' && (
        <form action={formAction} onSubmit={checkSize} className="space-y-5" noValidate>
          <SubmissionKey renewAfter={state} />
          <h2 ref={heading} tabIndex={-1} className="text-xl">
            {uploadHeading}
          </h2>
          <input type="hidden" name="step" value="upload" />
          <div className={errorOf('file').length ? 'border-l-4 border-error pl-4' : undefined}>
            <label htmlFor="file" className="mb-1 block font-bold">
              CSV or Excel file
            </label>
            <p id="file-hint" className="mb-1 text-secondary">
              A CSV file or an Excel workbook (XLSX), smaller than {maxKb} KB, with the column headings in its first row and one {noun} a row. {uploadHint} Only
              the first worksheet is read. Nothing is saved until you have checked the preview.
            </p>
            {errorOf('file').length > 0 && (
              <p id="file-error" className="mb-1 font-bold text-error">
                <span className="sr-only">Error:</span> {errorOf('file').join('. ')}
              </p>
            )}
            <input
              id="file"
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`file-hint${errorOf('file').length ? ' file-error' : ''}`}
              aria-invalid={errorOf('file').length ? true : undefined}
              className="block w-full max-w-xl"
            />
          </div>
          <button type="submit" disabled={pending} className={primary}>
            {pending ? 'Please wait…' : 'Upload and continue'}
          </button>
        </form>
      )}

      {state.stage === 'map' && (
        <form action={formAction} className="space-y-5" noValidate>
          <SubmissionKey renewAfter={state} />
          <h2 ref={heading} tabIndex={-1} className="text-xl">
            Match the columns
          </h2>
          <p>
            <strong>{state.fileName}</strong> has {state.sheet.rows.length} {state.sheet.rows.length === 1 ? 'row' : 'rows'} and these columns:{' '}
            {state.sheet.headers.map((_, i) => columnName(state.sheet.headers, i)).join(', ')}. Choose which column holds each part of an {noun}.
          </p>
          {carried}
          {fields.map((f) => {
            const name = `map-${f.key}`;
            const errors = errorOf(name);
            const value = state.mapping[f.key];
            return (
              <div key={f.key} className={errors.length ? 'border-l-4 border-error pl-4' : undefined}>
                <label htmlFor={name} className="mb-1 block font-bold">
                  {f.label}
                  {f.required ? '' : ' (optional)'}
                </label>
                {errors.length > 0 && (
                  <p id={`${name}-error`} className="mb-1 font-bold text-error">
                    <span className="sr-only">Error:</span> {errors.join('. ')}
                  </p>
                )}
                <select
                  key={`${name}-${value}`}
                  id={name}
                  name={name}
                  defaultValue={value === null ? '' : String(value)}
                  aria-describedby={errors.length ? `${name}-error` : undefined}
                  aria-invalid={errors.length ? true : undefined}
                  className={`border-2 ${errors.length ? 'border-error' : 'border-border-input'} bg-white p-2`}
                >
                  <option value="">{f.required ? 'Choose a column' : 'Not in the file'}</option>
                  {state.sheet.headers.map((_, i) => (
                    <option key={i} value={i}>
                      {columnName(state.sheet.headers, i)}
                      {state.sheet.rows[0]?.[i] ? ` (for example “${state.sheet.rows[0][i]!.slice(0, 40)}”)` : ''}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
          <div className="flex flex-wrap gap-4">
            <button type="submit" name="step" value="preview" disabled={pending} className={primary}>
              {pending ? 'Please wait…' : 'Preview the import'}
            </button>
            <button type="submit" name="step" value="restart" disabled={pending} className={secondary}>
              Choose a different file
            </button>
          </div>
        </form>
      )}

      {state.stage === 'preview' && (
        <form action={formAction} className="space-y-5" noValidate>
          <SubmissionKey renewAfter={state} />
          {carried}
          {fields.map((f) => (
            <input key={f.key} type="hidden" name={`map-${f.key}`} value={state.mapping[f.key] ?? ''} />
          ))}
          <h2 ref={heading} tabIndex={-1} className="text-xl">
            Check the rows
          </h2>
          {problems.length > 0 ? (
            <>
              <ErrorSummary
                ref={refusalErrors.length ? undefined : summary}
                errors={problems.map((p) => ({ field: `row-${p.row}`, message: describeCellProblem(p) }))}
              />
              <p>
                Nothing has been imported. {new Set(problems.map((p) => p.row)).size} of {state.preview.rows.length} rows need correcting: put them right in the
                spreadsheet and upload it again, or change which columns are used. The import saves every row or none.
              </p>
            </>
          ) : (
            <p>All {state.preview.rows.length} rows can be imported. Check them, then import: every row is saved together, or none is.</p>
          )}
          <div id="preview-rows" tabIndex={-1}>
            <DataTable caption={<>Rows in {state.fileName}</>} captionClass="text-left font-bold" className="mb-8">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  {columns.map((c) => (
                    <th key={c.key} scope="col">
                      {c.label}
                    </th>
                  ))}
                  <th scope="col">Problems</th>
                </tr>
              </thead>
              <tbody>
                {state.preview.rows.map((r) => (
                  <tr key={r.row} className={r.problems.length ? 'border-l-4 border-error' : undefined}>
                    <th scope="row" id={`row-${r.row}`} tabIndex={-1}>
                      {r.row}
                    </th>
                    {columns.map((c) => (
                      <td key={c.key} className={c.wide ? 'max-w-md' : undefined}>
                        {r.shown?.[c.key] ?? r.cells[c.key]}
                      </td>
                    ))}
                    <td>
                      {r.problems.length === 0 ? (
                        'None'
                      ) : (
                        <ul className="text-error">
                          {r.problems.map((p) => (
                            <li key={p.column + p.message}>
                              <strong>{p.column}:</strong> {p.message}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </div>
          <div className="flex flex-wrap gap-4">
            {problems.length === 0 && (
              <button type="submit" name="step" value="commit" disabled={pending} className={primary}>
                {pending ? 'Please wait…' : `Import ${state.preview.rows.length} ${state.preview.rows.length === 1 ? noun : `${noun}s`}`}
              </button>
            )}
            <button type="submit" name="step" value="remap" disabled={pending} className={secondary}>
              Change the columns
            </button>
            <button type="submit" name="step" value="restart" disabled={pending} className={secondary}>
              Upload a corrected file
            </button>
          </div>
        </form>
      )}
    </>
  );
}

'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useFileSizeCheck } from '@/components/use-file-size-check';
import { ErrorSummary, type FieldError } from '@/components/error-summary';
import type { ValuesWizardState } from '@/lib/plans/measures/form-actions';
import { describeValueProblem } from '@/lib/plans/measures/values-import';
import { SubmissionKey } from '@/components/submission-key';
import { DataTable } from '@/components/data-table';
import type { Route } from 'next';

type Props = { action: (state: ValuesWizardState, formData: FormData) => Promise<ValuesWizardState>; maxKb: number; measuresHref: Route };

const primary = 'cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-60';
const secondary = 'cursor-pointer bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#858686] disabled:opacity-60';

/** Upload a file of values, see every row with its problems, then import all of them or none. */
export function ValuesWizard({ action, maxKb, measuresHref }: Props) {
  const [state, formAction, pending] = useActionState(action, { stage: 'upload' });
  const summary = useRef<HTMLDivElement>(null);
  const { tooBig, checkSize } = useFileSizeCheck(maxKb, summary);
  const heading = useRef<HTMLHeadingElement>(null);
  const refusal = state.stage !== 'done' ? state.refusal : undefined;
  const problems = state.stage === 'preview' ? state.preview.problems : [];
  useEffect(() => {
    if (refusal || problems.length) summary.current?.focus();
    else if (state.stage !== 'upload') heading.current?.focus();
  }, [state, refusal, problems.length]);

  if (state.stage === 'done') {
    return (
      <>
        <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4 font-bold">
          {state.message}
        </div>
        <h2 ref={heading} tabIndex={-1} className="text-xl">
          What next
        </h2>
        <p>
          <a href={measuresHref}>See the measures and their charts</a>
        </p>
      </>
    );
  }
  const fileErrors: FieldError[] =
    tooBig && state.stage === 'upload'
      ? [{ field: 'file', message: tooBig }]
      : refusal
        ? Object.values(refusal.fieldErrors ?? {})
            .flat()
            .map((message) => ({ field: 'file', message }))
            .concat(refusal.fieldErrors && Object.keys(refusal.fieldErrors).length ? [] : [{ field: 'file', message: refusal.message }])
        : [];
  return (
    <>
      {fileErrors.length > 0 && <ErrorSummary ref={summary} errors={fileErrors} />}
      {state.stage === 'upload' && (
        <form action={formAction} onSubmit={checkSize} className="space-y-5" noValidate>
          <SubmissionKey renewAfter={state} />
          <input type="hidden" name="step" value="upload" />
          <div className={fileErrors.length ? 'border-l-4 border-error pl-4' : undefined}>
            <label htmlFor="file" className="mb-1 block font-bold">
              CSV or Excel file of values
            </label>
            <p id="file-hint" className="mb-1 text-secondary">
              Smaller than {maxKb} KB, with the headings Measure, Period, Period end, Value and (optionally) Note in its first row, one value a row. The measure
              is its title as on this plan. A plan downloaded as Excel holds its values in this layout on its Measure values worksheet, which is read first.
            </p>
            {fileErrors.length > 0 && (
              <p id="file-error" className="mb-1 font-bold text-error">
                <span className="sr-only">Error:</span> {tooBig && state.stage === 'upload' ? tooBig : refusal?.message}
              </p>
            )}
            <input
              id="file"
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`file-hint${fileErrors.length ? ' file-error' : ''}`}
              aria-invalid={fileErrors.length ? true : undefined}
              className="block w-full max-w-xl"
            />
          </div>
          <button type="submit" disabled={pending} className={primary}>
            {pending ? 'Please wait…' : 'Upload and check'}
          </button>
        </form>
      )}
      {state.stage === 'preview' && (
        <form action={formAction} className="space-y-5" noValidate>
          <SubmissionKey renewAfter={state} />
          <input type="hidden" name="sheet" value={JSON.stringify(state.sheet)} />
          <input type="hidden" name="fileName" value={state.fileName} />
          <h2 ref={heading} tabIndex={-1} className="text-xl">
            Check the values
          </h2>
          {problems.length > 0 ? (
            <>
              <ErrorSummary ref={summary} errors={problems.map((p) => ({ field: `row-${p.row}`, message: describeValueProblem(p) }))} />
              <p>Nothing has been imported. Put the rows right in the spreadsheet and upload it again: the import saves every value or none.</p>
            </>
          ) : (
            <p>All {state.preview.rows.length} values can be imported.</p>
          )}
          <div>
            <DataTable caption={<>Values in {state.fileName}</>} captionClass="text-left font-bold" className="mb-8">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Measure</th>
                  <th scope="col">Period</th>
                  <th scope="col">Period end</th>
                  <th scope="col">Value</th>
                  <th scope="col">Problems</th>
                </tr>
              </thead>
              <tbody>
                {state.preview.rows.map((r) => (
                  <tr key={r.row}>
                    <th scope="row" id={`row-${r.row}`} tabIndex={-1}>
                      {r.row}
                    </th>
                    <td>{r.cells.measure}</td>
                    <td>{r.cells.period}</td>
                    <td>{r.cells.periodEnd}</td>
                    <td>{r.cells.value}</td>
                    <td>
                      {r.problems.length ? (
                        <ul className="text-error">
                          {r.problems.map((p) => (
                            <li key={p.column + p.message}>
                              <strong>{p.column}:</strong> {p.message}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        'None'
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
                {pending ? 'Please wait…' : `Import ${state.preview.rows.length} ${state.preview.rows.length === 1 ? 'value' : 'values'}`}
              </button>
            )}
            <button type="submit" name="step" value="restart" disabled={pending} className={secondary}>
              Upload a corrected file
            </button>
          </div>
        </form>
      )}
    </>
  );
}

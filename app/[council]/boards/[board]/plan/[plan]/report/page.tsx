import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { loadReport } from '@/lib/plans/reports/load';
import { resolvePlan } from '@/lib/plans/resolve';
import { planFilePath, planSectionPath } from '@/lib/routes';
import { ErrorSummary } from '@/components/error-summary';
import { Tag } from '@/components/tag';
import { DataTable } from '@/components/data-table';

type Props = { params: Promise<{ council: string; board: string; plan: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, plan } = await params;
  const p = await resolvePlan(await resolveBoard(council, board), plan);
  return { title: `Progress report: ${p.title}` };
}

const ragTone = { 'On target': 'green', 'Near target': 'amber', 'Off target': 'red' } as const;

export default async function PlanReportPage({ params, searchParams }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  const { query, errors, values, model, document: report } = await loadReport(ctx, plan.id, await searchParams);
  const at = [ctx.council.slug, ctx.board.slug, plan.id] as const;
  const period = { from: query.from, to: query.to, audience: query.audience };
  const errorOf = (field: string) => errors.filter((e) => e.field === field).map((e) => e.message);
  const field = (name: 'from' | 'to', label: string, hint: string) => (
    <div className={errorOf(name).length ? 'border-l-4 border-error pl-4' : undefined}>
      <label htmlFor={name} className="mb-1 block font-bold">
        {label}
      </label>
      <p id={`${name}-hint`} className="mb-1 text-secondary">
        {hint}
      </p>
      {errorOf(name).length > 0 && (
        <p id={`${name}-error`} className="mb-1 font-bold text-error">
          <span className="sr-only">Error:</span> {errorOf(name).join('. ')}
        </p>
      )}
      <input
        id={name}
        name={name}
        type="text"
        defaultValue={values[name] || query[name].split('-').reverse().join('/')}
        aria-describedby={`${name}-hint${errorOf(name).length ? ` ${name}-error` : ''}`}
        aria-invalid={errorOf(name).length ? true : undefined}
        className={`w-full max-w-xs border-2 ${errorOf(name).length ? 'border-error' : 'border-border-input'} p-2`}
      />
    </div>
  );
  return (
    <main id="main-content">
      <ErrorSummary errors={errors} />
      <h1>{report.title}</h1>
      <p className="text-xl font-bold">{report.subtitle}</p>
      {report.lines.map((line) => (
        <p key={line} className="text-secondary">
          {line}
        </p>
      ))}

      <form method="get" className="my-6 max-w-3xl space-y-4 border-l-4 border-border-input bg-panel p-4" aria-labelledby="choose-report">
        <h2 id="choose-report" className="text-xl">
          Choose the period and audience
        </h2>
        <div className="flex flex-wrap gap-6">
          {field('from', 'From', 'For example, 1/9/2026')}
          {field('to', 'To', 'For example, 30/11/2026')}
        </div>
        <div className={errorOf('audience').length ? 'border-l-4 border-error pl-4' : undefined}>
          <label htmlFor="audience" className="mb-1 block font-bold">
            Report to
          </label>
          {errorOf('audience').length > 0 && (
            <p id="audience-error" className="mb-1 font-bold text-error">
              <span className="sr-only">Error:</span> {errorOf('audience').join('. ')}
            </p>
          )}
          <select
            id="audience"
            name="audience"
            defaultValue={model.audience}
            aria-describedby={errorOf('audience').length ? 'audience-error' : undefined}
            className="border-2 border-border-input bg-white p-2"
          >
            {model.audiences.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]">
          Show the report
        </button>
      </form>

      <nav aria-label="Download this report" className="mb-8">
        <h2 className="text-xl">Download this report</h2>
        <ul className="list-disc pl-6">
          <li>
            <a href={planFilePath(...at, 'report/docx', period)}>Word document (DOCX), to edit before it goes to {model.addressee}</a>
          </li>
          <li>
            <a href={planFilePath(...at, 'report/pdf', period)}>PDF document</a>
          </li>
        </ul>
      </nav>

      {report.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="mb-10">
          <h2 id={`section-${section.id}`}>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.table && (
            <div>
              <DataTable caption={section.table.caption} captionClass="text-left font-bold" className="mb-8">
                <thead>
                  <tr>
                    {section.table.headers.map((h) => (
                      <th key={h} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {section.table.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, i) =>
                        i === section.table!.rowHeader ? (
                          <th key={i} scope="row">
                            {cell}
                          </th>
                        ) : (
                          <td key={i}>
                            {section.id === 'measures' && cell in ragTone ? <Tag tone={ragTone[cell as keyof typeof ragTone]}>{cell}</Tag> : cell}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </div>
          )}
        </section>
      ))}
      <p>
        <Link href={planSectionPath(...at, 'measures')}>See each measure’s values over time</Link>
      </p>
    </main>
  );
}

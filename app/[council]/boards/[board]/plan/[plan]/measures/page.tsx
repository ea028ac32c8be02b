import type { Metadata } from 'next';
import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { resolveBoard } from '@/lib/boards/context';
import { formatDay } from '@/lib/format';
import { directionWords } from '@/lib/plans/measures/schema';
import { measuresOfPlan, withUnit } from '@/lib/plans/measures/queries';
import { resolvePlan } from '@/lib/plans/resolve';
import { importMeasuresPath, measureStepPath, newMeasurePath } from '@/lib/routes';
import { measureRagWords } from '@/lib/rules/measure-rag';
import { Tag } from '@/components/tag';
import { MeasureChart } from './_components/measure-chart';
import { DataTable } from '@/components/data-table';

type Props = { params: Promise<{ council: string; board: string; plan: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council, board, plan } = await params;
  const p = await resolvePlan(await resolveBoard(council, board), plan);
  return { title: `Evidence of impact: ${p.title}` };
}

const ragTone = { GREEN: 'green', AMBER: 'amber', RED: 'red' } as const;

export default async function MeasuresPage({ params }: Props) {
  const { council, board, plan: planId } = await params;
  const ctx = await resolveBoard(council, board);
  const plan = await resolvePlan(ctx, planId);
  const measures = await measuresOfPlan(ctx, plan.id);
  const at = [ctx.council.slug, ctx.board.slug, plan.id] as const;
  const admin = can(ctx.roles, 'plan', 'update') && plan.status !== 'CLOSED';
  return (
    <main id="main-content">
      <h1>Evidence of impact</h1>
      <p className="text-xl">{plan.title}</p>
      <p className="max-w-3xl">
        Each measure shows what difference the plan makes for children: its values over time against its target. On target includes exactly on target; near
        target is within the measure’s tolerance.
      </p>
      {admin && (
        <ul className="mb-8 flex flex-wrap gap-6">
          <li>
            <Link href={newMeasurePath(...at)} className="font-bold">
              Add a measure
            </Link>
          </li>
          {measures.length > 0 && (
            <li>
              <Link href={importMeasuresPath(...at)} className="font-bold">
                Import values from a spreadsheet
              </Link>
            </li>
          )}
        </ul>
      )}
      {measures.length === 0 && <p>No measures have been added to this plan yet.</p>}
      {measures.length > 0 && (
        <nav aria-label="Measures on this page" className="mb-8">
          <ul className="list-disc pl-6">
            {measures.map((m) => (
              <li key={m.id}>
                <a href={`#measure-${m.id}`}>{m.title}</a>
                {m.latest ? `: ${measureRagWords[m.latest.rag].toLowerCase()}` : ''}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {measures.map((m) => (
        <section key={m.id} id={`measure-${m.id}`} aria-labelledby={`measure-${m.id}-title`} className="mb-12 border-t-2 border-border-input pt-6">
          <h2 id={`measure-${m.id}-title`}>{m.title}</h2>
          <dl className="mb-6 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-bold">Latest</dt>
            <dd>
              {m.latest ? (
                <>
                  {withUnit(m.latest.value, m.unit)} in {m.latest.periodLabel}: <Tag tone={ragTone[m.latest.rag]}>{measureRagWords[m.latest.rag]}</Tag>
                  {m.trend && <> ({m.trend} since the value before)</>}
                </>
              ) : (
                'No values recorded yet'
              )}
            </dd>
            <dt className="font-bold">Target</dt>
            <dd>
              {withUnit(m.target, m.unit)}; {directionWords[m.direction].toLowerCase()}
              {m.tolerance ? `; near target within ${withUnit(m.tolerance, m.unit)}` : ''}
            </dd>
            <dt className="font-bold">Evidences themes</dt>
            <dd>{m.themes.length ? m.themes.map((t) => t.name).join(', ') : 'None linked'}</dd>
            <dt className="font-bold">Evidences actions</dt>
            <dd>{m.actions.length ? m.actions.map((a) => a.reference).join(', ') : 'None linked'}</dd>
          </dl>
          <MeasureChart measure={m} />
          {m.values.length > 0 && (
            <div>
              <DataTable caption={<>Values of {m.title}</>} captionClass="text-left font-bold" className="mb-8">
                <thead>
                  <tr>
                    <th scope="col">Period</th>
                    <th scope="col">Period ends</th>
                    <th scope="col">Value</th>
                    <th scope="col">Target</th>
                    <th scope="col">Against target</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {m.values.map((v) => (
                    <tr key={v.id}>
                      <th scope="row">{v.periodLabel}</th>
                      <td>{formatDay(v.periodEnd)}</td>
                      <td>{withUnit(v.value, m.unit)}</td>
                      <td>{withUnit(m.target, m.unit)}</td>
                      <td>
                        <Tag tone={ragTone[v.rag]}>{measureRagWords[v.rag]}</Tag>
                      </td>
                      <td>{v.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </div>
          )}
          {admin && (
            <ul className="mt-4 flex flex-wrap gap-6">
              <li>
                <Link href={measureStepPath(...at, m.id, 'add-value')}>
                  Add a value<span className="sr-only"> for {m.title}</span>
                </Link>
              </li>
              <li>
                <Link href={measureStepPath(...at, m.id, 'edit')}>
                  Change the measure<span className="sr-only"> {m.title}</span>
                </Link>
              </li>
            </ul>
          )}
        </section>
      ))}
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { getPlanByTheme } from '@/lib/plans/queries';
import { formatDay, humanise } from '@/lib/format';
import { RagTag, StatusTag, Tag } from '@/components/tag';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<{ plan?: string }> };

export const metadata: Metadata = { title: 'Improvement plan' };

export default async function PlanPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const { plan: planId } = await searchParams;
  const { plans, plan } = await getPlanByTheme(ctx, typeof planId === 'string' ? planId : undefined);
  const base = `/${ctx.council.slug}/boards/${ctx.board.slug}/plan`;
  if (!plan) {
    return (
      <main id="main-content">
        <h1>Improvement plan</h1>
        <p>This board oversees no improvement plan yet.</p>
      </main>
    );
  }
  const unanswered = plan.inspection?.findings.filter((f) => f._count.answeredBy === 0) ?? [];
  return (
    <main id="main-content">
      <h1>{plan.title}</h1>
      {plans.length > 1 && (
        <nav aria-label="Plans" className="mb-6">
          <ul className="flex flex-wrap gap-4">
            {plans.map((p) => (
              <li key={p.id}>
                <Link href={`${base}?plan=${p.id}`} aria-current={p.id === plan.id ? 'page' : undefined}>
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <dl className="mb-8 grid max-w-3xl grid-cols-[12rem_1fr] gap-x-4 gap-y-2">
        <dt className="font-bold">Status</dt>
        <dd>
          <StatusTag status={plan.status} />
        </dd>
        {plan.inspection && (
          <>
            <dt className="font-bold">Answers</dt>
            <dd>
              {plan.inspection.title}, {formatDay(plan.inspection.visitedOn)}: {humanise(plan.inspection.judgement)}
            </dd>
          </>
        )}
        {plan.submissionDeadline && (
          <>
            <dt className="font-bold">Submission deadline</dt>
            <dd>{formatDay(plan.submissionDeadline)}</dd>
          </>
        )}
      </dl>
      {unanswered.length > 0 && (
        <div className="mb-8 border-l-4 border-error bg-panel p-4" role="note">
          <h2 className="text-xl">
            {unanswered.length} {unanswered.length === 1 ? 'finding has' : 'findings have'} no action answering {unanswered.length === 1 ? 'it' : 'them'}
          </h2>
          <ul>
            {unanswered.map((f) => (
              <li key={f.id}>
                <strong>{f.reference}</strong> ({humanise(f.kind)}): {f.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`theme-${theme.id}`} className="mb-10">
          <h2 id={`theme-${theme.id}`}>{theme.name}</h2>
          {theme.actions.length === 0 ? (
            <p>No actions under this theme.</p>
          ) : (
            <table>
              <caption className="sr-only">Actions under {theme.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Ref</th>
                  <th scope="col">Action</th>
                  <th scope="col">Lead and partners</th>
                  <th scope="col">Scrutiny</th>
                  <th scope="col">Due</th>
                  <th scope="col">Progress</th>
                </tr>
              </thead>
              <tbody>
                {theme.actions.map((a) => (
                  <tr key={a.id}>
                    <td className="font-bold">{a.reference}</td>
                    <td>
                      {a.description}
                      {a.findings.length > 0 && <div className="text-sm text-secondary">Answers {a.findings.map((f) => f.finding.reference).join(', ')}</div>}
                    </td>
                    <td>
                      {a.leadOfficer}
                      {a.agencies.length > 0 && <div className="text-sm text-secondary">{a.agencies.map((x) => x.agency.name).join(', ')}</div>}
                    </td>
                    <td className="text-sm">
                      {a.scrutinyBody?.name ?? '—'}
                      {a.secondScrutinyBody && <div>then {a.secondScrutinyBody.name}</div>}
                    </td>
                    <td className="whitespace-nowrap">
                      {formatDay(a.agreedDueOn ?? a.dueOn)}
                      {a.agreedDueOn && <div className="text-sm">revised; was {formatDay(a.dueOn)}</div>}
                    </td>
                    <td>
                      <StatusTag status={a.status} /> <RagTag rag={a.rag} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      {plan.approvedAt && <Tag tone="green">Approved {formatDay(plan.approvedAt)}</Tag>}
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { getTermsVersion, listTermsVersions } from '@/lib/terms/queries';
import { compareSchema } from '@/lib/terms/schema';
import { diffVersions } from '@/lib/terms/diff';
import { printedBody } from '@/lib/rules/terms-shape';
import { parseVersionLabel, versionLabel } from '@/lib/terms/numbering';
import { ErrorSummary } from '@/components/error-summary';
import { CompareForm } from '../_components/compare-form';
import { DiffView } from '../_components/diff-view';
import { boardSectionPath, termsComparePath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Compare versions of the terms of reference' };

export default async function CompareTermsPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const query = compareSchema.safeParse(await searchParams);
  const { versions } = await listTermsVersions(ctx);
  const base = boardSectionPath(ctx.council.slug, ctx.board.slug, 'terms');
  const fromLabel = query.success && query.data.from ? parseVersionLabel(query.data.from) : null;
  const toLabel = query.success && query.data.to ? parseVersionLabel(query.data.to) : null;
  const known = (n: ReturnType<typeof parseVersionLabel>) => (n ? versions.find((v) => v.label === versionLabel(n)) : undefined);
  const from = known(fromLabel);
  const to = known(toLabel);
  const asked = query.success && (query.data.from !== undefined || query.data.to !== undefined);
  const errors = !asked
    ? []
    : [
        ...(from ? [] : [{ field: 'from', message: 'Choose a version to compare from' }]),
        ...(to ? [] : [{ field: 'to', message: 'Choose a version to compare to' }]),
        ...(from && to && from.id === to.id ? [{ field: 'to', message: 'Choose two different versions' }] : []),
      ];
  const diff = from && to && errors.length === 0 ? await compare(ctx, from.label, to.label) : null;
  return (
    <main id="main-content">
      <ErrorSummary errors={errors} />
      <h1>Compare versions</h1>
      <p className="mb-4">
        <Link href={base}>All versions of the terms of reference</Link>
      </p>
      {versions.length < 2 ? (
        <p>There is only one version so far: there is nothing to compare yet.</p>
      ) : (
        <CompareForm
          action={termsComparePath(ctx.council.slug, ctx.board.slug)}
          versions={versions}
          from={from?.label ?? versions[1]?.label}
          to={to?.label ?? versions[0]?.label}
        />
      )}
      {diff && from && to && (
        <>
          <h2>
            Changes from {from.named} to {to.named}
          </h2>
          <p className="mb-2">{diff.changed === 0 ? 'The two versions have the same text.' : `${diff.changed} of ${diff.sections.length} sections differ.`}</p>
          <p className="mb-6 text-secondary">
            Added words are <ins className="bg-[#cce5d8] text-ink underline decoration-2">underlined</ins> and removed words are{' '}
            <del className="bg-[#f4cdc6] text-ink line-through decoration-2">struck through</del>. Screen readers announce each as added or removed.
          </p>
          <DiffView sections={diff.sections} />
        </>
      )}
    </main>
  );
}

async function compare(ctx: Awaited<ReturnType<typeof resolveBoard>>, from: string, to: string) {
  const [a, b] = await Promise.all([getTermsVersion(ctx, from), getTermsVersion(ctx, to)]);
  // as printed: a list with its numbers, so a section turned into a list shows as changed
  const printed = (sections: typeof a.sections) => sections.map((s) => ({ ...s, body: printedBody(s) }));
  const sections = diffVersions(printed(a.sections), printed(b.sections));
  return { sections, changed: sections.filter((s) => s.change !== 'unchanged').length };
}

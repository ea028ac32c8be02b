import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { getTermsVersion } from '@/lib/terms/queries';
import { parseVersionLabel, versionLabel } from '@/lib/terms/numbering';
import { approvalLines, termsDocumentInput } from '@/lib/terms/pdf';
import { SectionsView } from '../../_components/sections-view';
import { PrintButton } from '../../_components/print-button';
import { termsVersionFilePath, termsVersionPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string; version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parseVersionLabel((await params).version);
  return { title: number ? `Print: terms of reference, version ${versionLabel(number)}` : 'Page not found' };
}

// On paper only the document itself: everything around <main> (site header, council
// bar, board navigation, footer) and the controls on this page are left off. The
// layouts belong to the whole app, so this page hides them rather than changing them.
const printStyles = `@media print {
  :has(#main-content) > :not(#main-content):not(:has(#main-content)), .print-hidden { display: none !important; }
  body { font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
}`;

export default async function TermsPrintPage({ params }: Props) {
  const { council, board, version } = await params;
  const ctx = await resolveBoard(council, board);
  const v = await getTermsVersion(ctx, version);
  const base = termsVersionPath(ctx.council.slug, ctx.board.slug, v.label);
  const lines = approvalLines(termsDocumentInput(ctx, v));
  return (
    <main id="main-content" className="max-w-3xl">
      <style>{printStyles}</style>
      <div className="print-hidden mb-8 flex flex-wrap items-center gap-6">
        <PrintButton />
        <Link href={base}>Back to {v.shown}</Link>
        <a href={termsVersionFilePath(ctx.council.slug, ctx.board.slug, v.label, 'pdf')}>Download as PDF</a>
      </div>
      <p className="text-secondary">{ctx.council.name}</p>
      <h1>{ctx.board.name}: Terms of Reference</h1>
      {v.historical && <p className="font-bold">Historical record</p>}
      <div className="mb-8 border-b-2 border-ink pb-4">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {v.approvedHash && <p className="mt-2 text-sm break-all text-secondary">SHA-256 of the approved text: {v.approvedHash}</p>}
      </div>
      <SectionsView sections={v.sections} />
    </main>
  );
}

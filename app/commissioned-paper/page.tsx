import type { Metadata } from 'next';
import { commissionByToken } from '@/lib/papers/commissions/author-queries';
import { maxUploadBytes } from '@/lib/papers/upload-limit';
import { currentTime } from '@/lib/clock';
import { commissionFileApiPath } from '@/lib/routes';
import { UploadPaperForm } from '@/components/upload-paper-form';
import { CommissionBrief } from '@/components/commission-brief';

export const metadata: Metadata = { title: 'Upload your paper', robots: { index: false, follow: false }, referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

/**
 * The page an author opens from the emailed link: no sign-in, the link is the credential.
 * It shows what is asked and by when, and takes the file once; a used, expired or unknown
 * link gets a plain page saying so, never an error and never anything else of the council.
 */
export default async function CommissionedPaperUploadPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' && raw.length <= 200 ? raw : '';
  const brief = token ? await commissionByToken(token, currentTime()) : null;
  if (!brief) {
    return (
      <main id="main-content" className="py-10">
        <h1>This upload link cannot be used</h1>
        <p className="max-w-2xl">
          It has already been used to upload a paper, it has expired, or the paper is no longer needed. If you still need to send a paper, use the link in the
          newest email about it, or write to the person named in that email as having asked for it: they can send you a new link.
        </p>
      </main>
    );
  }
  return (
    <main id="main-content" className="py-10">
      <h1>Upload your paper: {brief.title}</h1>
      <CommissionBrief brief={brief} />
      <div className="max-w-2xl">
        <p className="mb-4">This link works once: upload the final version of your paper.</p>
        <UploadPaperForm
          endpoint={commissionFileApiPath(brief.councilSlug, brief.commissionId, { token })}
          maxBytes={maxUploadBytes()}
          mode={{ kind: 'commission', paperTitle: brief.title }}
          idPrefix="commission"
        />
      </div>
    </main>
  );
}

import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { sessionActor } from '@/lib/access/session';
import { guardPage } from '@/lib/access/page';
import { commissionForSignedInAuthor } from '@/lib/papers/commissions/author-queries';
import { maxUploadBytes } from '@/lib/papers/upload-limit';
import { currentTime } from '@/lib/clock';
import { authorCommissionPath, commissionFileApiPath, signInPath } from '@/lib/routes';
import { UploadPaperForm } from '@/components/upload-paper-form';
import { CommissionBrief } from '@/components/commission-brief';

export const metadata: Metadata = { title: 'Upload your paper' };

type Props = { params: Promise<{ council: string; commission: string }> };

/** A paper asked of the signed-in person, from their For you list: the same page as the emailed link's. */
export default async function AuthorCommissionPage({ params }: Props) {
  const { council, commission } = await params;
  const actor = await sessionActor();
  if (!actor) redirect(signInPath({ callbackUrl: authorCommissionPath(council, commission) }));
  const brief = await guardPage(() => commissionForSignedInAuthor(actor, council, commission, currentTime()));
  if (!brief) notFound();
  return (
    <main id="main-content">
      <h1>Upload your paper: {brief.title}</h1>
      <CommissionBrief brief={brief} />
      <div className="max-w-2xl">
        <UploadPaperForm
          endpoint={commissionFileApiPath(brief.councilSlug, brief.commissionId)}
          maxBytes={maxUploadBytes()}
          mode={{ kind: 'commission', paperTitle: brief.title }}
          idPrefix="commission"
        />
      </div>
    </main>
  );
}

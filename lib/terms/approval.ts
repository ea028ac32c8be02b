import type { ActionContext } from '../action/define';
import { AppError } from '../errors';
import type { AuditDraft } from '../audit/append';
import { approvedNumber, displayLabel, versionLabel } from './numbering';
import { termsReview } from './review';
import type { LoadedVersion } from './guards';

const approvedTitle = (label: string) => `Terms of Reference ${label}`;

export type Approval = {
  hash: string;
  approvedAt: Date;
  /** the Chair who approved, when the Chair approves */
  approvedById: string | null;
  /** the body that approved ("Full Council"), with its decision's reference and a note */
  approvedByBody: string | null;
  reference: string | null;
  note: string | null;
  /** the approved version as the board writes it ("Version 3"); null shows the number */
  label: string | null;
};

/**
 * The one way a draft becomes the board's terms, whoever approves it: it takes the next
 * whole number (and the board's own label), the hash of exactly the text approved is
 * kept, the version it replaces is superseded, and the next review runs from the day of
 * approval.
 */
export async function signVersion(ctx: ActionContext, boardId: string, draft: LoadedVersion, approval: Approval, expectedVersion: number) {
  const number = approvedNumber(draft);
  const label = displayLabel({ ...number, label: approval.label });
  const previous = await ctx.tx.termsVersion.findFirst({
    where: { boardId, status: 'APPROVED' },
    select: { id: true, major: true, minor: true, label: true },
  });
  const { count } = await ctx.tx.termsVersion.updateMany({
    where: { id: draft.id, version: expectedVersion, status: { in: ['DRAFT', 'AGREED'] } },
    data: {
      status: 'APPROVED',
      ...number,
      label: approval.label,
      title: approvedTitle(label),
      approvedById: approval.approvedById,
      approvedByBody: approval.approvedByBody,
      approvalReference: approval.reference,
      approvalNote: approval.note,
      approvedAt: approval.approvedAt,
      approvedHash: approval.hash,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new AppError('CONFLICT', 'The text changed after you opened it. Reload the page, read it again, then approve.');
  if (previous) await ctx.tx.termsVersion.updateMany({ where: { id: previous.id, status: 'APPROVED' }, data: { status: 'SUPERSEDED' } });
  const { termsReviewMonths } = await ctx.tx.board.findUniqueOrThrow({ where: { id: boardId }, select: { termsReviewMonths: true } });
  const review = termsReview(approval.approvedAt, termsReviewMonths, ctx.now);
  const supersede: AuditDraft[] = previous
    ? [
        {
          kind: 'terms.supersede',
          entityType: 'TermsVersion',
          entityId: previous.id,
          before: { version: versionLabel(previous), label: displayLabel(previous), status: 'APPROVED' },
          after: { status: 'SUPERSEDED', by: label },
        },
      ]
    : [];
  return { label, urlLabel: versionLabel(number), review, supersede };
}

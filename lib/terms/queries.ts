import 'server-only';
import { notFound } from '../errors';
import { defineQuery } from '../access/query';
import { withCouncil, type Tx } from '../db/tenant';
import type { BoardContext } from '../boards/context';
import { displayLabel, parseVersionLabel, versionInSentence, versionLabel } from './numbering';
import { termsReview } from './review';
import { termsHash } from './hash';

type Scope = Pick<BoardContext, 'council' | 'board' | 'roles'>;

const versionSummary = {
  id: true,
  major: true,
  minor: true,
  label: true,
  historical: true,
  status: true,
  title: true,
  agreedOn: true,
  approvedByBody: true,
  approvalReference: true,
  approvalNote: true,
  approvedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  agreedAtMeeting: { select: { id: true, title: true, startsAt: true } },
  approvedBy: { select: { name: true } },
} as const;

const newestFirst = [{ major: 'desc' }, { minor: 'desc' }] as const;

async function reviewMonths(tx: Tx, boardId: string): Promise<number> {
  const board = await tx.board.findUniqueOrThrow({ where: { id: boardId }, select: { termsReviewMonths: true } });
  return board.termsReviewMonths;
}

/** Who approves this board's terms: the Chair, or a named body whose decision the administrator records. */
async function approvalRoute(tx: Tx, boardId: string) {
  return tx.board.findUniqueOrThrow({ where: { id: boardId }, select: { termsApprovalRoute: true, termsApprovalBody: true } });
}

/** Every version of the board's terms, newest first, with the current approved one and its review date. */
export async function listTermsVersions(ctx: Scope, now = new Date()) {
  const { versions, months, route } = await withCouncil(ctx.council.id, async (tx) => ({
    versions: await tx.termsVersion.findMany({ where: { boardId: ctx.board.id }, orderBy: [...newestFirst], select: versionSummary }),
    months: await reviewMonths(tx, ctx.board.id),
    route: await approvalRoute(tx, ctx.board.id),
  }));
  const rows = versions.map((v) => ({ ...v, label: versionLabel(v), shown: displayLabel(v), named: versionInSentence(v), ownLabel: v.label }));
  const current = rows.find((v) => v.status === 'APPROVED') ?? null;
  return {
    versions: rows,
    latest: rows[0] ?? null,
    current,
    reviewMonths: months,
    route,
    review: current?.approvedAt ? termsReview(current.approvedAt, months, now) : null,
  };
}

/** The current approved terms and when they are next reviewed, or null before the first approval. */
export async function getCurrentTerms(ctx: Scope, now = new Date()) {
  const { current, review, reviewMonths: months } = await listTermsVersions(ctx, now);
  return current && { ...current, review, reviewMonths: months };
}

/** One version by its label ("3", "3.1") with its sections; anything else on this board answers 404. */
async function readTermsVersionUnchecked(ctx: Scope, label: string, now = new Date()) {
  const number = parseVersionLabel(label);
  if (!number) throw notFound('Terms version');
  const found = await withCouncil(ctx.council.id, async (tx) => {
    const version = await tx.termsVersion.findFirst({
      where: { boardId: ctx.board.id, major: number.major, minor: number.minor },
      select: {
        ...versionSummary,
        approvedHash: true,
        previousVersion: { select: { major: true, minor: true, label: true } },
        sections: { orderBy: { position: 'asc' }, select: { id: true, kind: true, heading: true, body: true, format: true, position: true } },
      },
    });
    if (!version) return null;
    const latest = await tx.termsVersion.findFirst({ where: { boardId: ctx.board.id }, orderBy: [...newestFirst], select: { id: true } });
    return { version, isLatest: latest?.id === version.id, months: await reviewMonths(tx, ctx.board.id), route: await approvalRoute(tx, ctx.board.id) };
  });
  if (!found) throw notFound('Terms version');
  const { version, isLatest, months, route } = found;
  return {
    ...version,
    label: versionLabel(version),
    shown: displayLabel(version),
    named: versionInSentence(version),
    // the board's own words for it, if any ("V0.2 draft")
    ownLabel: version.label,
    route,
    previousLabel: version.previousVersion && versionLabel(version.previousVersion),
    previousShown: version.previousVersion && displayLabel(version.previousVersion),
    isLatest,
    reviewMonths: months,
    // what the Chair is shown and approves; recomputed at approval and compared
    textHash: termsHash(version.sections),
    review: version.status === 'APPROVED' && version.approvedAt ? termsReview(version.approvedAt, months, now) : null,
  };
}
export const getTermsVersion = defineQuery({ resource: 'terms', run: readTermsVersionUnchecked });

/**
 * Meetings of this board at which a draft can have been agreed: held, or started
 * already, and not cancelled. Newest first.
 */
export async function listAgreeableMeetings(ctx: Scope, now = new Date()) {
  return withCouncil(ctx.council.id, (tx) =>
    tx.meeting.findMany({
      where: { boardId: ctx.board.id, status: { not: 'CANCELLED' }, OR: [{ status: 'HELD' }, { startsAt: { lte: now } }] },
      orderBy: { startsAt: 'desc' },
      take: 24,
      select: { id: true, title: true, startsAt: true },
    }),
  );
}

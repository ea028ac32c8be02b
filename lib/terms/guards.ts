import type { Tx } from '../db/tenant';
import { AppError } from '../errors';
import { formatLongDate } from '../format';
import { versionInSentence } from './numbering';

/** A version with what every terms action checks, read inside the action's transaction. */
export async function loadVersion(tx: Tx, boardId: string, id: string) {
  const version = await tx.termsVersion.findFirst({
    where: { id, boardId },
    select: {
      id: true,
      major: true,
      minor: true,
      label: true,
      historical: true,
      approvedByBody: true,
      status: true,
      version: true,
      previousVersionId: true,
      agreedAtMeeting: { select: { title: true, startsAt: true } },
      sections: { orderBy: { position: 'asc' }, select: { id: true, kind: true, heading: true, body: true, format: true, position: true } },
    },
  });
  // another board's or another council's version is answered as not found, like any foreign id
  if (!version) throw new AppError('NOT_FOUND', 'That version of the terms of reference was not found');
  return version;
}
export type LoadedVersion = Awaited<ReturnType<typeof loadVersion>>;

export async function latestVersion(tx: Tx, boardId: string) {
  return tx.termsVersion.findFirst({
    where: { boardId },
    orderBy: [{ major: 'desc' }, { minor: 'desc' }],
    select: {
      id: true,
      major: true,
      minor: true,
      label: true,
      status: true,
      sections: { orderBy: { position: 'asc' }, select: { kind: true, heading: true, body: true, format: true, position: true } },
    },
  });
}

/**
 * Approved and superseded terms are the record of what the Chair signed: nothing changes
 * them (the database refuses too, see the terms_immutable migration). A correction is a
 * new draft that points at them.
 */
export function refuseIfSigned(v: Pick<LoadedVersion, 'status' | 'major' | 'minor' | 'label'> & { approvedByBody?: string | null }): void {
  if (v.status === 'APPROVED' || v.status === 'SUPERSEDED') {
    throw new AppError(
      'CONFLICT',
      `${capitalised(versionInSentence(v))} was approved by ${v.approvedByBody ?? 'the Chair'} and cannot be changed. Start a new draft to propose changes.`,
    );
  }
}

/** Once the board has agreed a draft, its text is what was agreed: changing it needs a new draft (and a new agreement). */
export function refuseIfAgreed(v: Pick<LoadedVersion, 'status' | 'major' | 'minor' | 'label' | 'agreedAtMeeting'>): void {
  if (v.status !== 'AGREED') return;
  const at = v.agreedAtMeeting ? ` at ${v.agreedAtMeeting.title} on ${formatLongDate(v.agreedAtMeeting.startsAt)}` : '';
  throw new AppError('CONFLICT', `The board agreed ${versionInSentence(v)}${at}, so its text cannot change. Start a new draft to propose further changes.`);
}

/** Only the newest version moves forward; older drafts stay as the history of how the text got there. */
export async function refuseIfNotLatest(tx: Tx, boardId: string, v: Pick<LoadedVersion, 'id' | 'major' | 'minor' | 'label'>): Promise<void> {
  const latest = await latestVersion(tx, boardId);
  if (latest && latest.id !== v.id) {
    throw new AppError(
      'CONFLICT',
      `${capitalised(versionInSentence(v))} has been replaced by ${versionInSentence(latest)}. Work on the latest version instead.`,
    );
  }
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Only a draft that is the newest version can change shape or text. */
export async function refuseUnlessOpenDraft(tx: Tx, boardId: string, v: LoadedVersion): Promise<void> {
  refuseIfSigned(v);
  refuseIfAgreed(v);
  await refuseIfNotLatest(tx, boardId, v);
}

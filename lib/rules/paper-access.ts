import type { BoardRole } from '../auth/permissions';

/**
 * Who gets a meeting's papers (DOMAIN.md, source 001): the board's members and Chair,
 * attendees (who present; not OFFICIAL-SENSITIVE papers), administrators, and a nominated
 * substitute only for a meeting they attend in their member's place. Observers and
 * substitutes who are not standing in get none.
 */
export type PaperReader = 'administrator' | 'chair' | 'member' | 'attendee';

export function paperReader(roles: readonly BoardRole[], standingIn: boolean): PaperReader | null {
  if (roles.includes('ADMINISTRATOR')) return 'administrator';
  if (roles.includes('CHAIR')) return 'chair';
  if (roles.includes('MEMBER') || (roles.includes('SUBSTITUTE') && standingIn)) return 'member';
  if (roles.includes('ATTENDEE')) return 'attendee';
  return null;
}

export type PaperState = {
  status: 'DRAFT' | 'CIRCULATED' | 'WITHDRAWN';
  marking: 'PUBLIC' | 'OFFICIAL' | 'OFFICIAL_SENSITIVE';
  isLate: boolean;
  lateAcceptedAt: Date | null;
};

/** Circulated after its deadline and not yet accepted by the Chair: kept, flagged, off the agenda. */
export const awaitingChairConsent = (p: PaperState) => p.status === 'CIRCULATED' && p.isLate && p.lateAcceptedAt === null;

/** On the agenda and in the pack: circulated, and on time or accepted late by the Chair. */
export const reachesAgenda = (p: PaperState) => p.status === 'CIRCULATED' && (!p.isLate || p.lateAcceptedAt !== null);

const markingAllowed = (reader: PaperReader, p: PaperState) => !(reader === 'attendee' && p.marking === 'OFFICIAL_SENSITIVE');

/**
 * Whether the paper appears in this reader's list at all. Drafts are the administrators'
 * working copies; a late paper awaiting consent is listed (flagged) so members know it exists.
 */
export function mayListPaper(reader: PaperReader | null, p: PaperState): boolean {
  if (!reader) return false;
  if (reader === 'administrator') return true;
  return p.status === 'CIRCULATED' && markingAllowed(reader, p);
}

/**
 * Whether the reader may open the paper. The Chair opens a late paper before consenting
 * (they must read what they accept); everyone else waits for the consent.
 */
export function mayOpenPaper(reader: PaperReader | null, p: PaperState): boolean {
  if (!reader) return false;
  if (reader === 'administrator') return true;
  if (!markingAllowed(reader, p)) return false;
  if (reader === 'chair') return p.status === 'CIRCULATED';
  return reachesAgenda(p);
}

/**
 * Whether one version of the paper may be opened. Readers other than administrators get
 * the versions that went out with a circulation (uploaded no later than the paper's last
 * circulation), never a revision still waiting to be circulated.
 */
export function mayOpenVersion(reader: PaperReader | null, p: PaperState & { circulatedAt: Date | null }, uploadedAt: Date): boolean {
  if (!mayOpenPaper(reader, p)) return false;
  if (reader === 'administrator') return true;
  return p.circulatedAt !== null && uploadedAt.getTime() <= p.circulatedAt.getTime();
}

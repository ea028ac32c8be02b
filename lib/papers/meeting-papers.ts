import type { Tx } from '../db/tenant';
import { awaitingChairConsent, mayListPaper, mayOpenVersion, reachesAgenda, type PaperReader } from '../rules/paper-access';

const fileSelect = {
  id: true,
  versionNo: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  sha256: true,
  storageKey: true,
  uploadedAt: true,
  uploadedById: true,
} as const;

const paperSelect = {
  id: true,
  agendaItemId: true,
  title: true,
  marking: true,
  status: true,
  circulatedAt: true,
  isLate: true,
  lateAcceptedById: true,
  lateAcceptedAt: true,
  lateReason: true,
  createdAt: true,
  files: { orderBy: { versionNo: 'desc' }, select: fileSelect },
} as const;

/** A meeting's agenda and its papers (withdrawn ones left out), each with every version, newest first. */
export async function readMeetingPapers(tx: Tx, meetingId: string) {
  const [items, papers] = await Promise.all([
    tx.agendaItem.findMany({
      where: { meetingId },
      orderBy: { position: 'asc' },
      select: { id: true, position: true, title: true, presenter: true, purpose: true, durationMinutes: true },
    }),
    tx.paper.findMany({ where: { meetingId, status: { not: 'WITHDRAWN' } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: paperSelect }),
  ]);
  return { items, papers };
}

export type MeetingPaper = Awaited<ReturnType<typeof readMeetingPapers>>['papers'][number];
export type PaperFileRow = MeetingPaper['files'][number];

/** The newest version that went out with the paper's last circulation. */
export function circulatedVersion(p: MeetingPaper): PaperFileRow | null {
  if (!p.circulatedAt) return null;
  return p.files.find((f) => f.uploadedAt.getTime() <= p.circulatedAt!.getTime()) ?? null;
}

/** A draft with a file, or a circulated paper with a newer version: what "Circulate" would send. */
export function waitingToCirculate(p: MeetingPaper): boolean {
  const newest = p.files[0];
  if (!newest) return false;
  return p.status === 'DRAFT' || (p.circulatedAt !== null && newest.uploadedAt.getTime() > p.circulatedAt.getTime());
}

/** The version a reader gets by default: an administrator the newest, anyone else the one circulated. */
export function versionFor(reader: PaperReader | null, p: MeetingPaper): PaperFileRow | null {
  const candidate = reader === 'administrator' ? p.files[0] : circulatedVersion(p);
  return candidate && mayOpenVersion(reader, p, candidate.uploadedAt) ? candidate : null;
}

/**
 * The papers in agenda order, as this reader may see them: item by item (papers in the
 * order they were added), then those for the meeting as a whole.
 */
export function papersInAgendaOrder<I extends { id: string }>(items: I[], papers: MeetingPaper[], reader: PaperReader | null) {
  const listed = papers.filter((p) => mayListPaper(reader, p));
  return {
    items: items.map((item) => ({ ...item, papers: listed.filter((p) => p.agendaItemId === item.id) })),
    otherPapers: listed.filter((p) => !p.agendaItemId || !items.some((i) => i.id === p.agendaItemId)),
  };
}

export { awaitingChairConsent, reachesAgenda };

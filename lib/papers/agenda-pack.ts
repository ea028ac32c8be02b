import { withCouncil } from '../db/tenant';
import { AppError } from '../errors';
import { mayOpenPaper, paperReader, reachesAgenda } from '../rules/paper-access';
import { paperFileKinds } from '../rules/file-type';
import { londonDay } from '../rules/london-calendar';
import { fileStore } from '../storage';
import { sanitiseFileName } from '../storage/file-name';
import { boardAccess, meetingOfBoard, standsInAt, type RouteCall } from './route-access';
import { awaitingChairConsent, circulatedVersion, papersInAgendaOrder, readMeetingPapers, type MeetingPaper } from './meeting-papers';
import { buildAgendaPack, type PackPaper } from './pack-pdf';
import { noAccessMessage } from './download';

export type PackCall = RouteCall & { meetingId: string };

const kindLabel = (contentType: string) => Object.values(paperFileKinds).find((k) => k.contentType === contentType)?.label ?? 'file';

/**
 * The agenda pack for this person: the papers on the agenda (circulated, and on time or
 * accepted late by the Chair) that they may open, in agenda order, the version that was
 * circulated. Authorised as a download; each paper put in the pack is recorded as opened.
 */
export async function agendaPackFor(call: PackCall): Promise<{ bytes: Uint8Array; fileName: string }> {
  const access = await boardAccess(call);
  const meeting = await meetingOfBoard(access, call.meetingId);
  // a historical record had no agenda here: its papers are filed with it and downloaded one by one
  if (meeting.historical) throw new AppError('INVALID', 'This meeting is a historical record: it has no agenda pack. Open its papers from the meeting’s page.');
  const { items, papers, standingIn } = await withCouncil(access.council.id, async (tx) => ({
    ...(await readMeetingPapers(tx, meeting.id)),
    standingIn: await standsInAt(tx, meeting.id, access.actor.id),
  }));
  const reader = paperReader(access.roles, standingIn);
  if (!reader) throw new AppError('FORBIDDEN', noAccessMessage);

  // Drafts stay out of the pack, even the administrators' copy: it is what the meeting gets.
  const ordered = papersInAgendaOrder(
    items,
    papers.filter((p) => p.status === 'CIRCULATED'),
    reader,
  );
  const store = fileStore();
  const opened: string[] = [];
  const toPack = async (p: MeetingPaper): Promise<PackPaper> => {
    const entry: PackPaper = { title: p.title, marking: p.marking };
    const file = circulatedVersion(p);
    if (awaitingChairConsent(p)) return { ...entry, note: "not in this pack: circulated late, awaiting the Chair's consent" };
    if (!file || !reachesAgenda(p) || !mayOpenPaper(reader, p)) return { ...entry, note: 'not in this pack' };
    if (file.contentType !== paperFileKinds.pdf.contentType)
      return { ...entry, note: `not in this pack: a ${kindLabel(file.contentType)}; open it from the papers page` };
    const stored = await store.get(file.storageKey);
    if (!stored) return { ...entry, note: 'not in this pack: the file is missing from storage' };
    opened.push(file.id);
    return { ...entry, pdf: new Uint8Array(await new Response(stored.body).arrayBuffer()) };
  };

  const packItems = [];
  for (const item of ordered.items) {
    const packed: PackPaper[] = [];
    for (const p of item.papers) packed.push(await toPack(p));
    packItems.push({ ...item, papers: packed });
  }
  const otherPapers: PackPaper[] = [];
  for (const p of ordered.otherPapers) otherPapers.push(await toPack(p));

  const person = access.actor;
  const now = call.now ?? new Date();
  const bytes = await buildAgendaPack({
    councilName: access.council.name,
    boardName: access.board.name,
    meeting,
    items: packItems,
    otherPapers,
    preparedFor: person.name,
    preparedAt: now,
  });
  if (opened.length) {
    await withCouncil(access.council.id, (tx) =>
      tx.paperOpened.createMany({
        data: opened.map((paperFileId) => ({ councilId: access.council.id, paperFileId, personId: access.actor.id, openedAt: now })),
      }),
    );
  }
  return { bytes, fileName: sanitiseFileName(`Agenda pack ${access.board.name} ${londonDay(meeting.startsAt)}`, 'pdf') };
}

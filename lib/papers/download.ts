import { withCouncil } from '../db/tenant';
import { AppError, notFound } from '../errors';
import { mayListPaper, mayOpenPaper, mayOpenVersion, paperReader } from '../rules/paper-access';
import { fileStore } from '../storage';
import { attachmentDisposition } from '../storage/file-name';
import { assertId, boardAccess, meetingOfBoard, standsInAt, type RouteCall } from './route-access';

export type DownloadCall = RouteCall & { meetingId: string; paperId: string; fileId: string };

export type OpenedFile = { body: ReadableStream<Uint8Array>; sizeBytes: number; fileName: string; contentType: string };

export const noAccessMessage = "You do not have access to this meeting's papers. A substitute gets them for a meeting they attend in their member's place.";

/**
 * One version of a paper, for this person at this meeting: the board's members, Chair,
 * administrators and attendees, and a substitute standing in at this meeting (attendees
 * not OFFICIAL-SENSITIVE papers); a late paper only once the Chair has accepted it (the
 * Chair and administrators before). Ids from another meeting, board or council answer
 * 404. The opening is recorded (PaperOpened) before the file is sent.
 */
export async function openPaperFile(call: DownloadCall): Promise<OpenedFile> {
  const access = await boardAccess(call);
  assertId(call.paperId, 'Paper');
  assertId(call.fileId, 'Paper');
  const meeting = await meetingOfBoard(access, call.meetingId);
  const found = await withCouncil(access.council.id, async (tx) => {
    const file = await tx.paperFile.findFirst({
      where: { id: call.fileId, paperId: call.paperId, paper: { meetingId: meeting.id, status: { not: 'WITHDRAWN' } } },
      select: {
        id: true,
        fileName: true,
        contentType: true,
        storageKey: true,
        uploadedAt: true,
        paper: { select: { status: true, marking: true, isLate: true, lateAcceptedAt: true, circulatedAt: true } },
      },
    });
    return file && { file, standingIn: await standsInAt(tx, meeting.id, access.actor.id) };
  });
  if (!found) throw notFound('Paper');
  const { file, standingIn } = found;
  const reader = paperReader(access.roles, standingIn);
  if (!reader) throw new AppError('FORBIDDEN', noAccessMessage);
  // A paper this person may not even see listed (a draft; OFFICIAL-SENSITIVE for an attendee) is not there for them.
  if (!mayListPaper(reader, file.paper)) throw notFound('Paper');
  if (!mayOpenPaper(reader, file.paper))
    throw new AppError('FORBIDDEN', "This paper was circulated late and is waiting for the Chair's consent. You can open it once the Chair agrees.");
  if (!mayOpenVersion(reader, file.paper, file.uploadedAt)) throw notFound('Paper');

  const stored = await fileStore().get(file.storageKey);
  if (!stored) throw new AppError('NOT_FOUND', "This paper's file is missing from storage. Ask the board administrator to upload it again.");
  await withCouncil(access.council.id, (tx) =>
    tx.paperOpened.create({ data: { councilId: access.council.id, paperFileId: file.id, personId: access.actor.id, openedAt: call.now ?? new Date() } }),
  );
  return { body: stored.body, sizeBytes: stored.sizeBytes, fileName: file.fileName, contentType: file.contentType };
}

/** A file as a download: always an attachment, never sniffed, never cached by anyone else. */
export function fileResponse(file: { body: BodyInit; sizeBytes: number; fileName: string; contentType: string }): Response {
  return new Response(file.body, {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.sizeBytes),
      'Content-Disposition': attachmentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}

import { withCouncil } from '../db/tenant';
import { AppError, forbidden, notFound } from '../errors';
import type { AuditDraft } from '../audit/append';
import { parseInput, recordAudit } from '../action/define';
import { oncePerSubmission, submissionKeyOf, type Submission } from '../action/idempotency';
import { toResponse } from '../access/route';
import { fileStore } from '../storage';
import type { StagedFile } from '../storage/store';
import { newPaperKey } from '../storage/keys';
import { formatBytes } from '../format';
import { boardAccess, meetingOfBoard, type RouteCall } from './route-access';
import { receivePaperFile } from './receive-file';
import { uploadSchema } from './schema';
import { sameOrigin } from '../security/trusted-proxy';

export type UploadCall = RouteCall & { meetingId: string };

export type UploadSuccess = { ok: true; message: string; data: { paperId: string; fileId: string; versionNo: number } };

/**
 * A paper upload, streamed from the request body to storage: authorised like any paper
 * change (the board's administrators), checked before a byte is read (who, where, the
 * form's fields, a declared size over the cap), then capped, hashed and type-checked from
 * the content while it streams. A refusal at any point leaves nothing behind: no file in
 * storage and no row. The file is staged (durable, invisible), the row committed, and only
 * then the file made visible, so a crash leaves at worst a partial write that the storage
 * reconciler clears, never a row pointing at nothing or a file no row points at. Answers JSON: 201 with the new version, or the refusal's status.
 *
 * The upload form sends its `_submissionKey` in the query string, like every form: a
 * replay of the same POST (a retry after a timeout, a proxy's retry, twenty at once) makes
 * one version and one audit event and answers the first result. A replay that arrives
 * after the first has committed is answered before its body is read; a concurrent one
 * stages its copy, waits on the receipt row in the transaction, then discards its copy.
 */
export async function handlePaperUpload(request: Request, call: UploadCall): Promise<Response> {
  const store = fileStore();
  let staged: StagedFile | null = null;
  try {
    assertSameOrigin(request);
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const access = await boardAccess(call, uploadOperation(request));
    const meeting = await meetingOfBoard(access, call.meetingId);
    const input = parseInput(uploadSchema, query, 'file');
    const councilId = access.council.id;
    const submission: Submission = { councilId, personId: access.actor.id, action: 'papers.upload', key: submissionKeyOf(query) };

    // Where it goes must exist in this meeting before anything is stored.
    const earlier = await withCouncil(councilId, async (tx) => {
      // A replay of an upload already recorded gets its answer without sending the file again.
      if (submission.key) {
        const receipt = await tx.submissionReceipt.findUnique({
          where: { councilId_personId_key: { councilId, personId: submission.personId, key: submission.key } },
          select: { action: true, result: true },
        });
        if (receipt) return receipt;
      }
      if (input.paperId && !(await tx.paper.findFirst({ where: { id: input.paperId, meetingId: meeting.id }, select: { id: true } }))) throw notFound('Paper');
      if (input.agendaItemId && !(await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, meetingId: meeting.id }, select: { id: true } })))
        throw notFound('Agenda item');
      return null;
    });
    if (earlier) {
      if (earlier.action !== submission.action || earlier.result === null)
        throw new AppError('CONFLICT', 'This form was already submitted. Reload the page to see what was saved.');
      return uploadAnswer(earlier.result as unknown as Recorded);
    }

    const key = newPaperKey(councilId);
    const received = await receivePaperFile(request, store, key, input.fileName);
    staged = received.staged;
    const { fileName, contentType, sizeBytes, sha256 } = received;
    const now = call.now ?? new Date();

    let ran = false;
    const saved = await withCouncil(councilId, (tx) =>
      oncePerSubmission(tx, submission, async (): Promise<Recorded> => {
        ran = true;
        let paper: { id: string; title: string; marking: string };
        const audit: AuditDraft[] = [];
        if (input.paperId) {
          // One upload at a time per paper, so that version numbers follow one another.
          await tx.$queryRaw`SELECT "id" FROM "Paper" WHERE "id" = ${input.paperId}::uuid FOR UPDATE`;
          const found = await tx.paper.findFirst({ where: { id: input.paperId, meetingId: meeting.id }, select: { id: true, title: true, marking: true } });
          if (!found) throw notFound('Paper');
          paper = found;
        } else {
          paper = await tx.paper.create({
            data: { councilId, meetingId: meeting.id, agendaItemId: input.agendaItemId, title: input.title!, marking: input.marking!, createdAt: now },
            select: { id: true, title: true, marking: true },
          });
          audit.push({
            kind: 'paper.create',
            entityType: 'Paper',
            entityId: paper.id,
            after: { meetingId: meeting.id, agendaItemId: input.agendaItemId, title: paper.title, marking: paper.marking },
          });
        }
        const last = await tx.paperFile.findFirst({ where: { paperId: paper.id }, orderBy: { versionNo: 'desc' }, select: { versionNo: true } });
        const versionNo = (last?.versionNo ?? 0) + 1;
        const created = await tx.paperFile.create({
          data: {
            councilId,
            paperId: paper.id,
            versionNo,
            fileName,
            contentType,
            sizeBytes,
            sha256,
            storageKey: key,
            uploadedById: access.actor.id,
            uploadedAt: now,
          },
          select: { id: true },
        });
        audit.push({
          kind: 'paper.upload',
          entityType: 'PaperFile',
          entityId: created.id,
          after: { paperId: paper.id, title: paper.title, versionNo, fileName, contentType, sizeBytes, sha256 },
        });
        await recordAudit(tx, { ...access, request: call.request ?? access.request, now }, audit);
        return {
          data: { paperId: paper.id, fileId: created.id, versionNo },
          message: `Uploaded “${paper.title}”, version ${versionNo} (${fileName}, ${formatBytes(sizeBytes)})`,
        };
      }),
    );

    const done = staged;
    staged = null;
    if (!ran) {
      // A concurrent replay: the first upload's file is the one the row names; this copy goes.
      await done.abort();
      return uploadAnswer(saved);
    }
    // The row has committed: make the file visible. Should this fail, the reconciler finishes it.
    await done
      .commit()
      .catch((error: unknown) =>
        console.error(`[storage] file ${key} committed in the database but not yet made visible (the reconciler finishes it):`, (error as Error).message),
      );
    return uploadAnswer(saved);
  } catch (error) {
    if (staged) await staged.abort();
    return toResponse(error, 'json', 'Someone else changed this paper at the same moment. Reload the page and try again.');
  }
}

/** What an upload's receipt keeps, so a replay answers exactly what the first upload did. */
type Recorded = Pick<UploadSuccess, 'data' | 'message'>;

const uploadAnswer = (recorded: Recorded) =>
  Response.json({ ok: true, ...recorded } satisfies UploadSuccess, { status: 201, headers: { 'Cache-Control': 'no-store' } });

/** A new paper is a paper `create`; a new version of one (`?paperId=`) a paper `update`. */
export const uploadOperation = (request: Request) => (new URL(request.url).searchParams.get('paperId') ? 'update' : 'create');

/**
 * A browser always names the page's origin on a POST; a different one is another site
 * trying to upload with this person's cookies. (Clients that send no Origin still need
 * the session cookie, which browsers do not attach to cross-site posts.)
 */
function assertSameOrigin(request: Request) {
  // X-Forwarded-Host counts only from a trusted proxy (TRUSTED_PROXY_HOPS), or a client
  // could name its own origin there
  if (!sameOrigin((name) => request.headers.get(name))) throw forbidden('Upload papers from the papers page of this site');
}

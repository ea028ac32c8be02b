import 'server-only';
import { withApp, withCouncil, type Tx } from '../../db/tenant';
import { AppError, forbidden, notFound } from '../../errors';
import { parseInput } from '../../action/define';
import type { RequestInfo } from '../../action/define';
import { appendAudit } from '../../audit/append';
import { toResponse } from '../../access/route';
import { resolveAccess } from '../../access/resolve';
import { councilIdOfToken, hashInvitationToken } from '../../invitations/token';
import { sameOrigin } from '../../security/trusted-proxy';
import { fileStore } from '../../storage';
import type { StagedFile } from '../../storage/store';
import { newPaperKey } from '../../storage/keys';
import { formatBytes } from '../../format';
import { receivePaperFile } from '../receive-file';
import { commissionUploadSchema } from './schema';
import { commissionMailFacts, mailSubmitted } from './mail';
import { allowCommissionUpload } from './throttle';

export type CommissionUploadCall = {
  councilSlug: string;
  commissionId: string;
  /** the emailed link's token; without it, the signed-in author */
  token: string | null;
  actor: { id: string; sessionId?: string } | null;
  request: RequestInfo;
  now: Date;
};

const usedOrExpired = () => new AppError('NOT_FOUND', 'This upload link has expired or has already been used. Ask the board administrator for a new one.');

const uploaderSelect = {
  id: true,
  councilId: true,
  boardId: true,
  title: true,
  note: true,
  dueOn: true,
  status: true,
  authorPersonId: true,
  authorName: true,
  authorEmail: true,
  reviewerId: true,
  requestedById: true,
  uploadTokenHash: true,
  uploadTokenExpiresAt: true,
  version: true,
  board: { select: { slug: true, name: true, status: true } },
  meeting: { select: { title: true, startsAt: true } },
} as const;

/**
 * The commission an upload is for, as its author may reach it: by the emailed link's
 * token (its hash, unused and unexpired, in the council the token names and the URL
 * names), or signed in as the author with an account in this council. Anything else is
 * one answer, so a guessed id or token learns nothing.
 */
export async function commissionForAuthor(call: Omit<CommissionUploadCall, 'request'>, tx: Tx, councilId: string) {
  const c = await tx.paperCommission.findFirst({
    where: call.token
      ? { id: call.commissionId, uploadTokenHash: hashInvitationToken(call.token), status: 'REQUESTED', uploadTokenExpiresAt: { gt: call.now } }
      : { id: call.commissionId, authorPersonId: call.actor?.id ?? '00000000-0000-0000-0000-000000000000', status: 'REQUESTED' },
    select: uploaderSelect,
  });
  if (!c || c.councilId !== councilId || c.board.status === 'DISSOLVED') throw usedOrExpired();
  return c;
}

async function councilOf(call: CommissionUploadCall): Promise<{ id: string; slug: string; name: string }> {
  const council = /^[a-z0-9-]{1,80}$/.test(call.councilSlug)
    ? await withApp((tx) => tx.council.findUnique({ where: { slug: call.councilSlug }, select: { id: true, slug: true, name: true } }))
    : null;
  if (!council) throw notFound();
  if (call.token) {
    if (councilIdOfToken(call.token) !== council.id) throw usedOrExpired();
  } else {
    if (!call.actor) throw new AppError('FORBIDDEN', 'Sign in to upload this paper, or use the link in the email you were sent');
    // the session checked, and a current membership of this council
    await resolveAccess(call.actor, council.slug, undefined, call.now);
  }
  return council;
}

/**
 * The author's upload of a commissioned paper, streamed to storage through the one paper
 * file pipeline (size cap, content type, name): then, in one transaction, the commission
 * is submitted, the link is spent (it cannot be used again), the history and audit trail
 * record it, and the reviewer (or, with none, the administrator who asked) is emailed.
 * Answers JSON like the papers' upload: 201, or the refusal's status.
 */
export async function handleCommissionUpload(request: Request, call: CommissionUploadCall): Promise<Response> {
  const store = fileStore();
  let staged: StagedFile | null = null;
  try {
    if (!sameOrigin((name) => request.headers.get(name))) throw forbidden('Upload the paper from its page on this site');
    if (!(await allowCommissionUpload(call.request.ip, call.now))) {
      throw new AppError('FORBIDDEN', 'Too many uploads from this network in the last hour. Wait a while, then try again.');
    }
    if (!/^[0-9a-f-]{36}$/i.test(call.commissionId)) throw usedOrExpired();
    const council = await councilOf(call);
    const input = parseInput(commissionUploadSchema, Object.fromEntries(new URL(request.url).searchParams), 'file');
    // the link must be good before a byte is stored
    await withCouncil(council.id, (tx) => commissionForAuthor(call, tx, council.id));

    const key = newPaperKey(council.id);
    const received = await receivePaperFile(request, store, key, input.fileName);
    staged = received.staged;

    const saved = await withCouncil(council.id, async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "PaperCommission" WHERE "id" = ${call.commissionId}::uuid FOR UPDATE`;
      // again under the lock: two uploads through one link, only the first counts
      const c = await commissionForAuthor(call, tx, council.id);
      const submittedById = call.token ? (call.actor?.id ?? null) : call.actor!.id;
      await tx.paperCommission.update({
        where: { id: c.id },
        data: {
          status: 'SUBMITTED',
          fileName: received.fileName,
          contentType: received.contentType,
          sizeBytes: received.sizeBytes,
          sha256: received.sha256,
          storageKey: key,
          submittedAt: call.now,
          submittedById,
          uploadTokenHash: null,
          uploadTokenExpiresAt: null,
          version: { increment: 1 },
        },
      });
      await tx.commissionEvent.create({
        data: {
          councilId: council.id,
          commissionId: c.id,
          kind: 'submitted',
          status: 'SUBMITTED',
          actorId: submittedById,
          actorName: c.authorName,
          at: call.now,
        },
      });
      await appendAudit(
        tx,
        { councilId: council.id, actorId: submittedById, ip: call.request.ip, userAgent: call.request.userAgent },
        [
          {
            kind: 'commission.submit',
            entityType: 'PaperCommission',
            entityId: c.id,
            boardId: c.boardId,
            before: { status: c.status },
            after: {
              status: 'SUBMITTED',
              through: call.token ? 'emailed link' : 'account',
              author: c.authorEmail,
              fileName: received.fileName,
              contentType: received.contentType,
              sizeBytes: received.sizeBytes,
              sha256: received.sha256,
            },
          },
        ],
        call.now,
      );
      const facts = commissionMailFacts(council, c, c.meeting, false);
      const toId = c.reviewerId ?? c.requestedById;
      const to = await tx.person.findUnique({ where: { id: toId }, select: { name: true, email: true } });
      if (to?.email) await mailSubmitted(tx, facts, { name: to.name, email: to.email }, Boolean(c.reviewerId));
      return { title: c.title, reviewer: Boolean(c.reviewerId) };
    });

    const done = staged;
    staged = null;
    await done
      .commit()
      .catch((error: unknown) =>
        console.error(`[storage] file ${key} committed in the database but not yet made visible (the reconciler finishes it):`, (error as Error).message),
      );
    return Response.json(
      {
        ok: true,
        message: `Thank you: “${saved.title}” was received (${received.fileName}, ${formatBytes(received.sizeBytes)}). ${
          saved.reviewer ? 'Its reviewer has been asked to read it.' : 'The board administrator has been told.'
        }`,
      },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    if (staged) await staged.abort();
    return toResponse(error, 'json', 'Someone else changed this paper at the same moment. Reload the page and try again.');
  }
}

import { defineRoute } from '@/lib/access/route';
import { handlePaperUpload, uploadOperation } from '@/lib/papers/upload';

/** Upload a paper (or a new version of one): the body is the file itself, streamed to storage. */
export const POST = defineRoute<{ council: string; board: string; meeting: string }>('papers.upload', {
  scope: 'board',
  resource: 'paper',
  operation: uploadOperation,
  answer: 'json',
  run: (ctx, request) =>
    handlePaperUpload(request, {
      actorId: ctx.actor.id,
      sessionId: ctx.sessionId,
      councilSlug: ctx.council.slug,
      boardSlug: ctx.board.slug,
      access: ctx,
      request: ctx.request,
      now: ctx.now,
      meetingId: ctx.params.meeting,
    }),
});

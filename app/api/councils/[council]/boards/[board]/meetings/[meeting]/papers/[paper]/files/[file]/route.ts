import { defineRoute } from '@/lib/access/route';
import { fileResponse, openPaperFile } from '@/lib/papers/download';

/** One version of a paper, for someone entitled to it at this meeting. */
export const GET = defineRoute<{ council: string; board: string; meeting: string; paper: string; file: string }>('papers.download', {
  scope: 'board',
  resource: 'paper',
  operation: 'read',
  answer: 'text',
  async run(ctx) {
    const { meeting, paper, file } = ctx.params;
    return fileResponse(
      await openPaperFile({
        actorId: ctx.actor.id,
        councilSlug: ctx.council.slug,
        boardSlug: ctx.board.slug,
        access: ctx,
        now: ctx.now,
        meetingId: meeting,
        paperId: paper,
        fileId: file,
      }),
    );
  },
});

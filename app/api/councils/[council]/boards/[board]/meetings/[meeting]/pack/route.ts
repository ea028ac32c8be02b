import { defineRoute } from '@/lib/access/route';
import { fileResponse } from '@/lib/papers/download';
import { agendaPackFor } from '@/lib/papers/agenda-pack';

/** The meeting's agenda pack: cover, agenda and the PDF papers on the agenda, page-numbered. */
export const GET = defineRoute<{ council: string; board: string; meeting: string }>('papers.pack', {
  scope: 'board',
  resource: 'paper',
  operation: 'read',
  answer: 'text',
  async run(ctx) {
    const pack = await agendaPackFor({
      actorId: ctx.actor.id,
      councilSlug: ctx.council.slug,
      boardSlug: ctx.board.slug,
      access: ctx,
      now: ctx.now,
      meetingId: ctx.params.meeting,
    });
    return fileResponse({
      body: pack.bytes as Uint8Array<ArrayBuffer>,
      sizeBytes: pack.bytes.byteLength,
      fileName: pack.fileName,
      contentType: 'application/pdf',
    });
  },
});

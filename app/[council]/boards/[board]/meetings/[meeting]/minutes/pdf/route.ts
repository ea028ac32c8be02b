import { defineRoute } from '@/lib/access/route';
import { notFound } from '@/lib/errors';
import { getMinutesView } from '@/lib/minutes/queries';
import { renderMinutesPdf } from '@/lib/minutes/pdf';

// A person's own view of council data: never cached, by the server or anyone between.
export const dynamic = 'force-dynamic';

/**
 * The PDF of one version of the minutes (?version=n, else the newest the person may read).
 * Authorised exactly as the page: the person's role on the board decides which versions
 * they may read, and anything else answers 404.
 */
export const GET = defineRoute<{ council: string; board: string; meeting: string }>('minutes.pdf', {
  scope: 'board',
  resource: 'minutes',
  operation: 'read',
  answer: 'text',
  async run(ctx, request) {
    const version = new URL(request.url).searchParams.get('version') ?? undefined;
    const view = await getMinutesView.read(ctx, ctx.params.meeting, version);
    const v = view.version;
    if (!v) throw notFound('Distributed minutes');
    const pdf = await renderMinutesPdf({
      councilName: ctx.council.name,
      boardName: ctx.board.name,
      meeting: view.meeting,
      versionNo: v.versionNo,
      status: v.status,
      approvedBy: v.approvedBy?.name ?? null,
      approvedAt: v.approvedAt,
      approvedHash: v.approvedHash,
      distributedAt: v.distributedAt,
      confirmedAt: v.confirmedAtMeeting,
      text: v.text,
    });
    const day = view.meeting.startsAt.toISOString().slice(0, 10);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${ctx.board.slug}-minutes-${day}-v${v.versionNo}.pdf"`,
        'Content-Length': String(pdf.length),
      },
    });
  },
});
